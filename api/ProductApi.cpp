#include "ProductApi.h"

#include <QCoreApplication>

namespace {

void parseRdsEngine(const QJsonObject& row, const QString& at, JsonReader& reader, Instance& instance)
{
    const QString engine = reader.string(row, QStringLiteral("Engine"), at);
    if (!reader.ok())
        return;
    const auto parsed = ProductInfo::engineFromWireName(engine);
    if (!parsed || *parsed == Engine::Redis) {
        reader.failAt(at + QStringLiteral(".Engine"),
            QCoreApplication::translate("AccountClient", "has the unknown value \"%1\"").arg(engine));
        return;
    }
    instance.engine = *parsed;
}

void parseRedisArchitecture(const QJsonObject& row, const QString& at, JsonReader& reader, Instance& instance)
{
    instance.engine = Engine::Redis;
    const QString architecture = reader.string(row, QStringLiteral("ArchitectureType"), at);
    if (!reader.ok())
        return;
    const auto parsed = ProductInfo::architectureFromWireName(architecture);
    if (!parsed) {
        reader.failAt(at + QStringLiteral(".ArchitectureType"),
            QCoreApplication::translate("AccountClient", "has the unknown value \"%1\"").arg(architecture));
        return;
    }
    instance.architecture = *parsed;
}

// RDS: a privilege on one database, with the engine's detail where the server gives it.
DatabasePrivilege parseRdsPrivilege(const QJsonObject& item, const QString& at, JsonReader& reader)
{
    DatabasePrivilege privilege;
    privilege.dbName = reader.string(item, QStringLiteral("DBName"), at);
    privilege.privilege = reader.string(item, QStringLiteral("AccountPrivilege"), at);
    privilege.detail = reader.string(item, QStringLiteral("AccountPrivilegeDetail"), at, false);
    return privilege;
}

// Redis: the account's role, no database.
DatabasePrivilege parseRedisRole(const QJsonObject& item, const QString& at, JsonReader& reader)
{
    DatabasePrivilege privilege;
    privilege.privilege = reader.string(item, QStringLiteral("AccountPrivilege"), at);
    return privilege;
}

ProductApi rds()
{
    ProductApi api;
    api.product = Product::Rds;
    api.instanceIdParameter = ProductInfo::instanceIdParameter(Product::Rds);
    api.actions = { QStringLiteral("DescribeRegions"),
        QStringLiteral("DescribeDBInstances"),
        QStringLiteral("DescribeDBInstanceAttribute"),
        QStringLiteral("DescribeDatabases"),
        QStringLiteral("DescribeAccounts"),
        QStringLiteral("DescribeInstanceKeywords"),
        QStringLiteral("CreateAccount"),
        QStringLiteral("DeleteAccount"),
        QStringLiteral("ModifyAccountDescription"),
        QStringLiteral("GrantAccountPrivilege"),
        QStringLiteral("RevokeAccountPrivilege"),
        QStringLiteral("ResetAccount"),
        QStringLiteral("ResetAccountPassword"),
        QStringLiteral("LockAccount"),
        QStringLiteral("UnlockAccount"),
        QStringLiteral("GrantOperatorPermission"),
        QStringLiteral("RevokeOperatorPermission") };
    api.regionsPath = QStringLiteral("Regions.RDSRegion");
    api.describeInstancesAction = QStringLiteral("DescribeDBInstances");
    api.instancesPath = QStringLiteral("Items.DBInstance");
    api.instancesByNextToken = true;
    api.describeAttributeAction = QStringLiteral("DescribeDBInstanceAttribute");
    api.attributePath = QStringLiteral("Items.DBInstanceAttribute");
    api.addressKey = QStringLiteral("ConnectionString");
    api.accountsArray = QStringLiteral("DBInstanceAccount");
    api.totalKey = QStringLiteral("TotalRecordCount");
    api.instanceDescriptionKey = QStringLiteral("DBInstanceDescription");
    api.instanceStatusKey = QStringLiteral("DBInstanceStatus");
    api.instanceClassKey = QStringLiteral("DBInstanceClass");
    api.parseInstanceKind = parseRdsEngine;
    api.parsePrivilege = parseRdsPrivilege;
    api.createKindParameter = QStringLiteral("AccountType");
    api.createKindField = &AccountDraft::type;
    return api;
}

ProductApi redis()
{
    ProductApi api;
    api.product = Product::Redis;
    api.instanceIdParameter = ProductInfo::instanceIdParameter(Product::Redis);
    api.actions = { QStringLiteral("DescribeRegions"),
        QStringLiteral("DescribeInstances"),
        QStringLiteral("DescribeInstanceAttribute"),
        QStringLiteral("DescribeAccounts"),
        QStringLiteral("CreateAccount"),
        QStringLiteral("DeleteAccount"),
        QStringLiteral("ModifyAccountDescription"),
        QStringLiteral("GrantAccountPrivilege"),
        QStringLiteral("ModifyAccountPassword"),
        QStringLiteral("ResetAccountPassword") };
    api.regionsPath = QStringLiteral("RegionIds.KVStoreRegion");
    api.describeInstancesAction = QStringLiteral("DescribeInstances");
    api.instancesPath = QStringLiteral("Instances.KVStoreInstance");
    api.describeAttributeAction = QStringLiteral("DescribeInstanceAttribute");
    api.attributePath = QStringLiteral("Instances.DBInstanceAttribute");
    api.addressKey = QStringLiteral("ConnectionDomain");
    api.accountsArray = QStringLiteral("Account");
    api.totalKey = QStringLiteral("TotalCount");
    api.instancePageSize = 50; // the API's maximum
    api.instanceDescriptionKey = QStringLiteral("InstanceName");
    api.instanceStatusKey = QStringLiteral("InstanceStatus");
    api.instanceClassKey = QStringLiteral("InstanceClass");
    api.parseInstanceKind = parseRedisArchitecture;
    api.statusMapping = { { QStringLiteral("Normal"), QStringLiteral("Running") } };
    api.accountTypeRequired = false;
    api.parsePrivilege = parseRedisRole;
    api.privilegesPerDatabase = false;
    api.createKindParameter = QStringLiteral("AccountPrivilege");
    api.createKindField = &AccountDraft::redisPrivilege;
    api.createKindDefault = QStringLiteral("RoleReadWrite");
    return api;
}

} // namespace

QString ProductApi::domainStatus(const QString& wireStatus) const
{
    for (const auto& [wire, domain] : statusMapping) {
        if (wire == wireStatus)
            return domain;
    }
    return wireStatus;
}

QString ProductApi::createKind(const AccountDraft& draft) const
{
    const QString kind = createKindField ? draft.*createKindField : QString();
    return kind.isEmpty() ? createKindDefault : kind;
}

const ProductApi& ProductApi::of(Product product)
{
    // Built once, read-only afterwards.
    static const ProductApi rdsApi = rds();
    static const ProductApi redisApi = redis();
    return product == Product::Redis ? redisApi : rdsApi;
}

const QList<Product>& ProductApi::products()
{
    static const QList<Product> all { Product::Rds, Product::Redis };
    return all;
}
