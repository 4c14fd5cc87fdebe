#pragma once

#include "AccountDialog.h"
#include "AccountDraft.h"

class AccountHeader;
class DatabaseGrantTable;
class QComboBox;
class QLabel;

// Modify privileges: the Redis role, or for RDS a grant, change or revoke per database, several databases in one
// go. OK waits until something would actually change.
class ModifyPrivilegesDialog : public AccountDialog
{
    Q_OBJECT

public:
    ModifyPrivilegesDialog(
        AccountService* service, const Instance& instance, const Account& account, QWidget* parent = nullptr);

    PrivilegeChange change() const;

private:
    // OperationDialog calls these.
    void startOperation() override;
    void updateOkButton() override;

    QString currentPrivilegeOn(const QString& database) const;

    QComboBox* m_role = nullptr;
    DatabaseGrantTable* m_grants = nullptr;
    QLabel* m_summary = nullptr;
};
