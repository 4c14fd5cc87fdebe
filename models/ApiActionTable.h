#pragma once

#include "Product.h"
#include "RoleMode.h"

#include <QList>
#include <QString>
#include <QStringList>

// The one place that says which OpenAPI actions each account operation of the app sends, per product, and which
// operations each role mode may use. The RAM policies (RamPolicy), the controller's mode guard and the error
// advice for a missing permission are all derived from it; tst_rampolicy runs every operation against the
// sandbox and fails when the actions really sent differ from this table.
enum class AccountOperation {
    Browse, // regions, instances, databases, accounts, reserved names, operator access
    ResetPassword,
    Unlock,
    Lock,
    CreateAccount,
    DeleteAccount,
    ModifyPrivileges,
    ModifyDescription,
    ResetPrivilegedAccount,
    GrantOperatorPermission,
    RevokeOperatorPermission,
};

namespace ApiActionTable {
QList<AccountOperation> allOperations();
// The actions the operation sends on that product (reads it needs to verify the write included); empty when the
// product has no such operation (e.g. Unlock on Redis).
QStringList actions(AccountOperation operation, Product product);
// The operations a role mode may use.
QList<AccountOperation> operationsOf(RoleMode mode);
bool allows(RoleMode mode, AccountOperation operation);
// "rds" or "kvstore": the RAM service prefix of the product's actions (not the endpoint code "r-kvstore").
QString ramPrefix(Product product);
// Every "prefix:Action" the mode needs, sorted and unique.
QStringList ramActions(RoleMode mode);
// The RAM actions ("rds:ResetAccountPassword", ...) an API action name can be, sorted.
QStringList ramActionsNamed(const QString& action);
// The least-privileged mode whose policy grants the action (audit before helpdesk before DBA); nullopt when none.
std::optional<RoleMode> narrowestModeFor(const QString& action);
} // namespace ApiActionTable
