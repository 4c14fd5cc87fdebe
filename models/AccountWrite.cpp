#include "AccountWrite.h"

namespace {

// clang-format off
QString action(const CreateAccountWrite&) { return QStringLiteral("CreateAccount"); }
QString action(const ResetPasswordWrite&) { return QStringLiteral("ResetAccountPassword"); }
QString action(const ModifyDescriptionWrite&) { return QStringLiteral("ModifyAccountDescription"); }
QString action(const DeleteAccountWrite&) { return QStringLiteral("DeleteAccount"); }
QString action(const ResetPrivilegedAccountWrite&) { return QStringLiteral("ResetAccount"); }
QString action(const GrantOperatorPermissionWrite&) { return QStringLiteral("GrantOperatorPermission"); }
QString action(const RevokeOperatorPermissionWrite&) { return QStringLiteral("RevokeOperatorPermission"); }
// clang-format on

QString action(const ModifyPrivilegesWrite& write)
{
    return write.change.revokes.isEmpty() ? QStringLiteral("GrantAccountPrivilege")
                                          : QStringLiteral("RevokeAccountPrivilege");
}

QString action(const SetAccountLockedWrite& write)
{
    return write.locked ? QStringLiteral("LockAccount") : QStringLiteral("UnlockAccount");
}

template<typename Write>
QString account(const Write& write)
{
    return write.account;
}

QString account(const CreateAccountWrite& write)
{
    return write.draft.name;
}

QString account(const GrantOperatorPermissionWrite&)
{
    return {};
}

QString account(const RevokeOperatorPermissionWrite&)
{
    return {};
}

} // namespace

QString actionOf(const AccountWrite& write)
{
    return std::visit([](const auto& typed) { return action(typed); }, write);
}

QString accountOf(const AccountWrite& write)
{
    return std::visit([](const auto& typed) { return account(typed); }, write);
}
