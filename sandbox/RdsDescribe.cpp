#include "RdsDescribe.h"

#include "InstanceKeywords.h"
#include "PageRequest.h"

#include <QJsonArray>

namespace {

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString connectionString(const Instance& instance)
{
    const QString engine = instance.engine == Engine::PostgreSQL ? QStringLiteral("pg")
        : instance.engine == Engine::SQLServer                   ? QStringLiteral("sqlserver")
        : instance.engine == Engine::MariaDB                     ? QStringLiteral("mariadb")
                                                                 : QStringLiteral("mysql");
    return instance.id + QLatin1Char('.') + engine + QStringLiteral(".rds.aliyuncs.com");
}

QString port(const Instance& instance)
{
    switch (instance.engine) {
    case Engine::PostgreSQL:
        return QStringLiteral("5432");
    case Engine::SQLServer:
        return QStringLiteral("1433");
    default:
        return QStringLiteral("3306");
    }
}

// Zone "cn-hangzhou-h" of "China (Hangzhou)" -> "Hangzhou Zone H" (en) or "华东1（杭州） 可用区H" (zh).
QString zoneName(const SandboxRegion& region, const QString& zoneId, bool chinese)
{
    const QString letter = zoneId.right(1).toUpper();
    if (chinese)
        return region.localNameZh + QStringLiteral(" 可用区") + letter;
    QString city = region.localNameEn;
    const qsizetype open = city.indexOf(QLatin1Char('('));
    if (open >= 0)
        city = city.mid(open + 1).chopped(1);
    return city + QStringLiteral(" Zone ") + letter;
}

} // namespace

ActionReply RdsDescribe::describeRegions(SandboxActions& actions, const SandboxRequest& request, const QDateTime&)
{
    const bool chinese = request.parameter(QStringLiteral("AcceptLanguage")) == QLatin1String("zh-CN");
    QJsonArray rows;
    for (const SandboxRegion& region : actions.state().regions()) {
        for (const QString& zone : region.zoneIds) {
            rows.append(QJsonObject { { QStringLiteral("RegionId"), region.id },
                { QStringLiteral("ZoneId"), zone },
                { QStringLiteral("ZoneName"), zoneName(region, zone, chinese) },
                { QStringLiteral("LocalName"), chinese ? region.localNameZh : region.localNameEn },
                { QStringLiteral("RegionEndpoint"), region.rdsEndpoint } });
        }
    }
    return ActionReply::ok({ { QStringLiteral("Regions"), QJsonObject { { QStringLiteral("RDSRegion"), rows } } } });
}

QJsonObject RdsDescribe::instanceItem(const SandboxInstance& s)
{
    const Instance& i = s.instance;
    return { { QStringLiteral("DBInstanceId"), i.id },
        { QStringLiteral("DBInstanceDescription"), i.description },
        { QStringLiteral("Engine"), ProductInfo::engineWireName(i.engine) },
        { QStringLiteral("EngineVersion"), i.engineVersion },
        { QStringLiteral("DBInstanceStatus"), i.status },
        { QStringLiteral("DBInstanceClass"), i.instanceClass },
        { QStringLiteral("DBInstanceType"), QStringLiteral("Primary") },
        { QStringLiteral("DBInstanceNetType"), QStringLiteral("Intranet") },
        { QStringLiteral("DBInstanceStorageType"), QStringLiteral("cloud_essd") },
        { QStringLiteral("Category"), QStringLiteral("HighAvailability") },
        { QStringLiteral("ConnectionMode"), QStringLiteral("Standard") },
        { QStringLiteral("ConnectionString"), connectionString(i) },
        { QStringLiteral("InstanceNetworkType"), QStringLiteral("VPC") },
        { QStringLiteral("LockMode"), QStringLiteral("Unlock") },
        { QStringLiteral("LockReason"), QString() },
        { QStringLiteral("PayType"), QStringLiteral("Postpaid") },
        // Deliberate: the real API's misspelling (Items.DBInstance[].MutriORsignle); tst_wirespellings pins it.
        { QStringLiteral("MutriORsignle"), false },
        { QStringLiteral("DeletionProtection"), false },
        { QStringLiteral("CreateTime"), isoTime(s.createdAt) },
        { QStringLiteral("ExpireTime"), QString() },
        { QStringLiteral("RegionId"), i.regionId },
        { QStringLiteral("ZoneId"), s.zoneId },
        { QStringLiteral("ResourceGroupId"), QStringLiteral("rg-acfmz7sandbox01") },
        { QStringLiteral("VpcId"), QStringLiteral("vpc-bp1sandbox0demo01") },
        { QStringLiteral("VSwitchId"), QStringLiteral("vsw-bp1sandbox0demo01") },
        { QStringLiteral("ReadOnlyDBInstanceIds"),
            QJsonObject { { QStringLiteral("ReadOnlyDBInstanceId"), QJsonArray() } } } };
}

ActionReply RdsDescribe::describeDBInstances(SandboxActions& actions, const SandboxRequest& request, const QDateTime&)
{
    if (const QString missing = request.firstMissing({ QStringLiteral("RegionId") }); !missing.isEmpty())
        return ActionReply::missingParameter(missing);
    const QString engine = request.parameter(QStringLiteral("Engine"));
    const QList<const SandboxInstance*> matches = actions.instancesMatching(request, [&](const Instance& i) {
        return engine.isEmpty() || ProductInfo::engineWireName(i.engine).compare(engine, Qt::CaseInsensitive) == 0;
    });

    // Token paging (NextToken/MaxResults) when the caller uses it; page paging otherwise.
    const bool tokenPaging
        = request.hasParameter(QStringLiteral("NextToken")) || request.hasParameter(QStringLiteral("MaxResults"));
    qsizetype offset = 0;
    int size = 30;
    int pageNumber = 1;
    if (tokenPaging) {
        const QString token = request.parameter(QStringLiteral("NextToken"));
        bool ok = true;
        if (!token.isEmpty())
            offset = QByteArray::fromBase64(token.toLatin1()).toLongLong(&ok);
        if (!ok || offset < 0) {
            return ActionReply::error(400,
                QStringLiteral("InvalidNextToken.Malformed"),
                tr("The NextToken parameter is not a token this service issued."));
        }
        const QString maxResults = request.parameter(QStringLiteral("MaxResults"));
        size = maxResults.isEmpty() ? 30 : std::clamp(maxResults.toInt(), 1, 100);
    } else {
        const PageRequest page = PageRequest::read(request, 30, 1, 100);
        if (page.error.isError())
            return page.error;
        offset = page.offset();
        size = page.size;
        pageNumber = page.number;
    }
    const QJsonArray items = PageRequest::slice(matches, offset, size, &RdsDescribe::instanceItem);
    const qsizetype end = offset + items.size();
    const QString nextToken
        = tokenPaging && end < matches.size() ? QString::fromLatin1(QByteArray::number(end).toBase64()) : QString();
    return ActionReply::ok({ { QStringLiteral("Items"), QJsonObject { { QStringLiteral("DBInstance"), items } } },
        { QStringLiteral("PageNumber"), pageNumber },
        { QStringLiteral("PageRecordCount"), items.size() },
        { QStringLiteral("TotalRecordCount"), matches.size() },
        { QStringLiteral("NextToken"), nextToken } });
}

QJsonObject RdsDescribe::instanceAttribute(const SandboxInstance& s, const EngineBackend* engine)
{
    QJsonObject item = instanceItem(s);
    const Instance& i = s.instance;
    item.remove(QStringLiteral("CreateTime"));
    item.insert(QStringLiteral("CreationTime"), isoTime(s.createdAt));
    item.insert(QStringLiteral("Port"), port(i));
    item.insert(QStringLiteral("AccountMaxQuantity"), s.effectiveAccountQuota());
    // What the sandbox does not model: the same for every instance.
    static const QJsonObject fixed { { QStringLiteral("DBMaxQuantity"), 500 },
        { QStringLiteral("DBInstanceMemory"), 8192 },
        { QStringLiteral("DBInstanceCPU"), QStringLiteral("4") },
        { QStringLiteral("DBInstanceStorage"), 100 },
        { QStringLiteral("MaxConnections"), 4000 },
        { QStringLiteral("MaxIOPS"), 9000 },
        { QStringLiteral("MaintainTime"), QStringLiteral("18:00Z-22:00Z") },
        { QStringLiteral("AvailabilityValue"), QStringLiteral("100.0%") },
        { QStringLiteral("SecurityIPList"), QStringLiteral("10.0.0.0/8") },
        { QStringLiteral("SecurityIPMode"), QStringLiteral("normal") },
        { QStringLiteral("SuperPermissionMode"), QStringLiteral("Enable") },
        { QStringLiteral("AutoUpgradeMinorVersion"), QStringLiteral("Auto") },
        { QStringLiteral("ConsoleVersion"), QStringLiteral("2") },
        { QStringLiteral("InstructionSetArch"), QStringLiteral("x86") },
        { QStringLiteral("IPType"), QStringLiteral("IPv4") },
        { QStringLiteral("TimeZone"), QStringLiteral("China Standard Time") } };
    for (auto field = fixed.constBegin(); field != fixed.constEnd(); ++field)
        item.insert(field.key(), field.value());
    // The service account's access, until it lapses at ExpiredTime (SandboxState::expireOperatorPermissions).
    if (s.operatorPermission) {
        item.insert(QStringLiteral("OperatorPermission"),
            QJsonObject { { QStringLiteral("Privileges"), s.operatorPermission->privileges },
                { QStringLiteral("ExpiredTime"),
                    s.operatorPermission->expiredTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")) } });
    }
    if (engine) {
        item.insert(QStringLiteral("ConnectionString"), engine->host());
        item.insert(QStringLiteral("Port"), QString::number(engine->port()));
    }
    return item;
}

QJsonObject RdsDescribe::databaseItem(const SandboxInstance& s, const Database& database)
{
    QJsonArray accounts;
    for (const SandboxAccount& a : s.accounts) {
        for (const DatabasePrivilege& p : a.account.privileges) {
            if (p.dbName == database.name) {
                accounts.append(QJsonObject { { QStringLiteral("Account"), a.account.name },
                    { QStringLiteral("AccountPrivilege"), p.privilege },
                    { QStringLiteral("AccountPrivilegeDetail"), p.detail } });
            }
        }
    }
    return { { QStringLiteral("DBName"), database.name },
        { QStringLiteral("DBStatus"), database.status },
        { QStringLiteral("CharacterSetName"), database.characterSet },
        { QStringLiteral("DBDescription"), database.description },
        { QStringLiteral("DBInstanceId"), s.instance.id },
        { QStringLiteral("Engine"), ProductInfo::engineWireName(s.instance.engine) },
        { QStringLiteral("Accounts"), QJsonObject { { QStringLiteral("AccountPrivilegeInfo"), accounts } } } };
}

ActionReply RdsDescribe::describeDatabases(SandboxActions& actions, const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance = actions.instanceFor(request, {}, &error);
    if (!instance)
        return error;
    const PageRequest page = PageRequest::read(request, 30, 30, 100);
    if (page.error.isError())
        return page.error;
    const QString name = request.parameter(QStringLiteral("DBName"));
    const QString status = request.parameter(QStringLiteral("DBStatus"));
    QList<const Database*> matches;
    for (const Database& d : instance->instance.databases) {
        if ((name.isEmpty() || d.name == name) && (status.isEmpty() || d.status == status))
            matches.append(&d);
    }
    const QJsonArray items = page.slice(matches, [&](const Database& d) { return databaseItem(*instance, d); });
    return ActionReply::ok({ { QStringLiteral("Databases"), QJsonObject { { QStringLiteral("Database"), items } } } });
}

QJsonObject RdsDescribe::accountItem(const SandboxInstance& s, const SandboxAccount& a)
{
    QJsonArray privileges;
    for (const DatabasePrivilege& p : a.account.privileges) {
        privileges.append(QJsonObject { { QStringLiteral("DBName"), p.dbName },
            { QStringLiteral("AccountPrivilege"), p.privilege },
            { QStringLiteral("AccountPrivilegeDetail"), p.detail } });
    }
    QJsonObject item { { QStringLiteral("DBInstanceId"), s.instance.id },
        { QStringLiteral("AccountName"), a.account.name },
        { QStringLiteral("AccountStatus"), a.account.status },
        { QStringLiteral("AccountType"), a.account.type },
        { QStringLiteral("AccountDescription"), a.account.description },
        { QStringLiteral("PrivExceeded"), QStringLiteral("0") },
        { QStringLiteral("DatabasePrivileges"), QJsonObject { { QStringLiteral("DatabasePrivilege"), privileges } } } };
    if (s.instance.engine == Engine::PostgreSQL) {
        const bool super = a.account.type == QLatin1String("Super");
        const QString yes = QStringLiteral("t"), no = QStringLiteral("f");
        item.insert(QStringLiteral("CreateDB"), super ? yes : no);
        item.insert(QStringLiteral("CreateRole"), super ? yes : no);
        item.insert(QStringLiteral("Replication"), no);
        item.insert(QStringLiteral("BypassRLS"), no);
        item.insert(QStringLiteral("ValidUntil"), QStringLiteral("infinity"));
    }
    if (s.instance.engine == Engine::SQLServer)
        item.insert(QStringLiteral("CheckPolicy"), true);
    return item;
}

ActionReply RdsDescribe::describeInstanceKeywords(SandboxActions&, const SandboxRequest& request, const QDateTime&)
{
    if (const QString missing = request.firstMissing({ QStringLiteral("Key") }); !missing.isEmpty())
        return ActionReply::missingParameter(missing);
    const QString key = request.parameter(QStringLiteral("Key"));
    if (key != QLatin1String("account") && key != QLatin1String("database")) {
        return ActionReply::error(
            400, QStringLiteral("InvalidParameter"), tr("The Key parameter must be account or database."));
    }
    const QStringList& words
        = key == QLatin1String("account") ? InstanceKeywords::accountWords() : InstanceKeywords::databaseWords();
    return ActionReply::ok({ { QStringLiteral("Key"), key },
        { QStringLiteral("Words"), QJsonObject { { QStringLiteral("word"), QJsonArray::fromStringList(words) } } } });
}
