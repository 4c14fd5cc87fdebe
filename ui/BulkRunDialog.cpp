#include "BulkRunDialog.h"

#include "BulkRowModel.h"
#include "ClipboardGuard.h"
#include "MessageBox.h"
#include "UiLogging.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

BulkRunDialog::BulkRunDialog(const BulkPlan& plan, BulkRunner::ServiceLookup services, QWidget* parent)
    : QDialog(parent)
    , m_rows(new BulkRowModel(this))
    , m_runner(new BulkRunner(m_rows, std::move(services), this))
    , m_table(new QTableView(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_clipboardText(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel sending"), this))
    , m_retry(new QPushButton(tr("&Retry failed rows"), this))
    , m_copy(new QPushButton(tr("Cop&y password"), this))
    , m_export(new QPushButton(tr("&Export passwords…"), this))
    , m_close(new QPushButton(tr("C&lose"), this))
    , m_reveal(new QCheckBox(tr("&Show passwords"), this))
    , m_clipboard(new ClipboardGuard(this))
    , m_ticker(new QTimer(this))
{
    setWindowTitle(BulkPlan::actionTitle(plan.request.action));
    m_rows->setPlan(plan);
    auto* layout = new QVBoxLayout(this);
    // The names accessibility tools and the tests find the parts by.
    const std::pair<QObject*, QString> parts[] = {
        // clang-format off
        { m_progress, QStringLiteral("bulkProgress") },
        { m_cancel, QStringLiteral("bulkCancelButton") },
        { m_retry, QStringLiteral("bulkRetryButton") },
        { m_copy, QStringLiteral("bulkCopyButton") },
        { m_export, QStringLiteral("bulkExportButton") },
        { m_close, QStringLiteral("bulkCloseButton") },
        { m_reveal, QStringLiteral("bulkRevealCheck") },
        { m_clipboard, QStringLiteral("bulkClipboardGuard") },
        // clang-format on
    };
    for (const auto& [part, name] : parts)
        part->setObjectName(name);
    m_progress->setAccessibleName(tr("Progress"));
    m_progressText->setObjectName(QStringLiteral("bulkProgressText"));
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);

    m_table->setModel(m_rows);
    m_table->setObjectName(QStringLiteral("bulkRunTable"));
    m_table->setAccessibleName(tr("Results"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int column :
        { BulkRowModel::Profile, BulkRowModel::EngineColumn, BulkRowModel::Call, BulkRowModel::Differences })
        m_table->hideColumn(column);
    const bool passwords = hasPasswords();
    if (!passwords)
        m_table->hideColumn(BulkRowModel::Password);
    // The new password next to the account it belongs to, not off to the right behind a long error.
    QHeaderView* header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(BulkRowModel::Password), header->visualIndex(BulkRowModel::Outcome));
    // What to do about a failure before its RequestId, which is for support.
    header->moveSection(header->visualIndex(BulkRowModel::RequestId), BulkRowModel::ColumnCount - 1);
    layout->addWidget(m_table, 1);
    m_summary->setObjectName(QStringLiteral("bulkRunSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_reveal);
    passwordRow->addWidget(m_copy);
    passwordRow->addWidget(m_clipboardText, 1);
    passwordRow->addWidget(m_export);
    layout->addLayout(passwordRow);
    for (QWidget* w : std::initializer_list<QWidget*> { m_reveal, m_copy, m_export, m_clipboardText })
        w->setVisible(passwords);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, m_runner, &BulkRunner::cancel);
    connect(m_retry, &QPushButton::clicked, m_runner, &BulkRunner::retryFailed);
    connect(m_close, &QPushButton::clicked, this, &BulkRunDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &BulkRunDialog::copyPassword);
    connect(m_export, &QPushButton::clicked, this, &BulkRunDialog::chooseExport);
    connect(m_reveal, &QCheckBox::toggled, m_rows, &BulkRowModel::setPasswordsRevealed);
    connect(m_reveal, &QCheckBox::toggled, this, &BulkRunDialog::fitColumns);
    connect(m_runner, &BulkRunner::progressChanged, this, &BulkRunDialog::showProgress);
    connect(m_runner, &BulkRunner::finished, this, &BulkRunDialog::showFinished);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BulkRunDialog::updateButtons);
    connect(m_clipboard, &ClipboardGuard::countdown, this, [this](int seconds) {
        m_clipboardText->setText(tr("Copied; the clipboard is cleared in %n s.", nullptr, seconds));
    });
    connect(
        m_clipboard, &ClipboardGuard::cleared, this, [this] { m_clipboardText->setText(tr("Clipboard cleared.")); });
    // The rate and time left move between answers too.
    m_ticker->setInterval(500);
    connect(m_ticker, &QTimer::timeout, this, &BulkRunDialog::showProgress);
    resize(1150, 620);
    updateButtons();
}

BulkRunDialog::~BulkRunDialog()
{
    m_rows->forgetPasswords();
}

void BulkRunDialog::start()
{
    m_ticker->start();
    m_runner->start();
    fitColumns();
    showProgress();
}

void BulkRunDialog::fitColumns()
{
    m_table->resizeColumnsToContents();
    // A long reason or advice stays readable in its tooltip; the other columns stay on screen.
    for (int column = 0; column < BulkRowModel::ColumnCount; ++column) {
        const int cap = column == BulkRowModel::InstanceColumn ? 240 : 380;
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), cap));
    }
}

bool BulkRunDialog::hasPasswords() const
{
    const BulkAction action = m_rows->plan().request.action;
    return action == BulkAction::ResetPassword || action == BulkAction::Create;
}

QString BulkRunDialog::progressText() const
{
    const BulkProgress p = m_runner->progress();
    QString text = tr("%1 of %2").arg(QLocale().toString(p.finished), QLocale().toString(p.total));
    if (p.running && p.callsPerSecond > 0) {
        text += tr(" · %1 calls/s").arg(QLocale().toString(p.callsPerSecond, 'f', 1));
        if (p.secondsLeft >= 0)
            text += tr(" · about %n s left", nullptr, p.secondsLeft);
    }
    if (p.failed > 0)
        text += tr(" · %n failed", nullptr, p.failed);
    if (p.unknown > 0)
        text += tr(" · %n unknown", nullptr, p.unknown);
    return text;
}

void BulkRunDialog::showProgress()
{
    const BulkProgress p = m_runner->progress();
    m_progress->setRange(0, std::max(1, p.total));
    m_progress->setValue(p.finished);
    m_progressText->setText(progressText());
    if (p.running && p.cancelled)
        m_summary->setText(
            tr("Cancelling: no new call is sent; the %n call(s) already sent are finishing.", nullptr, p.inFlight));
    updateButtons();
}

void BulkRunDialog::showFinished()
{
    m_ticker->stop();
    showProgress();
    const BulkProgress p = m_runner->progress();
    QStringList parts;
    parts << tr("%n succeeded", nullptr, m_rows->countIn(BulkRow::State::Succeeded));
    const int failed = m_rows->countIn(BulkRow::State::Failed);
    const int unknown = m_rows->countIn(BulkRow::State::Unknown);
    const int skipped = m_rows->countIn(BulkRow::State::Skipped);
    const int notSent = m_rows->countIn(BulkRow::State::NotSent);
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    if (unknown > 0)
        parts << tr("%n may or may not have applied (no definite answer)", nullptr, unknown);
    if (skipped > 0)
        parts << tr("%n skipped by the rules", nullptr, skipped);
    QString text = p.cancelled
        ? tr("Cancelled. %n call(s) were sent; their results are below. ", nullptr, m_runner->sentCount())
            + tr("%n row(s) were not sent. ", nullptr, notSent)
        : tr("Finished. ");
    // The separators are translated too: Chinese joins the outcomes with a full-width comma and ends with 。.
    text += tr("%1.", "the joined outcomes as one sentence").arg(parts.join(tr(", ", "between two outcomes")));
    if (hasPasswords() && m_rows->countIn(BulkRow::State::Succeeded) > 0)
        text += QLatin1Char(' ') + tr("The new passwords are shown only here: copy or export them before closing.");
    m_summary->setText(text);
    fitColumns();
    updateButtons();
    if (m_closeAfterCancel)
        QDialog::reject();
}

void BulkRunDialog::updateButtons()
{
    const bool running = m_runner->isRunning();
    m_cancel->setEnabled(running && !m_runner->progress().cancelled);
    const int retryable = m_runner->retryableCount();
    m_retry->setEnabled(!running && retryable > 0);
    m_retry->setText(retryable > 0 ? tr("&Retry %n failed row(s)", nullptr, retryable) : tr("&Retry failed rows"));
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const bool secret
        = !selected.isEmpty() && !m_rows->data(selected.first(), BulkRowModel::SecretRole).toString().isEmpty();
    m_copy->setEnabled(secret);
    m_export->setEnabled(!running && m_rows->countIn(BulkRow::State::Succeeded) > 0);
    m_close->setEnabled(!running);
}

void BulkRunDialog::copyPassword()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const QString secret = m_rows->data(selected.first(), BulkRowModel::SecretRole).toString();
    if (!secret.isEmpty())
        m_clipboard->copy(secret);
}

void BulkRunDialog::chooseExport()
{
    const int count = m_rows->countIn(BulkRow::State::Succeeded);
    const auto answer = MessageBox::warning(this,
        tr("Export passwords"),
        tr("The file will hold %n password(s) in plain text. Anyone who can read it can log in to these "
           "accounts. It is created readable by you only; hand the passwords over and delete it. Export?",
            nullptr,
            count),
        QMessageBox::Yes | QMessageBox::No,
        QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    QString path = m_exportPath;
    if (path.isEmpty()) {
        const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/apsara-passwords.csv");
        path = QFileDialog::getSaveFileName(this, tr("Export passwords"), start, tr("CSV files (*.csv)"));
    }
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPasswords(path, &error))
        MessageBox::warning(this, tr("Export passwords"), tr("Could not write %1: %2").arg(path, error));
}

bool BulkRunDialog::exportPasswords(const QString& path, QString* error) const
{
    QFile file(path);
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    // Owner-only from creation, and tightened if the file existed before.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) || !file.setPermissions(ownerOnly)) {
        *error = file.errorString();
        return false;
    }
    QString csv = QStringLiteral("profile,instance,account,password\n");
    for (int i = 0; i < m_rows->count(); ++i) {
        const BulkRow& row = m_rows->row(i);
        if (row.state != BulkRow::State::Succeeded || row.password.isEmpty())
            continue;
        QStringList fields = { row.target.profileName, row.target.instance.id, row.accountName, row.password };
        for (QString& field : fields) {
            if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')))
                field = QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        }
        csv += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    if (file.write(csv.toUtf8()) < 0 || !file.flush()) {
        *error = file.errorString();
        return false;
    }
    qCInfo(lcUi) << "Exported bulk passwords after the warning (count only):"
                 << m_rows->countIn(BulkRow::State::Succeeded);
    return true;
}

void BulkRunDialog::reject()
{
    if (m_runner->isRunning()) {
        // Closing stops sending; the calls already sent finish and the dialog closes after them.
        m_closeAfterCancel = true;
        m_runner->cancel();
        return;
    }
    m_clipboard->clearNow();
    m_rows->forgetPasswords();
    QDialog::reject();
}
