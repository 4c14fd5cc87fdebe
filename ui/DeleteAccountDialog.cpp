#include "DeleteAccountDialog.h"

#include "AccountDraft.h"
#include "AccountHeader.h"
#include "AccountService.h"
#include "ErrorBanner.h"
#include "FocusChain.h"
#include "InstancePolicy.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QString kDependencyCode = QStringLiteral("SomeObjectsDependOnAccount");
}

DeleteAccountDialog::DeleteAccountDialog(
    AccountService* service, const Instance& instance, const Account& account, QWidget* parent)
    : AccountDialog(service, instance, account, InstancePolicy::canDeleteAccount(instance, account), parent)
    , m_confirm(new QLineEdit(form()))
    , m_dependency(new QLabel(form()))
    , m_revokeThenDelete(new QPushButton(tr("Re&voke all privileges, then delete"), form()))
{
    setWindowTitle(tr("Delete Account %1").arg(account.name));
    setObjectName(QStringLiteral("DeleteAccountDialog"));
    setOkText(tr("&Delete"));

    auto* warning = new QLabel(tr("Deleting %1 cannot be undone. Applications that sign in with it will stop "
                                  "working.")
                                   .arg(account.name),
        form());
    warning->setWordWrap(true);
    warning->setAccessibleName(tr("Warning"));
    auto* prompt = new QLabel(tr("&Type %1 to confirm:").arg(account.name), form());
    prompt->setBuddy(m_confirm);
    prompt->setTextFormat(Qt::PlainText);
    m_confirm->setObjectName(QStringLiteral("confirmNameEdit"));
    m_confirm->setAccessibleName(tr("Account name to confirm"));
    m_confirm->setPlaceholderText(account.name);
    m_dependency->setObjectName(QStringLiteral("dependencyLabel"));
    m_dependency->setAccessibleName(tr("Why the account cannot be deleted"));
    m_dependency->setWordWrap(true);
    m_dependency->setText(tr("RDS does not delete an account that still holds privileges on databases or tables. "
                             "Revoke them first: the button below revokes the account's privileges on %n "
                             "database(s) and then deletes it.",
        nullptr,
        static_cast<int>(databasesToRevoke().size())));
    m_dependency->hide();
    m_revokeThenDelete->setObjectName(QStringLiteral("revokeThenDeleteButton"));
    m_revokeThenDelete->setAccessibleName(tr("Revoke all privileges, then delete"));
    m_revokeThenDelete->hide();

    auto* layout = new QVBoxLayout(form());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new AccountHeader(instance, account, form()));
    layout->addWidget(warning);
    layout->addWidget(prompt);
    layout->addWidget(m_confirm);
    layout->addWidget(m_dependency);
    layout->addWidget(m_revokeThenDelete);
    layout->addStretch();

    connect(m_confirm, &QLineEdit::textChanged, this, &DeleteAccountDialog::updateOkButton);
    connect(m_revokeThenDelete, &QPushButton::clicked, this, &DeleteAccountDialog::revokeThenDelete);
    FocusChain::setWithButtons({ m_confirm, m_revokeThenDelete }, buttonBox());
    m_confirm->setFocus();
    updateOkButton();
}

bool DeleteAccountDialog::nameConfirmed() const
{
    return m_confirm->text() == account().name;
}

QStringList DeleteAccountDialog::databasesToRevoke() const
{
    QStringList names;
    for (const DatabasePrivilege& p : account().privileges) {
        if (!p.dbName.isEmpty() && !names.contains(p.dbName))
            names << p.dbName;
    }
    // The account list may not carry privileges yet; then revoke on every database of the instance.
    if (names.isEmpty()) {
        for (const Database& db : instance().databases)
            names << db.name;
    }
    return names;
}

void DeleteAccountDialog::updateOkButton()
{
    const bool ready = isAllowed() && nameConfirmed();
    m_revokeThenDelete->setEnabled(ready && !isBusy() && !databasesToRevoke().isEmpty());
    setOkAllowed(ready);
}

void DeleteAccountDialog::startOperation()
{
    run(service()->submit(instance(), DeleteAccountWrite { account().name }), tr("Deleting %1…").arg(account().name));
}

void DeleteAccountDialog::operationFailed(const ServiceError& error)
{
    OperationDialog::operationFailed(error);
    const bool dependent = error.code == kDependencyCode && instance().product == Product::Rds;
    m_dependency->setVisible(dependent);
    m_revokeThenDelete->setVisible(dependent);
    if (dependent) {
        m_revokeThenDelete->setFocus();
        growToFit();
    }
}

void DeleteAccountDialog::revokeThenDelete()
{
    if (!isAllowed() || !nameConfirmed() || isBusy())
        return;
    errorBanner()->clear();
    PrivilegeChange change;
    change.revokes = databasesToRevoke();
    run(service()->submit(instance(), ModifyPrivilegesWrite { account().name, change }),
        tr("Revoking the privileges of %1…").arg(account().name),
        [this](const QString&) { startOperation(); });
}
