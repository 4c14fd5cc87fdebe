#pragma once

#include "SandboxActions.h"

#include <QCoreApplication>
#include <QJsonObject>

// The ApsaraDB RDS (2014-08-15) Describe actions whose answers are RDS's own: regions, instances, databases,
// reserved words, and the shapes of an instance's attributes and of an account row for the shared
// DescribeDBInstanceAttribute and DescribeAccounts. Entries of the RDS action
// table (RdsAccountActions::description()).
class RdsDescribe
{
    Q_DECLARE_TR_FUNCTIONS(RdsDescribe)

public:
    static ActionReply describeRegions(SandboxActions& actions, const SandboxRequest& request, const QDateTime& now);
    static ActionReply describeDBInstances(
        SandboxActions& actions, const SandboxRequest& request, const QDateTime& now);
    static ActionReply describeDatabases(SandboxActions& actions, const SandboxRequest& request, const QDateTime& now);
    static ActionReply describeInstanceKeywords(
        SandboxActions& actions, const SandboxRequest& request, const QDateTime& now);

    static QJsonObject instanceAttribute(const SandboxInstance& instance, const EngineBackend* engine);
    static QJsonObject accountItem(const SandboxInstance& instance, const SandboxAccount& account);

private:
    static QJsonObject instanceItem(const SandboxInstance& instance);
    static QJsonObject databaseItem(const SandboxInstance& instance, const Database& database);
};
