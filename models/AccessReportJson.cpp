#include "AccessReportJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonObject scopeObject(const AccessReportScope& scope)
{
    QJsonObject object { { QStringLiteral("kind"), scope.kindName() },
        { QStringLiteral("description"), scope.description() } };
    if (scope.kind == AccessReportScope::Kind::View) {
        object.insert(QStringLiteral("profile"), scope.profile);
        object.insert(QStringLiteral("regionId"), scope.regionId);
        object.insert(QStringLiteral("instanceId"), scope.instanceId);
    } else if (scope.kind == AccessReportScope::Kind::Search) {
        object.insert(QStringLiteral("query"), scope.query);
    }
    return object;
}

QJsonObject summaryObject(const AccessReportSummary& summary)
{
    QJsonObject byEngine;
    for (auto engine = summary.byEngineAndStatus.cbegin(); engine != summary.byEngineAndStatus.cend(); ++engine) {
        QJsonObject byStatus;
        for (auto status = engine.value().cbegin(); status != engine.value().cend(); ++status)
            byStatus.insert(status.key(), status.value());
        byEngine.insert(engine.key(), byStatus);
    }
    QJsonArray perInstance;
    for (const AccessReportSummary::InstanceCount& each : summary.perInstance) {
        perInstance.append(QJsonObject { { QStringLiteral("profile"), each.profile },
            { QStringLiteral("instanceId"), each.instanceId },
            { QStringLiteral("engine"), each.engine },
            { QStringLiteral("accounts"), each.accounts } });
    }
    return { { QStringLiteral("accounts"), summary.accounts },
        { QStringLiteral("instances"), summary.instances },
        { QStringLiteral("privileged"), summary.privileged },
        { QStringLiteral("withoutDescription"), summary.withoutDescription },
        { QStringLiteral("locked"), summary.locked },
        { QStringLiteral("withoutPrivileges"), summary.withoutPrivileges },
        { QStringLiteral("byEngineAndStatus"), byEngine },
        { QStringLiteral("perInstance"), perInstance } };
}

QJsonObject accountObject(const IndexedAccount& a)
{
    QJsonArray privileges;
    for (const DatabasePrivilege& p : a.privileges) {
        privileges.append(QJsonObject { { QStringLiteral("database"), p.dbName },
            { QStringLiteral("privilege"), p.privilege },
            { QStringLiteral("sqlPrivileges"), p.detail } });
    }
    return { { QStringLiteral("profile"), a.profile },
        { QStringLiteral("region"), a.region },
        { QStringLiteral("product"), a.product },
        { QStringLiteral("engine"), a.engine },
        { QStringLiteral("instanceId"), a.instanceId },
        { QStringLiteral("instanceDescription"), a.instanceDescription },
        { QStringLiteral("name"), a.name },
        { QStringLiteral("type"), a.type },
        { QStringLiteral("privileged"), AccessReportSummary::isPrivileged(a) },
        { QStringLiteral("status"), a.status },
        { QStringLiteral("description"), a.description },
        { QStringLiteral("privileges"), privileges },
        { QStringLiteral("seen"), a.seen.isValid() ? a.seen.toUTC().toString(Qt::ISODate) : QString() } };
}

} // namespace

QJsonObject AccessReportJson::object(const AccessReport& report)
{
    QJsonArray accounts;
    for (const IndexedAccount& account : report.accounts)
        accounts.append(accountObject(account));
    QJsonArray notCovered;
    for (const AccessReportGap& gap : report.notCovered) {
        notCovered.append(QJsonObject { { QStringLiteral("profile"), gap.profile },
            { QStringLiteral("region"), gap.regionId },
            { QStringLiteral("instanceId"), gap.instanceId },
            { QStringLiteral("engine"), gap.engine },
            { QStringLiteral("reason"), gap.reason } });
    }
    return { { QStringLiteral("format"), formatName() },
        { QStringLiteral("formatVersion"), FormatVersion },
        { QStringLiteral("application"), QStringLiteral("Apsara Accounts " APSARA_VERSION) },
        { QStringLiteral("generated"), report.generated.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("scope"), scopeObject(report.scope) },
        { QStringLiteral("profiles"), QJsonArray::fromStringList(report.profiles) },
        { QStringLiteral("summary"), summaryObject(report.summary) },
        { QStringLiteral("accounts"), accounts },
        { QStringLiteral("notCovered"), notCovered } };
}

QByteArray AccessReportJson::document(const AccessReport& report)
{
    return QJsonDocument(object(report)).toJson(QJsonDocument::Indented);
}
