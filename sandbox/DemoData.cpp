#include "DemoData.h"

#include "InstancePolicy.h"
#include "SandboxLogging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr const char* FormatMarker = "apsara-sandbox-demo";
constexpr int FormatVersion = 1;

// Reads one demo document; the first problem ends the read and is kept in error().
class DemoReader
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    explicit DemoReader(const QDateTime& now)
        : m_now(now)
    {
    }

    SandboxState read(const QJsonObject& document);
    const QString& error() const { return m_error; }

private:
    bool fail(const QString& error)
    {
        if (m_error.isEmpty())
            m_error = error;
        return false;
    }
    // A text field that must be there; the record is named in the error.
    QString text(const QJsonObject& o, const char* field, const QString& record);
    int days(const QJsonObject& o, const char* field, const QString& record);

    bool readRegion(const QJsonObject& o, SandboxState& state);
    bool readInstance(const QJsonObject& o, SandboxState& state);
    bool readDatabases(const QJsonArray& rows, SandboxInstance& s);
    bool readAccount(const QJsonObject& o, int instanceAgeDays, SandboxInstance& s);
    bool readGrants(const QJsonObject& o, const QString& record, SandboxAccount& a, const SandboxInstance& s);
    bool checkPlace(const SandboxInstance& s, const SandboxState& state);
    static SandboxAccount defaultRedisAccount(const SandboxInstance& s);

    QDateTime m_now;
    QJsonObject m_details; // privilege -> AccountPrivilegeDetail (RDS)
    QString m_error;
};

QString DemoReader::text(const QJsonObject& o, const char* field, const QString& record)
{
    const QJsonValue value = o.value(QLatin1String(field));
    if (!value.isString()) {
        fail(tr("%1: the field '%2' is missing or not text").arg(record, QLatin1String(field)));
        return {};
    }
    return value.toString();
}

int DemoReader::days(const QJsonObject& o, const char* field, const QString& record)
{
    const QJsonValue value = o.value(QLatin1String(field));
    if (!value.isDouble() || value.toInt(-1) < 0) {
        fail(tr("%1: the field '%2' is missing or not a number of days").arg(record, QLatin1String(field)));
        return 0;
    }
    return value.toInt();
}

SandboxState DemoReader::read(const QJsonObject& document)
{
    SandboxState state;
    if (document.value(QLatin1String("format")).toString() != QLatin1String(FormatMarker)
        || document.value(QLatin1String("version")).toInt(-1) != FormatVersion) {
        fail(tr("it is not apsara-sandbox demo data version %1 (\"format\": \"%2\")")
                 .arg(FormatVersion)
                 .arg(QLatin1String(FormatMarker)));
        return {};
    }
    m_details = document.value(QLatin1String("privilegeDetails")).toObject();
    for (const QJsonValue& v : document.value(QLatin1String("regions")).toArray()) {
        if (!readRegion(v.toObject(), state))
            return {};
    }
    for (const QJsonValue& v : document.value(QLatin1String("instances")).toArray()) {
        if (!readInstance(v.toObject(), state))
            return {};
    }
    if (const QString violation = state.ruleViolation(); !violation.isEmpty()) {
        fail(violation);
        return {};
    }
    return state;
}

bool DemoReader::readRegion(const QJsonObject& o, SandboxState& state)
{
    const QString record = tr("region %1").arg(o.value(QLatin1String("id")).toString());
    SandboxRegion r;
    r.id = text(o, "id", record);
    r.localNameEn = text(o, "localNameEn", record);
    r.localNameZh = text(o, "localNameZh", record);
    r.rdsEndpoint = text(o, "rdsEndpoint", record);
    r.redisEndpoint = text(o, "redisEndpoint", record);
    for (const QJsonValue& zone : o.value(QLatin1String("zoneIds")).toArray())
        r.zoneIds.append(zone.toString());
    if (r.zoneIds.isEmpty())
        fail(tr("%1: it has no zones").arg(record));
    state.regions().append(r);
    return m_error.isEmpty();
}

bool DemoReader::readInstance(const QJsonObject& o, SandboxState& state)
{
    const QString id = o.value(QLatin1String("id")).toString();
    const QString record = tr("instance %1").arg(id);
    SandboxInstance s;
    Instance& i = s.instance;
    i.id = text(o, "id", record);
    i.regionId = text(o, "regionId", record);
    s.zoneId = text(o, "zoneId", record);
    const QString engine = text(o, "engine", record);
    i.engineVersion = text(o, "engineVersion", record);
    i.status = text(o, "status", record);
    i.instanceClass = text(o, "instanceClass", record);
    i.description = text(o, "description", record);
    const int ageDays = days(o, "ageDays", record);
    const int accountAgeDays = days(o, "accountAgeDays", record);
    if (!m_error.isEmpty())
        return false;
    const std::optional<Engine> known = ProductInfo::engineFromWireName(engine);
    if (!known)
        return fail(tr("%1: engine '%2' is not an engine of RDS or Redis").arg(record, engine));
    i.engine = *known;
    i.product = ProductInfo::productOf(i.engine);
    const QString architecture = o.value(QLatin1String("architecture")).toString(QStringLiteral("standard"));
    const std::optional<Architecture> shape = ProductInfo::architectureFromWireName(architecture);
    if (!shape)
        return fail(tr("%1: architecture '%2' is not standard, cluster or rwsplit").arg(record, architecture));
    i.architecture = *shape;
    s.createdAt = m_now.addDays(-ageDays);
    s.accountQuota = o.value(QLatin1String("accountQuota")).toInt(0);
    if (!checkPlace(s, state) || !readDatabases(o.value(QLatin1String("databases")).toArray(), s))
        return false;
    if (i.product == Product::Redis)
        s.accounts.append(defaultRedisAccount(s));
    for (const QJsonValue& v : o.value(QLatin1String("accounts")).toArray()) {
        if (!readAccount(v.toObject(), accountAgeDays, s))
            return false;
    }
    state.instances().append(s);
    return true;
}

// The instance's ID is new, and its region and zone are the document's.
bool DemoReader::checkPlace(const SandboxInstance& s, const SandboxState& state)
{
    const QString record = tr("instance %1").arg(s.instance.id);
    for (const SandboxInstance& other : state.instances()) {
        if (other.instance.id == s.instance.id)
            return fail(tr("%1 appears twice").arg(record));
    }
    for (const SandboxRegion& region : state.regions()) {
        if (region.id != s.instance.regionId)
            continue;
        if (!region.zoneIds.contains(s.zoneId))
            return fail(tr("%1: zone %2 is not a zone of region %3").arg(record, s.zoneId, region.id));
        return true;
    }
    return fail(tr("%1: region %2 is not one of the demo regions").arg(record, s.instance.regionId));
}

bool DemoReader::readDatabases(const QJsonArray& rows, SandboxInstance& s)
{
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        const QString record
            = tr("instance %1, database %2").arg(s.instance.id, o.value(QLatin1String("name")).toString());
        const Database database { text(o, "name", record),
            QStringLiteral("Running"),
            text(o, "characterSet", record),
            text(o, "description", record) };
        s.instance.databases.append(database);
    }
    return m_error.isEmpty();
}

// The default account comes with a Redis instance and is named exactly like it (the Redis seed's FAQ).
SandboxAccount DemoReader::defaultRedisAccount(const SandboxInstance& s)
{
    SandboxAccount a;
    a.account.instanceId = s.instance.id;
    a.account.name = s.instance.id;
    a.account.type = QStringLiteral("Normal");
    a.account.status = QStringLiteral("Available");
    a.account.description = QStringLiteral("Default-account");
    a.account.privileges = { { QString(), QStringLiteral("RoleReadWrite"), QString() } };
    a.passwordSha256 = SandboxAccount::hashPassword(QLatin1String(DemoData::DemoPassword));
    a.createdAt = s.createdAt;
    return a;
}

bool DemoReader::readAccount(const QJsonObject& o, int instanceAgeDays, SandboxInstance& s)
{
    static const QStringList statuses {
        QStringLiteral("Available"), QStringLiteral("Creating"), QStringLiteral("Unavailable"), QStringLiteral("Locked")
    };
    const QString record = tr("instance %1, account %2").arg(s.instance.id, o.value(QLatin1String("name")).toString());
    SandboxAccount a;
    a.account.instanceId = s.instance.id;
    a.account.name = text(o, "name", record);
    a.account.type = text(o, "type", record);
    a.account.status = text(o, "status", record);
    a.account.description = text(o, "description", record);
    const int ageDays = o.contains(QLatin1String("ageDays")) ? days(o, "ageDays", record) : instanceAgeDays;
    if (!m_error.isEmpty())
        return false;
    if (s.findAccount(a.account.name))
        return fail(tr("%1 appears twice").arg(record));
    if (!statuses.contains(a.account.status))
        return fail(tr("%1: status '%2' is not an account status").arg(record, a.account.status));
    if (!readGrants(o, record, a, s))
        return false;
    a.passwordSha256 = SandboxAccount::hashPassword(QLatin1String(DemoData::DemoPassword));
    a.createdAt = m_now.addDays(-ageDays);
    if (o.contains(QLatin1String("availableInSeconds")))
        a.availableAt = m_now.addSecs(o.value(QLatin1String("availableInSeconds")).toInt());
    s.accounts.append(a);
    return true;
}

// RDS: [database, privilege] pairs on the instance's databases. Redis: one role, allowed on this architecture.
bool DemoReader::readGrants(const QJsonObject& o, const QString& record, SandboxAccount& a, const SandboxInstance& s)
{
    if (s.instance.product == Product::Redis) {
        const QString role = text(o, "privilege", record);
        if (const FieldCheck check = InstancePolicy::canUsePrivilege(s.instance, role); !check.isValid())
            return fail(tr("%1: privilege breaks the rule: %2").arg(record, check.message));
        a.account.privileges = { { QString(), role, QString() } };
        return m_error.isEmpty();
    }
    for (const QJsonValue& v : o.value(QLatin1String("grants")).toArray()) {
        const QString database = v.toArray().at(0).toString();
        const QString privilege = v.toArray().at(1).toString();
        const bool exists = std::any_of(s.instance.databases.cbegin(),
            s.instance.databases.cend(),
            [&](const Database& d) { return d.name == database; });
        if (!exists)
            return fail(tr("%1: database '%2' is not a database of this instance").arg(record, database));
        const QString detail
            = m_details.value(privilege).toString(m_details.value(QLatin1String("ReadWrite")).toString());
        a.account.privileges.append({ database, privilege, detail });
    }
    return true;
}

} // namespace

namespace DemoData {

SandboxState build(const QDateTime& now, QString* error)
{
    QFile file(QStringLiteral(":/sandbox/demo-data.json"));
    QString problem;
    SandboxState state;
    if (file.open(QIODevice::ReadOnly))
        state = fromJson(file.readAll(), now, &problem);
    else
        problem = file.errorString();
    if (!problem.isEmpty())
        qCCritical(lcSandbox) << "The compiled-in demo data cannot be used:" << problem;
    if (error)
        *error = problem;
    return state;
}

SandboxState fromJson(const QByteArray& json, const QDateTime& now, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = DemoReader::tr("the demo data is not a JSON object (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return {};
    }
    DemoReader reader(now);
    SandboxState state = reader.read(document.object());
    *error = reader.error();
    return state;
}

} // namespace DemoData
