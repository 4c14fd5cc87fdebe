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

// The ApsaraDB for Redis (R-KVStore 2015-01-01) actions of product-rules.md, one handler each, with the request
// parameter names and response JSON paths of alibaba-openapi.md. Rules come from models/.
class RedisActions
{
    Q_DECLARE_TR_FUNCTIONS(RedisActions)

public:
    RedisActions(SandboxState& state, int creatingDelayMs);

    static bool handles(const QString& action);
    ActionReply handle(const QString& action, const SandboxRequest& request, const QDateTime& now);
    // --engines: account actions on a mapped instance take effect in its engine first.
    void setEngines(const EngineBackends* engines) { m_engines = engines; }

    // The Redis wire value of an instance status: the models' "Running" is "Normal" on the wire.
    static QString wireStatus(const QString& status);

private:
    using Handler = ActionReply (RedisActions::*)(const SandboxRequest&, const QDateTime&);
    static const QHash<QString, Handler>& handlers();

    ActionReply describeRegions(const SandboxRequest& request, const QDateTime& now);
    ActionReply describeInstances(const SandboxRequest& request, const QDateTime& now);
    ActionReply describeInstanceAttribute(const SandboxRequest& request, const QDateTime& now);
    ActionReply describeAccounts(const SandboxRequest& request, const QDateTime& now);
    ActionReply createAccount(const SandboxRequest& request, const QDateTime& now);
    ActionReply grantAccountPrivilege(const SandboxRequest& request, const QDateTime& now);
    ActionReply modifyAccountDescription(const SandboxRequest& request, const QDateTime& now);
    ActionReply modifyAccountPassword(const SandboxRequest& request, const QDateTime& now);
    ActionReply resetAccountPassword(const SandboxRequest& request, const QDateTime& now);
    ActionReply deleteAccount(const SandboxRequest& request, const QDateTime& now);

    SandboxInstance* instanceFor(const SandboxRequest& request, const QStringList& required, ActionReply* error);
    SandboxAccount* accountFor(SandboxInstance* instance, const SandboxRequest& request, ActionReply* error);
    ActionReply refuseModify(const SandboxInstance& instance, const Account& account) const;

    static QJsonObject instanceItem(const SandboxInstance& instance);
    static QJsonObject instanceAttribute(const SandboxInstance& instance);
    static QJsonObject accountItem(const SandboxInstance& instance, const SandboxAccount& account);

    EngineBackend* engineFor(const SandboxInstance& instance) const
    {
        return m_engines ? m_engines->forInstance(instance.instance.id) : nullptr;
    }

    SandboxState& m_state;
    const EngineBackends* m_engines = nullptr;
    int m_creatingDelayMs;
};
