#pragma once

#include "AccountActions.h"

#include <QJsonObject>

// The ApsaraDB for Redis (R-KVStore 2015-01-01) Describe actions whose answers are Redis's own: regions,
// instances, and the shape of one account row for the shared DescribeAccounts. Entries of the Redis action table
// (RedisAccountActions::description()).
class RedisDescribe
{
public:
    static ActionReply describeRegions(AccountActions& actions, const SandboxRequest& request, const QDateTime& now);
    static ActionReply describeInstances(AccountActions& actions, const SandboxRequest& request, const QDateTime& now);
    static ActionReply describeInstanceAttribute(
        AccountActions& actions, const SandboxRequest& request, const QDateTime& now);

    static QJsonObject accountItem(const SandboxInstance& instance, const SandboxAccount& account);
    // The Redis wire value of an instance status: the models' "Running" is "Normal" on the wire.
    static QString wireStatus(const QString& status);

private:
    static QJsonObject instanceItem(const SandboxInstance& instance);
    static QJsonObject instanceAttribute(const SandboxInstance& instance);
};
