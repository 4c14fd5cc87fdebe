#include "ProductApi.h"

#include "ApiActionTable.h"

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

// The wire names that differ between the products, side by side: one row per ProductApi field.
struct WireName
{
    QString ProductApi::*field;
    const char* rds;
    const char* redis;
};

// clang-format off
constexpr WireName WireNames[] = {
    { &ProductApi::regionsPath,             "Regions.RDSRegion",           "RegionIds.KVStoreRegion" },
    { &ProductApi::describeInstancesAction, "DescribeDBInstances",         "DescribeInstances" },
    { &ProductApi::instancesPath,           "Items.DBInstance",            "Instances.KVStoreInstance" },
    { &ProductApi::describeAttributeAction, "DescribeDBInstanceAttribute", "DescribeInstanceAttribute" },
    { &ProductApi::attributePath,           "Items.DBInstanceAttribute",   "Instances.DBInstanceAttribute" },
    { &ProductApi::addressKey,              "ConnectionString",            "ConnectionDomain" },
    { &ProductApi::accountsArray,           "DBInstanceAccount",           "Account" },
    { &ProductApi::totalKey,                "TotalRecordCount",            "TotalCount" },
    { &ProductApi::instanceDescriptionKey,  "DBInstanceDescription",       "InstanceName" },
    { &ProductApi::instanceStatusKey,       "DBInstanceStatus",            "InstanceStatus" },
    { &ProductApi::instanceClassKey,        "DBInstanceClass",             "InstanceClass" },
    { &ProductApi::createKindParameter,     "AccountType",                 "AccountPrivilege" },
};
// clang-format on

// What every product's description takes from shared tables: its column of wire names, its instance-ID parameter
// and the actions the app's operations send on it (ApiActionTable, the table the RAM policies come from, so the
// client can send nothing a policy does not grant).
ProductApi described(ProductApi api)
{
    for (const WireName& name : WireNames)
        api.*name.field = QLatin1String(api.product == Product::Redis ? name.redis : name.rds);
    api.instanceIdParameter = ProductInfo::instanceIdParameter(api.product);
    for (AccountOperation operation : ApiActionTable::allOperations())
        api.actions << ApiActionTable::actions(operation, api.product);
    api.actions.removeDuplicates();
    return api;
}

ProductApi rds()
{
    ProductApi api;
    api.product = Product::Rds;
    api.instancesByNextToken = true;
    api.parseInstanceKind = parseRdsEngine;
    api.parsePrivilege = parseRdsPrivilege;
    api.createKindField = &AccountDraft::type;
    return described(api);
}

ProductApi redis()
{
    ProductApi api;
    api.product = Product::Redis;
    api.instancePageSize = 50; // the API's maximum
    api.parseInstanceKind = parseRedisArchitecture;
    api.statusMapping = { { QStringLiteral("Normal"), QStringLiteral("Running") } };
    api.accountTypeRequired = false;
    api.parsePrivilege = parseRedisRole;
    api.privilegesPerDatabase = false;
    api.createKindField = &AccountDraft::redisPrivilege;
    api.createKindDefault = QStringLiteral("RoleReadWrite");
    return described(api);
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
