#pragma once

#include "Account.h"
#include "OperationDialog.h"

// Base of the dialogs that change one existing account (password, privileged reset, privileges, description,
// delete): the account as it was when the dialog opened. It declares no signals, slots or texts of its own, so it
// needs no Q_OBJECT.
class AccountDialog : public OperationDialog
{
public:
    const Account& account() const { return m_account; }

protected:
    AccountDialog(AccountService* service,
        const Instance& instance,
        const Account& account,
        const FieldCheck& allowed,
        QWidget* parent)
        : OperationDialog(service, instance, allowed, parent)
        , m_account(account)
    {
    }

private:
    Account m_account;
};
