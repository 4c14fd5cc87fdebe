#include "RedisDescribe.h"

#include "PageRequest.h"
#include "RedisAccountActions.h"

#include <QJsonArray>

namespace {

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

int capacityMb(const Instance& instance)
{
    return instance.architecture == Architecture::Cluster ? 16384 : 4096;
}

} // namespace

ActionReply RedisDescribe::describeRegions(SandboxActions& actions, const SandboxRequest& request, const QDateTime&)
{
    const bool english = request.parameter(QStringLiteral("AcceptLanguage")) == QLatin1String("en-US");
    QJsonArray rows;
    for (const SandboxRegion& region : actions.state().regions()) {
        rows.append(QJsonObject { { QStringLiteral("RegionId"), region.id },
            { QStringLiteral("LocalName"), english ? region.localNameEn : region.localNameZh },
            { QStringLiteral("RegionEndpoint"), region.redisEndpoint },
            { QStringLiteral("ZoneIds"), region.zoneIds.join(QLatin1Char(',')) },
            { QStringLiteral("ZoneIdList"),
                QJsonObject { { QStringLiteral("ZoneId"), QJsonArray::fromStringList(region.zoneIds) } } } });
    }
    return ActionReply::ok(
        { { QStringLiteral("RegionIds"), QJsonObject { { QStringLiteral("KVStoreRegion"), rows } } } });
}

QJsonObject RedisDescribe::instanceItem(const SandboxInstance& s)
{
    const Instance& i = s.instance;
    return { { QStringLiteral("InstanceId"), i.id },
        { QStringLiteral("InstanceName"), i.description },
        { QStringLiteral("InstanceStatus"), RedisAccountActions::description().wireStatus(i.status) },
        { QStringLiteral("InstanceType"), QStringLiteral("Redis") },
        { QStringLiteral("EngineVersion"), i.engineVersion },
        { QStringLiteral("ArchitectureType"), ProductInfo::architectureWireName(i.architecture) },
        { QStringLiteral("InstanceClass"), i.instanceClass },
        { QStringLiteral("EditionType"), QStringLiteral("Community") },
        { QStringLiteral("RegionId"), i.regionId },
        { QStringLiteral("ZoneId"), s.zoneId },
        { QStringLiteral("CreateTime"), isoTime(s.createdAt) },
        { QStringLiteral("ChargeType"), QStringLiteral("PostPaid") },
        { QStringLiteral("NetworkType"), QStringLiteral("VPC") },
        { QStringLiteral("NodeType"), QStringLiteral("MASTER_SLAVE") },
        { QStringLiteral("ConnectionDomain"), QString(i.id + QStringLiteral(".redis.rds.aliyuncs.com")) },
        { QStringLiteral("Port"), 6379 },
        { QStringLiteral("Capacity"), capacityMb(i) },
        { QStringLiteral("Bandwidth"), 96 },
        { QStringLiteral("Connections"), 10000 },
        { QStringLiteral("QPS"), 100000 },
        { QStringLiteral("PrivateIp"), QStringLiteral("172.16.88.12") },
        { QStringLiteral("ResourceGroupId"), QStringLiteral("rg-acfmz7sandbox01") },
        { QStringLiteral("VpcId"), QStringLiteral("vpc-bp1sandbox0demo01") },
        { QStringLiteral("VSwitchId"), QStringLiteral("vsw-bp1sandbox0demo01") },
        { QStringLiteral("IsRds"), true },
        { QStringLiteral("Tags"), QJsonObject { { QStringLiteral("Tag"), QJsonArray() } } } };
}

ActionReply RedisDescribe::describeInstances(SandboxActions& actions, const SandboxRequest& request, const QDateTime&)
{
    const PageRequest page = PageRequest::read(request, 30, 1, 50);
    if (page.error.isError())
        return page.error;
    const QString architecture = request.parameter(QStringLiteral("ArchitectureType"));
    const QString version = request.parameter(QStringLiteral("EngineVersion"));
    const QList<const SandboxInstance*> matches = actions.instancesMatching(request, [&](const Instance& i) {
        return (architecture.isEmpty() || ProductInfo::architectureWireName(i.architecture) == architecture)
            && (version.isEmpty() || i.engineVersion == version);
    });
    const QJsonArray items = page.slice(matches, &RedisDescribe::instanceItem);
    return ActionReply::ok(
        { { QStringLiteral("Instances"), QJsonObject { { QStringLiteral("KVStoreInstance"), items } } },
            { QStringLiteral("PageNumber"), page.number },
            { QStringLiteral("PageSize"), page.size },
            { QStringLiteral("TotalCount"), matches.size() } });
}

QJsonObject RedisDescribe::instanceAttribute(const SandboxInstance& s, const EngineBackend* engine)
{
    QJsonObject item = instanceItem(s);
    item.insert(QStringLiteral("Engine"), QStringLiteral("Redis"));
    item.insert(QStringLiteral("ShardCount"), s.instance.architecture == Architecture::Cluster ? 8 : 1);
    item.insert(QStringLiteral("ReplicationMode"), QStringLiteral("master-slave"));
    item.insert(QStringLiteral("VpcAuthMode"), QStringLiteral("Open"));
    item.insert(QStringLiteral("SecurityIPList"), QStringLiteral("10.0.0.0/8"));
    item.insert(QStringLiteral("MaintainStartTime"), QStringLiteral("18:00Z"));
    item.insert(QStringLiteral("MaintainEndTime"), QStringLiteral("22:00Z"));
    item.insert(QStringLiteral("AvailabilityValue"), QStringLiteral("100%"));
    item.insert(QStringLiteral("InstanceReleaseProtection"), false);
    if (engine) {
        item.insert(QStringLiteral("ConnectionDomain"), engine->host());
        item.insert(QStringLiteral("Port"), engine->port());
    }
    return item;
}

QJsonObject RedisDescribe::accountItem(const SandboxInstance& s, const SandboxAccount& a)
{
    QJsonArray privileges;
    for (const DatabasePrivilege& p : a.account.privileges)
        privileges.append(QJsonObject { { QStringLiteral("AccountPrivilege"), p.privilege } });
    return { { QStringLiteral("InstanceId"), s.instance.id },
        { QStringLiteral("AccountName"), a.account.name },
        { QStringLiteral("AccountStatus"), a.account.status },
        { QStringLiteral("AccountType"), a.account.type },
        { QStringLiteral("AccountDescription"), a.account.description },
        { QStringLiteral("DatabasePrivileges"), QJsonObject { { QStringLiteral("DatabasePrivilege"), privileges } } } };
}
