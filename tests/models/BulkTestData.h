#pragma once

#include "BulkTarget.h"

// Instances and accounts for the bulk plan and runner tests.
namespace BulkTestData {

inline Instance instance(const QString& id, Engine engine, const QString& version = QStringLiteral("8.0"))
{
    Instance i;
    i.id = id;
    i.engine = engine;
    i.product = ProductInfo::productOf(engine);
    i.engineVersion = version;
    i.status = QStringLiteral("Running");
    if (i.product == Product::Rds)
        i.databases = { Database { QStringLiteral("orders"), QStringLiteral("Running"), {}, {} },
            Database { QStringLiteral("billing"), QStringLiteral("Running"), {}, {} } };
    return i;
}

inline Account account(const Instance& instance, const QString& name, const QList<DatabasePrivilege>& privileges = {})
{
    Account a;
    a.instanceId = instance.id;
    a.name = name;
    a.type = QStringLiteral("Normal");
    a.status = QStringLiteral("Available");
    a.privileges = privileges;
    return a;
}

inline BulkTarget target(
    const Instance& instance, const Account& account, const QString& profile = QStringLiteral("p1"))
{
    Instance listed = instance;
    listed.profile = profile;
    return BulkTarget::of(listed, account);
}

inline BulkTarget instanceTarget(const Instance& instance, const QList<Account>& accounts = {})
{
    BulkTarget t = target(instance, Account());
    t.instanceAccounts = accounts;
    return t;
}

} // namespace BulkTestData
