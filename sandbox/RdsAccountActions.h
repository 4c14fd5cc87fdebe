#pragma once

#include "SandboxActions.h"

#include <QCoreApplication>

// The ApsaraDB RDS (2014-08-15) account actions only RDS has: per-database privileges, resetting the privileged
// account, lock and unlock (PostgreSQL), and the service account's operator permission; and the RDS description
// that puts them beside the shared operations.
class RdsAccountActions
{
    Q_DECLARE_TR_FUNCTIONS(RdsAccountActions)

public:
    static const SandboxProduct& description();

    static ActionReply grantAccountPrivilege(
        SandboxActions& actions, const SandboxRequest& request, const QDateTime& now);
    static ActionReply revokeAccountPrivilege(
        SandboxActions& actions, const SandboxRequest& request, const QDateTime& now);
    static ActionReply resetAccount(SandboxActions& actions, const SandboxRequest& request, const QDateTime& now);
    static ActionReply lockAccount(SandboxActions& actions, const SandboxRequest& request, const QDateTime& now);
    static ActionReply unlockAccount(SandboxActions& actions, const SandboxRequest& request, const QDateTime& now);
    static ActionReply grantOperatorPermission(
        SandboxActions& actions, const SandboxRequest& request, const QDateTime& now);
    static ActionReply revokeOperatorPermission(
        SandboxActions& actions, const SandboxRequest& request, const QDateTime& now);

private:
    // LockAccount and UnlockAccount: the same checks from InstancePolicy, opposite outcomes.
    static ActionReply setLocked(SandboxActions& actions, const SandboxRequest& request, bool locked);
    // The databases DBName lists, each one existing on the instance; else empty and why in *error.
    static QStringList databaseList(const SandboxInstance& instance, const QStringList& names, ActionReply* error);
    // Stage 1 and 2 of the operator permission actions: an engine without it, then the instance's state.
    static ActionReply operatorRefusal(const SandboxInstance& instance);
};
