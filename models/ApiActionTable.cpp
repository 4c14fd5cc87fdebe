#include "ApiActionTable.h"

#include <algorithm>

namespace {

QStringList browseActions(Product product)
{
    if (product == Product::Redis)
        return { QStringLiteral("DescribeRegions"),
            QStringLiteral("DescribeInstances"),
            QStringLiteral("DescribeInstanceAttribute"),
            QStringLiteral("DescribeAccounts") };
    return { QStringLiteral("DescribeRegions"),
        QStringLiteral("DescribeDBInstances"),
        QStringLiteral("DescribeDBInstanceAttribute"),
        QStringLiteral("DescribeDatabases"),
        QStringLiteral("DescribeAccounts"),
        QStringLiteral("DescribeInstanceKeywords") };
}

// Writes read the account back (DescribeAccounts) to verify or refresh what they changed.
QStringList withReadBack(const QString& action)
{
    return { action, QStringLiteral("DescribeAccounts") };
}

QStringList rdsActions(AccountOperation operation)
{
    using O = AccountOperation;
    switch (operation) {
    case O::Browse:
        return browseActions(Product::Rds);
    case O::ResetPassword:
        return withReadBack(QStringLiteral("ResetAccountPassword"));
    case O::Unlock:
        return withReadBack(QStringLiteral("UnlockAccount"));
    case O::Lock:
        return withReadBack(QStringLiteral("LockAccount"));
    case O::CreateAccount:
        return withReadBack(QStringLiteral("CreateAccount")) << QStringLiteral("GrantAccountPrivilege");
    case O::DeleteAccount:
        return withReadBack(QStringLiteral("DeleteAccount"));
    case O::ModifyPrivileges:
        return withReadBack(QStringLiteral("GrantAccountPrivilege")) << QStringLiteral("RevokeAccountPrivilege");
    case O::ModifyDescription:
        return withReadBack(QStringLiteral("ModifyAccountDescription"));
    case O::ResetPrivilegedAccount:
        return withReadBack(QStringLiteral("ResetAccount"));
    case O::GrantOperatorPermission:
        return { QStringLiteral("GrantOperatorPermission"), QStringLiteral("DescribeDBInstanceAttribute") };
    case O::RevokeOperatorPermission:
        return { QStringLiteral("RevokeOperatorPermission"), QStringLiteral("DescribeDBInstanceAttribute") };
    }
    return {};
}

QStringList redisActions(AccountOperation operation)
{
    using O = AccountOperation;
    switch (operation) {
    case O::Browse:
        return browseActions(Product::Redis);
    case O::ResetPassword:
        return withReadBack(QStringLiteral("ResetAccountPassword"));
    case O::CreateAccount:
        return withReadBack(QStringLiteral("CreateAccount"));
    case O::DeleteAccount:
        return withReadBack(QStringLiteral("DeleteAccount"));
    case O::ModifyPrivileges:
        return withReadBack(QStringLiteral("GrantAccountPrivilege"));
    case O::ModifyDescription:
        return withReadBack(QStringLiteral("ModifyAccountDescription"));
    case O::Unlock: // accounts of Redis have no lock, privileged reset or operator access
    case O::Lock:
    case O::ResetPrivilegedAccount:
    case O::GrantOperatorPermission:
    case O::RevokeOperatorPermission:
        return {};
    }
    return {};
}

} // namespace

namespace ApiActionTable {

QList<AccountOperation> allOperations()
{
    using O = AccountOperation;
    return { O::Browse,
        O::ResetPassword,
        O::Unlock,
        O::Lock,
        O::CreateAccount,
        O::DeleteAccount,
        O::ModifyPrivileges,
        O::ModifyDescription,
        O::ResetPrivilegedAccount,
        O::GrantOperatorPermission,
        O::RevokeOperatorPermission };
}

QStringList actions(AccountOperation operation, Product product)
{
    return product == Product::Redis ? redisActions(operation) : rdsActions(operation);
}

QList<AccountOperation> operationsOf(RoleMode mode)
{
    using O = AccountOperation;
    switch (mode) {
    case RoleMode::Helpdesk:
        return { O::Browse, O::ResetPassword, O::Unlock };
    case RoleMode::Audit:
        return { O::Browse };
    case RoleMode::Dba:
        return allOperations();
    }
    return {};
}

bool allows(RoleMode mode, AccountOperation operation)
{
    return operationsOf(mode).contains(operation);
}

QString ramPrefix(Product product)
{
    return product == Product::Redis ? QStringLiteral("kvstore") : QStringLiteral("rds");
}

QStringList ramActions(RoleMode mode)
{
    QStringList result;
    for (AccountOperation operation : operationsOf(mode)) {
        for (Product product : { Product::Rds, Product::Redis }) {
            for (const QString& action : actions(operation, product))
                result << ramPrefix(product) + QLatin1Char(':') + action;
        }
    }
    result.sort();
    result.removeDuplicates();
    return result;
}

QStringList ramActionsNamed(const QString& action)
{
    QStringList result;
    for (const QString& granted : ramActions(RoleMode::Dba)) {
        if (granted.section(QLatin1Char(':'), 1) == action)
            result << granted;
    }
    return result;
}

std::optional<RoleMode> narrowestModeFor(const QString& action)
{
    for (RoleMode mode : { RoleMode::Audit, RoleMode::Helpdesk, RoleMode::Dba }) {
        const QStringList granted = ramActions(mode);
        if (std::any_of(granted.cbegin(), granted.cend(), [&action](const QString& g) {
                return g.section(QLatin1Char(':'), 1) == action;
            }))
            return mode;
    }
    return std::nullopt;
}

} // namespace ApiActionTable
