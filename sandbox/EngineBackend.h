#pragma once

#include "Account.h"
#include "SandboxInstance.h"

#include <QString>

// A real database engine behind one sandbox instance. The actions call it after their own rule checks and before
// they change the sandbox state, so the engine and the state never disagree: each call returns an empty string
// when the engine applied it, else the engine's own message (the action then answers InternalError and leaves its
// state as it was).
class EngineBackend
{
public:
    virtual ~EngineBackend() = default;

    virtual QString host() const = 0;
    virtual quint16 port() const = 0;

    // Brings the engine in line with the instance's accounts and databases as the sandbox starts. Accounts the
    // engine does not know get a random password nobody holds, so only a reset makes them usable.
    virtual QString adopt(const SandboxInstance& instance) = 0;
    // Catches up with changes the state makes on its own, before each action on the instance (Creating ->
    // Available switches a Redis ACL user on).
    virtual QString refresh(const SandboxInstance&) { return {}; }
    // Before DescribeAccounts: the engine's own truth wins. An account the engine no longer has is Unavailable;
    // a PostgreSQL role that may not log in is Locked. Returns the engine's error, else empty.
    virtual QString readBack(SandboxInstance&) { return {}; }

    virtual QString createAccount(const Account& account, const QString& password) = 0;
    virtual QString setPassword(const Account& account, const QString& password) = 0;
    // Replaces the engine's grants with account.privileges (and the account type's own rights).
    virtual QString applyPrivileges(const Account& account) = 0;
    // Lock / unlock (SQL), off / on (Redis ACL while Creating).
    virtual QString setLoginAllowed(const Account& account, bool allowed) = 0;
    virtual QString dropAccount(const Account& account) = 0;
};
