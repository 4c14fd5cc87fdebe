#pragma once

#include "SandboxActions.h"

#include <QCoreApplication>

// The ApsaraDB for Redis (R-KVStore 2015-01-01) account actions only Redis has: one role per account
// (GrantAccountPrivilege) and ModifyAccountPassword with the old password; and the Redis description that puts
// them beside the shared operations (accounts pass through Creating, the default account is protected).
class RedisAccountActions
{
    Q_DECLARE_TR_FUNCTIONS(RedisAccountActions)

public:
    static const SandboxProduct& description();

    static ActionReply grantAccountPrivilege(
        SandboxActions& actions, const SandboxRequest& request, const QDateTime& now);
    static ActionReply modifyAccountPassword(
        SandboxActions& actions, const SandboxRequest& request, const QDateTime& now);
};
