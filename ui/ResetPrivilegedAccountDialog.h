#pragma once

#include "AccountDialog.h"

class PasswordField;
class QCheckBox;
class QLabel;

// Reset the privileged (Super) account of an RDS instance (ResetAccount): explains what it does, asks for a new
// password and an explicit confirmation.
class ResetPrivilegedAccountDialog : public AccountDialog
{
    Q_OBJECT

public:
    ResetPrivilegedAccountDialog(
        AccountService* service, const Instance& instance, const Account& account, QWidget* parent = nullptr);

private:
    // OperationDialog calls these.
    void startOperation() override;
    void updateOkButton() override;

    QLabel* m_explanation = nullptr;
    PasswordField* m_password = nullptr;
    QCheckBox* m_understood = nullptr;
};
