#include "ResetPrivilegedAccountDialog.h"

#include "AccountHeader.h"
#include "AccountService.h"
#include "FocusChain.h"
#include "InstancePolicy.h"
#include "PasswordField.h"
#include "RuleTable.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ResetPrivilegedAccountDialog::ResetPrivilegedAccountDialog(
    AccountService* service, const Instance& instance, const Account& account, QWidget* parent)
    : AccountDialog(service, instance, account, InstancePolicy::canResetPrivilegedAccount(instance, account), parent)
    , m_explanation(new QLabel(form()))
    , m_password(new PasswordField(RuleTable::forEngine(instance.engine), form()))
    , m_understood(new QCheckBox(form()))
{
    setWindowTitle(tr("Reset Privileged Account %1").arg(account.name));
    setObjectName(QStringLiteral("ResetPrivilegedAccountDialog"));
    setOkText(tr("&Reset Account"));

    m_explanation->setObjectName(QStringLiteral("explanationLabel"));
    m_explanation->setAccessibleName(tr("What Reset account does"));
    m_explanation->setWordWrap(true);
    m_explanation->setText(tr("Reset account restores the permissions of the privileged account %1, for example "
                              "after they were changed or revoked by hand, and sets the new password below. "
                              "Applications that sign in with the old password stop working.")
                               .arg(account.name));
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setAccessibleName(tr("New password"));
    m_understood->setObjectName(QStringLiteral("understoodCheck"));
    m_understood->setText(
        tr("I &understand that the permissions and the password of %1 will be reset").arg(account.name));
    m_understood->setAccessibleName(tr("Confirm the reset"));

    auto* passwordLabel = new QLabel(tr("&New password:"), form());
    passwordLabel->setBuddy(m_password->passwordEdit());
    auto* layout = new QVBoxLayout(form());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new AccountHeader(instance, account, form()));
    layout->addWidget(m_explanation);
    layout->addWidget(passwordLabel);
    layout->addWidget(m_password);
    layout->addWidget(m_understood);

    connect(m_password, &PasswordField::changed, this, &ResetPrivilegedAccountDialog::updateOkButton);
    connect(m_understood, &QCheckBox::toggled, this, &ResetPrivilegedAccountDialog::updateOkButton);
    FocusChain::setWithButtons(m_password->focusOrder() + QList<QWidget*> { m_understood }, buttonBox());
    m_password->setFocus();
    updateOkButton();
}

void ResetPrivilegedAccountDialog::updateOkButton()
{
    setOkAllowed(m_password->isValid() && m_understood->isChecked());
}

void ResetPrivilegedAccountDialog::startOperation()
{
    run(service()->submit(instance(), ResetPrivilegedAccountWrite { account().name, m_password->password() }),
        tr("Resetting the privileged account %1…").arg(account().name));
}
