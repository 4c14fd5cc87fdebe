#include "SandboxState.h"

#include "AccountRules.h"
#include "RuleTable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime timeFrom(const QJsonValue& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonArray stringArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

QJsonObject regionToJson(const SandboxRegion& r)
{
    return { { QStringLiteral("id"), r.id },
        { QStringLiteral("localNameEn"), r.localNameEn },
        { QStringLiteral("localNameZh"), r.localNameZh },
        { QStringLiteral("rdsEndpoint"), r.rdsEndpoint },
        { QStringLiteral("redisEndpoint"), r.redisEndpoint },
        { QStringLiteral("zoneIds"), stringArray(r.zoneIds) } };
}

SandboxRegion regionFromJson(const QJsonObject& o)
{
    SandboxRegion r;
    r.id = o.value(QLatin1String("id")).toString();
    r.localNameEn = o.value(QLatin1String("localNameEn")).toString();
    r.localNameZh = o.value(QLatin1String("localNameZh")).toString();
    r.rdsEndpoint = o.value(QLatin1String("rdsEndpoint")).toString();
    r.redisEndpoint = o.value(QLatin1String("redisEndpoint")).toString();
    r.zoneIds = stringList(o.value(QLatin1String("zoneIds")));
    return r;
}

QJsonObject accountToJson(const SandboxAccount& a)
{
    QJsonArray privileges;
    for (const DatabasePrivilege& p : a.account.privileges) {
        privileges.append(QJsonObject { { QStringLiteral("dbName"), p.dbName },
            { QStringLiteral("privilege"), p.privilege },
            { QStringLiteral("detail"), p.detail } });
    }
    return { { QStringLiteral("name"), a.account.name },
        { QStringLiteral("type"), a.account.type },
        { QStringLiteral("status"), a.account.status },
        { QStringLiteral("description"), a.account.description },
        { QStringLiteral("privileges"), privileges },
        { QStringLiteral("passwordSha256"), QString::fromLatin1(a.passwordSha256) },
        { QStringLiteral("availableAt"), timeText(a.availableAt) },
        { QStringLiteral("createdAt"), timeText(a.createdAt) } };
}

SandboxAccount accountFromJson(const QJsonObject& o, const QString& instanceId)
{
    SandboxAccount a;
    a.account.instanceId = instanceId;
    a.account.name = o.value(QLatin1String("name")).toString();
    a.account.type = o.value(QLatin1String("type")).toString();
    a.account.status = o.value(QLatin1String("status")).toString();
    a.account.description = o.value(QLatin1String("description")).toString();
    for (const QJsonValue& v : o.value(QLatin1String("privileges")).toArray()) {
        const QJsonObject p = v.toObject();
        a.account.privileges.append({ p.value(QLatin1String("dbName")).toString(),
            p.value(QLatin1String("privilege")).toString(),
            p.value(QLatin1String("detail")).toString() });
    }
    a.passwordSha256 = o.value(QLatin1String("passwordSha256")).toString().toLatin1();
    a.availableAt = timeFrom(o.value(QLatin1String("availableAt")));
    a.createdAt = timeFrom(o.value(QLatin1String("createdAt")));
    return a;
}

QJsonObject instanceToJson(const SandboxInstance& s)
{
    const Instance& i = s.instance;
    QJsonArray databases;
    for (const Database& d : i.databases) {
        databases.append(QJsonObject { { QStringLiteral("name"), d.name },
            { QStringLiteral("status"), d.status },
            { QStringLiteral("characterSet"), d.characterSet },
            { QStringLiteral("description"), d.description } });
    }
    QJsonArray accounts;
    for (const SandboxAccount& a : s.accounts)
        accounts.append(accountToJson(a));
    QJsonObject json { { QStringLiteral("id"), i.id },
        { QStringLiteral("regionId"), i.regionId },
        { QStringLiteral("zoneId"), s.zoneId },
        { QStringLiteral("description"), i.description },
        { QStringLiteral("product"), ProductInfo::productCode(i.product) },
        { QStringLiteral("engine"), ProductInfo::engineWireName(i.engine) },
        { QStringLiteral("engineVersion"), i.engineVersion },
        { QStringLiteral("architecture"), ProductInfo::architectureWireName(i.architecture) },
        { QStringLiteral("status"), i.status },
        { QStringLiteral("instanceClass"), i.instanceClass },
        { QStringLiteral("createdAt"), timeText(s.createdAt) },
        { QStringLiteral("databases"), databases },
        { QStringLiteral("accounts"), accounts } };
    if (s.accountQuota > 0)
        json.insert(QStringLiteral("accountQuota"), s.accountQuota);
    if (s.operatorPermission) {
        json.insert(QStringLiteral("operatorPermission"),
            QJsonObject { { QStringLiteral("privileges"), s.operatorPermission->privileges },
                { QStringLiteral("expiredTime"), timeText(s.operatorPermission->expiredTime) } });
    }
    return json;
}

// Empty error on success.
SandboxInstance instanceFromJson(const QJsonObject& o, QString* error)
{
    SandboxInstance s;
    Instance& i = s.instance;
    i.id = o.value(QLatin1String("id")).toString();
    const std::optional<Product> product = ProductInfo::productFromCode(o.value(QLatin1String("product")).toString());
    const std::optional<Engine> engine = ProductInfo::engineFromWireName(o.value(QLatin1String("engine")).toString());
    const std::optional<Architecture> architecture
        = ProductInfo::architectureFromWireName(o.value(QLatin1String("architecture")).toString());
    if (i.id.isEmpty() || !product || !engine || !architecture) {
        *error = SandboxState::tr("instance '%1' has no valid id, product, engine or architecture").arg(i.id);
        return s;
    }
    i.product = *product;
    i.engine = *engine;
    i.architecture = *architecture;
    i.regionId = o.value(QLatin1String("regionId")).toString();
    s.zoneId = o.value(QLatin1String("zoneId")).toString();
    i.description = o.value(QLatin1String("description")).toString();
    i.engineVersion = o.value(QLatin1String("engineVersion")).toString();
    i.status = o.value(QLatin1String("status")).toString();
    i.instanceClass = o.value(QLatin1String("instanceClass")).toString();
    s.createdAt = timeFrom(o.value(QLatin1String("createdAt")));
    for (const QJsonValue& v : o.value(QLatin1String("databases")).toArray()) {
        const QJsonObject d = v.toObject();
        i.databases.append({ d.value(QLatin1String("name")).toString(),
            d.value(QLatin1String("status")).toString(),
            d.value(QLatin1String("characterSet")).toString(),
            d.value(QLatin1String("description")).toString() });
    }
    for (const QJsonValue& v : o.value(QLatin1String("accounts")).toArray())
        s.accounts.append(accountFromJson(v.toObject(), i.id));
    s.accountQuota = o.value(QLatin1String("accountQuota")).toInt(0);
    const QJsonObject permission = o.value(QLatin1String("operatorPermission")).toObject();
    if (!permission.isEmpty()) {
        s.operatorPermission = OperatorPermission { permission.value(QLatin1String("privileges")).toString(),
            timeFrom(permission.value(QLatin1String("expiredTime"))) };
    }
    return s;
}

} // namespace

SandboxInstance* SandboxState::findInstance(Product product, const QString& id)
{
    for (SandboxInstance& s : m_instances) {
        if (s.instance.product == product && s.instance.id == id)
            return &s;
    }
    return nullptr;
}

int SandboxState::accountCount() const
{
    int count = 0;
    for (const SandboxInstance& s : m_instances)
        count += static_cast<int>(s.accounts.size());
    return count;
}

void SandboxState::promoteCreatedAccounts(const QDateTime& now)
{
    static const QString creating = QStringLiteral("Creating");
    for (SandboxInstance& s : m_instances) {
        for (SandboxAccount& a : s.accounts) {
            if (a.account.status == creating && (!a.availableAt.isValid() || a.availableAt <= now))
                a.account.status = QStringLiteral("Available");
        }
    }
}

void SandboxState::expireOperatorPermissions(const QDateTime& now)
{
    for (SandboxInstance& s : m_instances) {
        if (s.operatorPermission && s.operatorPermission->expiredTime <= now)
            s.operatorPermission.reset();
    }
}

QString SandboxState::ruleViolation() const
{
    for (const SandboxInstance& s : m_instances) {
        const AccountRules rules(s.instance.engine);
        const int quota = s.effectiveAccountQuota();
        if (quota > 0 && s.accounts.size() > quota) {
            return tr("instance %1 has %2 accounts, more than the %3 allowed")
                .arg(s.instance.id)
                .arg(s.accounts.size())
                .arg(quota);
        }
        for (const SandboxAccount& a : s.accounts) {
            const QString where = tr("instance %1, account %2").arg(s.instance.id, a.account.name);
            const QList<QPair<QString, FieldCheck>> checks {
                { tr("name"), rules.checkName(a.account.name) },
                { tr("description '%1'").arg(a.account.description), rules.checkDescription(a.account.description) },
                { tr("type"), rules.checkAccountType(a.account.type) },
            };
            for (const auto& [field, check] : checks) {
                if (!check.isValid())
                    return tr("%1: %2 breaks the rule: %3").arg(where, field, check.message);
            }
            for (const DatabasePrivilege& p : a.account.privileges) {
                const FieldCheck check = rules.checkPrivilege(p.privilege);
                if (!check.isValid())
                    return tr("%1: privilege breaks the rule: %2").arg(where, check.message);
            }
        }
    }
    return {};
}

QJsonObject SandboxState::toJson() const
{
    QJsonArray regions;
    for (const SandboxRegion& r : m_regions)
        regions.append(regionToJson(r));
    QJsonArray instances;
    for (const SandboxInstance& s : m_instances)
        instances.append(instanceToJson(s));
    return { { QStringLiteral("format"), QLatin1String(FormatMarker) },
        { QStringLiteral("version"), FormatVersion },
        { QStringLiteral("regions"), regions },
        { QStringLiteral("instances"), instances } };
}

SandboxState SandboxState::fromJson(const QJsonObject& json, QString* error)
{
    SandboxState state;
    error->clear();
    if (json.value(QLatin1String("format")).toString() != QLatin1String(FormatMarker)) {
        *error = tr("it is not an apsara-sandbox state file (no \"format\": \"%1\" marker)")
                     .arg(QLatin1String(FormatMarker));
        return state;
    }
    const int version = json.value(QLatin1String("version")).toInt(-1);
    if (version != FormatVersion) {
        *error = tr("its format version %1 is not supported (this sandbox reads version %2)")
                     .arg(version)
                     .arg(FormatVersion);
        return state;
    }
    for (const QJsonValue& v : json.value(QLatin1String("regions")).toArray())
        state.m_regions.append(regionFromJson(v.toObject()));
    for (const QJsonValue& v : json.value(QLatin1String("instances")).toArray()) {
        SandboxInstance instance = instanceFromJson(v.toObject(), error);
        if (!error->isEmpty())
            return SandboxState();
        state.m_instances.append(instance);
    }
    return state;
}

bool SandboxState::save(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the state file %1: %2").arg(path, file.errorString());
        return false;
    }
    // Owner only (0600) before anything is written: the file holds password hashes.
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    file.setPermissions(ownerOnly);
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot write the state file %1: %2").arg(path, file.errorString());
        return false;
    }
    QFile::setPermissions(path, ownerOnly);
    return true;
}

SandboxState SandboxState::load(const QString& path, bool* exists, QString* error)
{
    error->clear();
    QFile file(path);
    *exists = file.exists();
    if (!*exists)
        return SandboxState();
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the state file %1: %2").arg(path, file.errorString());
        return SandboxState();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("The state file %1 is corrupt (%2 at byte %3); it was left untouched.")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return SandboxState();
    }
    QString reason;
    SandboxState state = fromJson(document.object(), &reason);
    if (!reason.isEmpty()) {
        *error = tr("The state file %1 cannot be used: %2; it was left untouched.").arg(path, reason);
        return SandboxState();
    }
    return state;
}
