#include "BulkWriteCheck.h"

#include "AccountPrivileges.h"

namespace {

bool isLocked(const Account& account)
{
    return account.status.compare(QLatin1String("Locked"), Qt::CaseInsensitive) == 0;
}

} // namespace

namespace BulkWriteCheck {

std::optional<bool> applied(const BulkRow& row, const std::optional<Account>& account)
{
    const QString& action = row.action;
    if (action == QLatin1String("DeleteAccount"))
        return !account.has_value();
    if (action == QLatin1String("CreateAccount"))
        return account.has_value() ? std::optional<bool>(true) : std::optional<bool>(false);
    if (!account)
        return std::nullopt; // the account is gone: nothing to learn about this write, and nothing to resend to
    if (action == QLatin1String("LockAccount"))
        return isLocked(*account);
    if (action == QLatin1String("UnlockAccount"))
        return !isLocked(*account);
    if (action == QLatin1String("ModifyAccountDescription"))
        return account->description == row.description;
    if (action == QLatin1String("GrantAccountPrivilege") || action == QLatin1String("RevokeAccountPrivilege")) {
        for (const DatabasePrivilege& grant : row.change.grants) {
            if (AccountPrivileges::heldOn(*account, grant.dbName) != grant.privilege)
                return false;
        }
        for (const QString& db : row.change.revokes) {
            if (!AccountPrivileges::heldOn(*account, db).isEmpty())
                return false;
        }
        return true;
    }
    return std::nullopt; // ResetAccountPassword: no read shows a password
}

bool isRetryable(const BulkRow& row)
{
    switch (row.state) {
    case BulkRow::State::Failed:
    case BulkRow::State::NotSent:
        return true;
    case BulkRow::State::Unknown:
        return row.action != QLatin1String("ResetAccountPassword");
    default:
        return false;
    }
}

} // namespace BulkWriteCheck
