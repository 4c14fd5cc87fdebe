#pragma once

#include "SandboxActions.h"

#include <QJsonObject>

// The ApsaraDB for Redis (R-KVStore 2015-01-01) Describe actions whose answers are Redis's own: regions,
// instances, and the shapes of an instance's attributes and of an account row for the shared
// DescribeInstanceAttribute and DescribeAccounts. Entries of the Redis action table
// (RedisAccountActions::description()).
class RedisDescribe
{
public:
    static ActionReply describeRegions(SandboxActions& actions, const SandboxRequest& request, const QDateTime& now);
    static ActionReply describeInstances(SandboxActions& actions, const SandboxRequest& request, const QDateTime& now);

    static QJsonObject instanceAttribute(const SandboxInstance& instance, const EngineBackend* engine);
    static QJsonObject accountItem(const SandboxInstance& instance, const SandboxAccount& account);

private:
    static QJsonObject instanceItem(const SandboxInstance& instance);
};
