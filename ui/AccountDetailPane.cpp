#include "AccountDetailPane.h"

#include "AccountText.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

AccountDetailPane::AccountDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_privileges(new QTableWidget(0, 3, this))
    , m_requestId(new QLineEdit(this))
    , m_copyRequestId(new QPushButton(QIcon(QStringLiteral(":/icons/action-copy.svg")), tr("Cop&y"), this))
{
    setAccessibleName(tr("Account details"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(QStringLiteral("accountHeadline"));
    m_title->setAccessibleName(tr("Selected account"));
    // Names and descriptions come from the server: shown as text, never interpreted as HTML.
    m_title->setTextFormat(Qt::PlainText);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Account type, status and description"));

    m_privileges->setHorizontalHeaderLabels({ tr("Database"), tr("Privilege"), tr("SQL privileges") });
    m_privileges->setAccessibleName(tr("Privileges per database"));
    m_privileges->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_privileges->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_privileges->setTabKeyNavigation(false); // Tab moves on to the RequestId
    m_privileges->verticalHeader()->hide();
    m_privileges->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_privileges->horizontalHeader()->setStretchLastSection(true);

    m_requestId->setReadOnly(true);
    m_requestId->setAccessibleName(tr("RequestId of the last change"));
    m_requestId->setPlaceholderText(tr("No change made in this session"));
    m_copyRequestId->setAccessibleName(tr("Copy the RequestId"));
    connect(m_copyRequestId, &QPushButton::clicked, this, &AccountDetailPane::copyRequestId);

    auto* requestRow = new QHBoxLayout;
    requestRow->addWidget(m_requestId, 1);
    requestRow->addWidget(m_copyRequestId);
    auto* form = new QFormLayout;
    auto* requestLabel = new QLabel(tr("Last change Request&Id:"), this);
    requestLabel->setBuddy(m_requestId);
    form->addRow(requestLabel, requestRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_privileges, 1);
    layout->addLayout(form);
    setAccount(std::nullopt);
}

void AccountDetailPane::setAccount(const std::optional<Account>& account)
{
    m_account = account;
    if (!account) {
        m_title->setText(tr("No account selected"));
        m_summary->clear();
        m_privileges->setRowCount(0);
        m_requestId->clear();
        m_copyRequestId->setEnabled(false);
        return;
    }
    m_title->setText(tr("%1 on %2").arg(account->name, account->instanceId));
    QString summary = tr("%1, %2").arg(AccountText::typeName(account->type), AccountText::statusName(account->status));
    if (!account->description.isEmpty())
        summary = tr("%1. %2").arg(summary, account->description);
    m_summary->setText(summary);
    fillPrivileges(*account);
    m_requestId->setText(account->lastRequestId);
    m_copyRequestId->setEnabled(!account->lastRequestId.isEmpty());
}

void AccountDetailPane::fillPrivileges(const Account& account)
{
    m_privileges->setRowCount(int(account.privileges.size()));
    for (int row = 0; row < account.privileges.size(); ++row) {
        const DatabasePrivilege& privilege = account.privileges.at(row);
        // Redis roles apply to the whole instance and carry no database name.
        const QString database = privilege.dbName.isEmpty() ? tr("(all databases)") : privilege.dbName;
        m_privileges->setItem(row, 0, new QTableWidgetItem(database));
        m_privileges->setItem(row, 1, new QTableWidgetItem(AccountText::privilegeName(privilege.privilege)));
        m_privileges->setItem(row, 2, new QTableWidgetItem(privilege.detail));
    }
}

void AccountDetailPane::copyRequestId()
{
    if (m_account && !m_account->lastRequestId.isEmpty())
        QApplication::clipboard()->setText(m_account->lastRequestId);
}
