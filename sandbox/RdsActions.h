#pragma once

#include "AccountRules.h"
#include "ActionReply.h"
#include "EngineBackends.h"
#include "SandboxRequest.h"
#include "SandboxState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

// The ApsaraDB RDS (2014-08-15) actions of product-rules.md, one handler each, with the request parameter names
// and response JSON paths of alibaba-openapi.md. Rules come from models/ (AccountRules, InstancePolicy).
class RdsActions
{
    Q_DECLARE_TR_FUNCTIONS(RdsActions)

public:
    RdsActions(SandboxState& state, int creatingDelayMs);

    static bool handles(const QString& action);
    ActionReply handle(const QString& action, const SandboxRequest& request, const QDateTime& now);
    // --engines: account actions on a mapped instance take effect in its engine first.
    void setEngines(const EngineBackends* engines) { m_engines = engines; }

private:
    using Handler = ActionReply (RdsActions::*)(const SandboxRequest&, const QDateTime&);
    static const QHash<QString, Handler>& handlers();

    ActionReply describeRegions(const SandboxRequest& request, const QDateTime& now);
    ActionReply describeDBInstances(const SandboxRequest& request, const QDateTime& now);
    ActionReply describeDBInstanceAttribute(const SandboxRequest& request, const QDateTime& now);
    ActionReply describeDatabases(const SandboxRequest& request, const QDateTime& now);
    ActionReply describeAccounts(const SandboxRequest& request, const QDateTime& now);
    ActionReply describeInstanceKeywords(const SandboxRequest& request, const QDateTime& now);
    ActionReply createAccount(const SandboxRequest& request, const QDateTime& now);
    ActionReply instancePolicyRefusal(const SandboxInstance& instance, const QString& name, const QString& type);
    ActionReply addAccount(SandboxInstance* instance, const SandboxRequest& request, const QDateTime& now);
    ActionReply deleteAccount(const SandboxRequest& request, const QDateTime& now);
    ActionReply modifyAccountDescription(const SandboxRequest& request, const QDateTime& now);
    ActionReply grantAccountPrivilege(const SandboxRequest& request, const QDateTime& now);
    ActionReply revokeAccountPrivilege(const SandboxRequest& request, const QDateTime& now);
    ActionReply applyPrivileges(SandboxInstance& instance, SandboxAccount& account, const Account& changed);
    ActionReply resetAccount(const SandboxRequest& request, const QDateTime& now);
    ActionReply resetAccountPassword(const SandboxRequest& request, const QDateTime& now);
    ActionReply lockAccount(const SandboxRequest& request, const QDateTime& now);
    ActionReply unlockAccount(const SandboxRequest& request, const QDateTime& now);
    ActionReply setLocked(const SandboxRequest& request, bool locked);
    ActionReply grantOperatorPermission(const SandboxRequest& request, const QDateTime& now);
    ActionReply revokeOperatorPermission(const SandboxRequest& request, const QDateTime& now);

    // Finds the instance (and account) a request names, or says why not in *error.
    SandboxInstance* instanceFor(const SandboxRequest& request, const QStringList& required, ActionReply* error);
    SandboxAccount* accountFor(SandboxInstance* instance, const SandboxRequest& request, ActionReply* error);
    static AccountRules rulesFor(const Instance& instance);
    QStringList databaseList(const SandboxInstance& instance, const QString& names, ActionReply* error) const;

    static QJsonObject instanceItem(const SandboxInstance& instance);
    static QJsonObject instanceAttribute(const SandboxInstance& instance);
    static QJsonObject accountItem(const SandboxInstance& instance, const SandboxAccount& account);
    static QJsonObject databaseItem(const SandboxInstance& instance, const Database& database);

    EngineBackend* engineFor(const SandboxInstance& instance) const
    {
        return m_engines ? m_engines->forInstance(instance.instance.id) : nullptr;
    }

    SandboxState& m_state;
    const EngineBackends* m_engines = nullptr;
    int m_creatingDelayMs;
};
