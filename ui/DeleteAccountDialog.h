#pragma once

#include "AccountDialog.h"

class QLabel;
class QLineEdit;
class QPushButton;

// Delete an account: the user types its name to enable Delete. When RDS refuses because objects depend on the
// account (SomeObjectsDependOnAccount), the dialog explains it and offers to revoke every database privilege
// first and then delete, in one go.
class DeleteAccountDialog : public AccountDialog
{
    Q_OBJECT

public:
    DeleteAccountDialog(
        AccountService* service, const Instance& instance, const Account& account, QWidget* parent = nullptr);

    // The databases "Revoke all privileges, then delete" revokes.
    QStringList databasesToRevoke() const;

public slots:
    void revokeThenDelete();

private:
    // OperationDialog calls these.
    void startOperation() override;
    void operationFailed(const ServiceError& error) override;
    void updateOkButton() override;

    bool nameConfirmed() const;

    QLineEdit* m_confirm = nullptr;
    QLabel* m_dependency = nullptr;
    QPushButton* m_revokeThenDelete = nullptr;
};
