#include "BulkPreviewDialog.h"

#include "BulkPlanner.h"
#include "BulkRequestForm.h"
#include "BulkRowModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

BulkPreviewDialog::BulkPreviewDialog(BulkAction action, const QList<BulkTarget>& targets, QWidget* parent)
    : QDialog(parent)
    , m_action(action)
    , m_targets(targets)
    , m_form(new BulkRequestForm(action, this))
    , m_rows(new BulkRowModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("%1: preview").arg(BulkPlan::actionTitle(action)));
    setAttribute(Qt::WA_DeleteOnClose, false);
    auto* layout = new QVBoxLayout(this);
    auto* selection = new QLabel(selectionText(), this);
    selection->setObjectName(QStringLiteral("bulkPreviewSelection"));
    selection->setWordWrap(true);
    layout->addWidget(selection);
    layout->addWidget(m_form);

    m_table->setModel(m_rows);
    m_table->setObjectName(QStringLiteral("bulkPreviewTable"));
    m_table->setAccessibleName(tr("Planned calls"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int column : { BulkRowModel::RequestId, BulkRowModel::Advice, BulkRowModel::Password })
        m_table->hideColumn(column);
    if (action != BulkAction::Create)
        m_table->hideColumn(BulkRowModel::Differences);
    else // what differs per instance is what the user checks first; the call text goes last
        m_table->horizontalHeader()->moveSection(
            m_table->horizontalHeader()->visualIndex(BulkRowModel::Call), BulkRowModel::ColumnCount - 1);
    QSet<QString> profiles;
    for (const BulkTarget& target : targets)
        profiles.insert(target.profileId);
    if (profiles.size() < 2)
        m_table->hideColumn(BulkRowModel::Profile);
    layout->addWidget(m_table, 1);

    m_summary->setObjectName(QStringLiteral("bulkPreviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    if (action == BulkAction::Delete) {
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("bulkConfirmCount"));
        m_confirmLabel = new QLabel(this);
        m_confirmLabel->setBuddy(m_confirm);
        m_confirm->setAccessibleName(tr("Number of accounts to delete"));
        connect(m_confirm, &QLineEdit::textChanged, this, &BulkPreviewDialog::updateOkButton);
        layout->addWidget(m_confirmLabel);
        layout->addWidget(m_confirm);
    }

    m_run = m_buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("bulkRunButton"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_form, &BulkRequestForm::changed, this, &BulkPreviewDialog::replan);
    replan();
    resize(1100, 620);
}

QString BulkPreviewDialog::selectionText() const
{
    QSet<QString> instanceKeys, profileIds;
    for (const BulkTarget& target : m_targets) {
        instanceKeys.insert(target.profileId + QLatin1Char('|') + target.instance.id);
        profileIds.insert(target.profileId);
    }
    const int instances = int(instanceKeys.size());
    const int profiles = int(profileIds.size());
    // Whole sentences, so a translator can reorder them; a second count comes in as a phrase with its own plural.
    const QString profileCount = tr("%n profile(s)", nullptr, profiles);
    if (m_action == BulkAction::Create) {
        if (profiles < 2) {
            return tr("Selected: %n instance(s). The account is created from this template on each; the table shows "
                      "what differs per instance.",
                nullptr,
                instances);
        }
        //: %1 is a number of profiles, e.g. "2 profiles"
        return tr("Selected: %n instance(s) in %1. The account is created from this template on each; the table "
                  "shows what differs per instance.",
            nullptr,
            instances)
            .arg(profileCount);
    }
    const QString instanceCount = tr("%n instance(s)", nullptr, instances);
    const int accounts = int(m_targets.size());
    if (profiles < 2) {
        //: %1 is a number of instances, e.g. "3 instances"
        return tr("Selected: %n account(s) on %1. Nothing is sent until you press Run.", nullptr, accounts)
            .arg(instanceCount);
    }
    //: %1 is a number of instances, e.g. "3 instances"; %2 a number of profiles, e.g. "2 profiles"
    return tr("Selected: %n account(s) on %1 in %2. Nothing is sent until you press Run.", nullptr, accounts)
        .arg(instanceCount, profileCount);
}

BulkPlan BulkPreviewDialog::plan() const
{
    return m_rows->plan();
}

void BulkPreviewDialog::replan()
{
    m_rows->setPlan(BulkPlanner::plan(m_form->request(), m_targets));
    m_table->resizeColumnsToContents();
    // Long instance names and reasons stay readable in their tooltips; every column stays on screen.
    for (int column = 0; column < BulkRowModel::ColumnCount; ++column) {
        const int cap = column == BulkRowModel::InstanceColumn ? 240 : 360;
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), cap));
    }
    updateOkButton();
}

void BulkPreviewDialog::updateOkButton()
{
    const BulkPlan& plan = m_rows->plan();
    const int allowed = plan.allowedCount();
    const int skipped = plan.skippedCount();
    //: %1 is a number of rows, e.g. "2 rows"
    QString text = skipped > 0
        ? tr("%n call(s) will be sent; %1 will be skipped (the Outcome column says why).", nullptr, allowed)
              .arg(tr("%n row(s)", nullptr, skipped))
        : tr("%n call(s) will be sent.", nullptr, allowed);
    // The refused rows may be far down a long table: name the first few here.
    int named = 0;
    for (const BulkRow& row : plan.rows) {
        if (row.isAllowed() || named == 3)
            continue;
        ++named;
        //: %1 account, %2 instance, %3 why the rules refuse it
        text += QLatin1Char('\n')
            + tr("Skipped: %1 on %2: %3").arg(row.accountName, row.target.instance.id, row.skipReason);
    }
    if (skipped > named)
        text += QLatin1Char('\n') + tr("…and %n more skipped row(s).", nullptr, skipped - named);
    const QString missing = m_form->missingInput();
    bool ok = allowed > 0 && missing.isEmpty();
    if (!missing.isEmpty())
        text += QLatin1Char(' ') + missing;
    if (m_confirm) {
        m_confirmLabel->setText(
            tr("Deleting cannot be undone. Type the number of accounts to delete (%1) to &confirm:").arg(allowed));
        ok = ok && m_confirm->text().trimmed() == QString::number(allowed);
    }
    m_summary->setText(text);
    m_run->setText(allowed > 0 ? tr("&Run %n call(s)", nullptr, allowed) : tr("&Run"));
    m_run->setEnabled(ok);
}
