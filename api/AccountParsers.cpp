#include "AccountParsers.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace {

QString item(const QString& path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

} // namespace

namespace AccountParsers {

QList<Region> regions(const ProductApi& api, const QJsonObject& body, JsonReader& reader)
{
    QList<Region> regions;
    const QJsonArray rows = reader.array(body, api.regionsPath);
    for (qsizetype i = 0; i < rows.size() && reader.ok(); ++i) {
        const QString at = item(api.regionsPath, i);
        const QJsonObject row = reader.object(rows.at(i), at);
        Region region;
        region.id = reader.string(row, QStringLiteral("RegionId"), at);
        region.localName = reader.string(row, QStringLiteral("LocalName"), at, false);
        region.endpoint = reader.string(row, QStringLiteral("RegionEndpoint"), at, false);
        const bool seen
            = std::any_of(regions.cbegin(), regions.cend(), [&region](const Region& r) { return r.id == region.id; });
        if (!seen && reader.ok())
            regions.append(region);
    }
    return regions;
}

QList<Instance> instances(const ProductApi& api, const QJsonObject& body, const QString& arrayPath, JsonReader& reader)
{
    QList<Instance> instances;
    const QJsonArray rows = reader.array(body, arrayPath);
    for (qsizetype i = 0; i < rows.size() && reader.ok(); ++i) {
        const QString at = item(arrayPath, i);
        const QJsonObject row = reader.object(rows.at(i), at);
        Instance instance;
        instance.product = api.product;
        instance.id = reader.string(row, api.instanceIdParameter, at);
        instance.regionId = reader.string(row, QStringLiteral("RegionId"), at, false);
        instance.description = reader.string(row, api.instanceDescriptionKey, at, false);
        instance.engineVersion = reader.string(row, QStringLiteral("EngineVersion"), at);
        instance.status = api.domainStatus(reader.string(row, api.instanceStatusKey, at));
        instance.instanceClass = reader.string(row, api.instanceClassKey, at, false);
        if (reader.ok())
            api.parseInstanceKind(row, at, reader, instance);
        if (!reader.ok())
            break;
        instances.append(instance);
    }
    return instances;
}

Instance attribute(const ProductApi& api, const QJsonObject& body, JsonReader& reader)
{
    const auto found = instances(api, body, api.attributePath, reader);
    if (reader.ok() && found.isEmpty())
        reader.failAt(api.attributePath, QCoreApplication::translate("AccountClient", "is empty"));
    Instance instance = found.value(0);
    QJsonValue rows = body;
    for (const QString& key : api.attributePath.split(QLatin1Char('.')))
        rows = rows.toObject().value(key);
    const QJsonObject row = rows.toArray().at(0).toObject();
    // Where Test login connects; Port is a string on the wire.
    instance.address = row.value(api.addressKey).toString();
    instance.port = row.value(QLatin1String("Port")).toVariant().toInt();
    // The service account's access, while it lasts (the sandbox stops reporting it at ExpiredTime).
    const QJsonObject permission = row.value(QLatin1String("OperatorPermission")).toObject();
    QDateTime expires = QDateTime::fromString(
        permission.value(QLatin1String("ExpiredTime")).toString(), QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
    expires.setTimeSpec(Qt::UTC);
    if (expires.isValid())
        instance.operatorPermission
            = OperatorPermission { permission.value(QLatin1String("Privileges")).toString(), expires };
    return instance;
}

QList<Account> accounts(const ProductApi& api, const QJsonObject& body, const QString& instanceId, JsonReader& reader)
{
    QList<Account> accounts;
    const QString path = QStringLiteral("Accounts.") + api.accountsArray;
    const QJsonArray rows = reader.array(body, path);
    for (qsizetype i = 0; i < rows.size() && reader.ok(); ++i) {
        const QString at = item(path, i);
        const QJsonObject row = reader.object(rows.at(i), at);
        Account account;
        account.instanceId = reader.string(row, api.instanceIdParameter, at, false);
        if (account.instanceId.isEmpty())
            account.instanceId = instanceId;
        account.name = reader.string(row, QStringLiteral("AccountName"), at);
        account.status = reader.string(row, QStringLiteral("AccountStatus"), at);
        account.type = reader.string(row, QStringLiteral("AccountType"), at, api.accountTypeRequired);
        account.description = reader.string(row, QStringLiteral("AccountDescription"), at, false);
        const QString privilegesPath = at + QStringLiteral(".DatabasePrivileges.DatabasePrivilege");
        const QJsonArray privileges = reader.array(row, QStringLiteral("DatabasePrivileges.DatabasePrivilege"), false);
        for (qsizetype p = 0; p < privileges.size() && reader.ok(); ++p) {
            const QString pat = item(privilegesPath, p);
            account.privileges.append(api.parsePrivilege(reader.object(privileges.at(p), pat), pat, reader));
        }
        if (reader.ok())
            accounts.append(account);
    }
    return accounts;
}

QList<Database> databases(const QJsonObject& body, JsonReader& reader)
{
    QList<Database> databases;
    const QString path = QStringLiteral("Databases.Database");
    const QJsonArray rows = reader.array(body, path);
    for (qsizetype i = 0; i < rows.size() && reader.ok(); ++i) {
        const QString at = item(path, i);
        const QJsonObject row = reader.object(rows.at(i), at);
        Database database;
        database.name = reader.string(row, QStringLiteral("DBName"), at);
        database.status = reader.string(row, QStringLiteral("DBStatus"), at, false);
        database.characterSet = reader.string(row, QStringLiteral("CharacterSetName"), at, false);
        database.description = reader.string(row, QStringLiteral("DBDescription"), at, false);
        if (reader.ok())
            databases.append(database);
    }
    return databases;
}

QStringList keywords(const QJsonObject& body, JsonReader& reader)
{
    QStringList words;
    const QString path = QStringLiteral("Words.word");
    const QJsonArray rows = reader.array(body, path);
    for (qsizetype i = 0; i < rows.size() && reader.ok(); ++i) {
        if (!rows.at(i).isString()) {
            reader.failAt(item(path, i), QCoreApplication::translate("AccountClient", "is not a string"));
            break;
        }
        words.append(rows.at(i).toString());
    }
    return words;
}

} // namespace AccountParsers
