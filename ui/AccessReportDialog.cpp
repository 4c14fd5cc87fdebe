#include "AccessReportDialog.h"

#include "AccountIndex.h"
#include "UiLogging.h"
#include "WindowFit.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>

AccessReportDialog::AccessReportDialog(
    AccountIndex* index, const std::optional<AccessReportScope>& view, const QString& searchQuery, QWidget* parent)
    : QDialog(parent)
    , m_index(index)
    , m_view(view)
    , m_search(AccessReportScope::search(searchQuery))
    , m_viewButton(new QRadioButton(this))
    , m_searchButton(new QRadioButton(this))
    , m_everythingButton(new QRadioButton(this))
    , m_format(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save…"), this))
{
    setWindowTitle(tr("Access Report"));
    setAccessibleName(windowTitle());

    auto* scopes = new QGroupBox(tr("Accounts to report"), this);
    auto* group = new QButtonGroup(this);
    auto* scopeLayout = new QVBoxLayout(scopes);
    m_viewButton->setObjectName(QStringLiteral("viewScope"));
    m_searchButton->setObjectName(QStringLiteral("searchScope"));
    m_everythingButton->setObjectName(QStringLiteral("everythingScope"));
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    for (QRadioButton* button : { m_viewButton, m_searchButton, m_everythingButton }) {
        group->addButton(button);
        scopeLayout->addWidget(button);
        connect(button, &QRadioButton::toggled, this, &AccessReportDialog::updateOkButton);
    }
    m_format->addItem(tr("PDF document, to print or archive"), int(AccessReportFile::Format::Pdf));
    m_format->addItem(tr("CSV, for a spreadsheet"), int(AccessReportFile::Format::Csv));
    m_format->addItem(tr("JSON, for scripts"), int(AccessReportFile::Format::Json));
    m_format->setAccessibleName(tr("Format"));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Report summary"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Save status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_saving)
            m_status->clear();
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &AccessReportDialog::chooseFileAndSave);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scopes);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);

    // The narrowest scope the user has in front of them is the likeliest question.
    (m_view ? m_viewButton : m_search.query.isEmpty() ? m_everythingButton : m_searchButton)->setChecked(true);
    if (m_index)
        connect(m_index, &AccountIndex::changed, this, &AccessReportDialog::refreshCounts);
    refreshCounts();
    resize(520, 360);
    WindowFit::install(this);
}

int AccessReportDialog::countOf(const AccessReportScope& scope) const
{
    return m_index ? int(scope.select(m_index->rows()).size()) : 0;
}

void AccessReportDialog::refreshCounts()
{
    m_viewButton->setText(m_view
            ? tr("Current &view: %1 (%n account(s))", nullptr, countOf(*m_view)).arg(m_view->description())
            : tr("Current &view (select an instance or a region first)"));
    m_viewButton->setEnabled(m_view.has_value());
    m_searchButton->setText(m_search.query.isEmpty()
            ? tr("&Search (type a query in Find first)")
            : tr("&Search: %1 (%n account(s))", nullptr, countOf(m_search)).arg(m_search.query));
    m_searchButton->setEnabled(!m_search.query.isEmpty());
    m_everythingButton->setText(
        tr("&Everything: every indexed account (%n account(s))", nullptr, countOf(AccessReportScope::everything())));
    updateOkButton();
}

void AccessReportDialog::updateOkButton()
{
    const AccessReportScope scope = chosenScope();
    const bool available = (scope.kind != AccessReportScope::Kind::View || m_view)
        && (scope.kind != AccessReportScope::Kind::Search || !m_search.query.isEmpty());
    const AccessReportSummary summary
        = available && m_index ? AccessReportSummary::of(scope.select(m_index->rows())) : AccessReportSummary {};
    if (summary.accounts == 0) {
        m_summary->setText(tr("No account in this scope: nothing to report."));
    } else {
        m_summary->setText(tr("%n account(s) on %1 instance(s): %2 privileged, %3 locked, %4 without a description, "
                              "%5 standard account(s) with no privileges.",
            nullptr,
            summary.accounts)
                               .arg(summary.instances)
                               .arg(summary.privileged)
                               .arg(summary.locked)
                               .arg(summary.withoutDescription)
                               .arg(summary.withoutPrivileges));
    }
    const auto notRead = std::count_if(m_gaps.cbegin(), m_gaps.cend(), [&scope](const AccessReportGap& gap) {
        return scope.coversInstance(gap.profile, gap.regionId, gap.instanceId);
    });
    if (available && notRead > 0) {
        m_summary->setText(m_summary->text() + QLatin1Char(' ')
            + tr("%n instance(s) in scope whose accounts are not read (stopped, locked or too old) are named in "
                 "the report.",
                nullptr,
                int(notRead)));
    }
    m_save->setEnabled(available && summary.accounts > 0 && !m_saving);
}

void AccessReportDialog::setInstancesNotRead(const QList<AccessReportGap>& gaps)
{
    m_gaps = gaps;
    updateOkButton();
}

AccessReportScope AccessReportDialog::chosenScope() const
{
    if (m_viewButton->isChecked() && m_view)
        return *m_view;
    if (m_searchButton->isChecked())
        return m_search;
    return AccessReportScope::everything();
}

AccessReportFile::Format AccessReportDialog::chosenFormat() const
{
    return AccessReportFile::Format(m_format->currentData().toInt());
}

void AccessReportDialog::setFormat(AccessReportFile::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

AccessReport AccessReportDialog::report() const
{
    return AccessReport::build(
        m_index ? m_index->rows() : QList<IndexedAccount>(), chosenScope(), QDateTime::currentDateTimeUtc(), m_gaps);
}

bool AccessReportDialog::saveTo(const QString& path)
{
    const AccessReport made = report();
    QString error;
    const bool saved = AccessReportFile::save(made, chosenFormat(), path, &error);
    showSaved(path, made.summary.accounts, saved, error);
    return saved;
}

void AccessReportDialog::saveInBackground(const QString& path)
{
    // Thousands of accounts take seconds as PDF: the report (a copy) is written on a pool thread so the window
    // stays responsive. Only the GUI thread touches the dialog; a dialog closed meanwhile is simply not told.
    const AccessReport made = report();
    const AccessReportFile::Format format = chosenFormat();
    m_saving = true;
    m_status->setText(
        tr("Saving %n account(s) to %1…", nullptr, made.summary.accounts).arg(QDir::toNativeSeparators(path)));
    updateOkButton();
    const QPointer<AccessReportDialog> dialog(this);
    QThreadPool::globalInstance()->start([made, format, path, dialog] {
        QString error;
        const bool saved = AccessReportFile::save(made, format, path, &error);
        QMetaObject::invokeMethod(
            qApp,
            [dialog, path, accounts = made.summary.accounts, saved, error] {
                if (dialog)
                    dialog->showSaved(path, accounts, saved, error);
            },
            Qt::QueuedConnection);
    });
}

void AccessReportDialog::showSaved(const QString& path, int accounts, bool saved, const QString& error)
{
    m_saving = false;
    if (saved) {
        m_status->setText(tr("Saved %n account(s) to %1.", nullptr, accounts).arg(QDir::toNativeSeparators(path)));
    } else {
        qCWarning(lcUi) << "access report not saved:" << error;
        m_status->setText(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
    }
    updateOkButton();
}

void AccessReportDialog::chooseFileAndSave()
{
    const AccessReportFile::Format format = chosenFormat();
    const QString name = AccessReportFile::suggestedName(report(), format);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Access Report"), QDir::home().filePath(name), AccessReportFile::fileFilter(format));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + AccessReportFile::suffix(format);
    saveInBackground(path);
}
