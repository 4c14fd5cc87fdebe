#include "RdsClient.h"

#include "AccountRequests.h"
#include "ApiCall.h"
#include "ApiClient.h"
#include "PagedCall.h"
#include "RequestSigner.h"
#include "ResultDelivery.h"

#include <QCoreApplication>

namespace {

constexpr int AccountPageSize = 100;
constexpr int InstancePageSize = 100;
constexpr int DatabasePageSize = 100;

QString id()
{
    return ProductInfo::instanceIdParameter(Product::Rds);
}

// Next page number while fewer than the total were collected and the last page was full.
std::optional<ParameterList> nextPageNumber(const QJsonObject& body,
    qsizetype collected,
    qsizetype pageItems,
    int pageSize,
    const char* totalKey,
    JsonReader& reader)
{
    const auto page = PagedCall::pageNumber(body, reader);
    const auto total = reader.integer(body, QLatin1String(totalKey), {}, false);
    if (pageItems == 0 || (total && collected >= *total) || (!total && pageItems < pageSize))
        return std::nullopt;
    const qint64 current = page > 0 ? page : 1;
    return ParameterList { { QStringLiteral("PageNumber"), QString::number(current + 1) } };
}

} // namespace

RdsClient::RdsClient(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_requests(Product::Rds, QStringLiteral("DBInstanceAccount"))
{
}

ApiCall* RdsClient::describeRegions(QObject* context, Done<QList<Region>> done)
{
    ApiCall* call
        = m_client->send(m_requests.read(QStringLiteral("DescribeRegions"), { AccountRequests::acceptLanguage() }));
    return ResultDelivery::deliver<QList<Region>>(
        call,
        context,
        [](const QJsonObject& body, JsonReader& reader) {
            QList<Region> regions;
            const QString path = QStringLiteral("Regions.RDSRegion");
            const QJsonArray rows = reader.array(body, path);
            for (qsizetype i = 0; i < rows.size() && reader.ok(); ++i) {
                const QString at = path + QStringLiteral("[%1]").arg(i);
                const QJsonObject row = reader.object(rows.at(i), at);
                Region region;
                region.id = reader.string(row, QStringLiteral("RegionId"), at);
                region.localName = reader.string(row, QStringLiteral("LocalName"), at, false);
                region.endpoint = reader.string(row, QStringLiteral("RegionEndpoint"), at, false);
                const bool seen = std::any_of(
                    regions.cbegin(), regions.cend(), [&region](const Region& r) { return r.id == region.id; });
                if (!seen && reader.ok())
                    regions.append(region);
            }
            return regions;
        },
        std::move(done));
}

QList<Instance> RdsClient::parseInstances(const QJsonObject& body, const QString& arrayPath, JsonReader& reader)
{
    QList<Instance> instances;
    const QJsonArray rows = reader.array(body, arrayPath);
    for (qsizetype i = 0; i < rows.size() && reader.ok(); ++i) {
        const QString at = arrayPath + QStringLiteral("[%1]").arg(i);
        const QJsonObject row = reader.object(rows.at(i), at);
        Instance instance;
        instance.product = Product::Rds;
        instance.id = reader.string(row, QStringLiteral("DBInstanceId"), at);
        instance.regionId = reader.string(row, QStringLiteral("RegionId"), at, false);
        instance.description = reader.string(row, QStringLiteral("DBInstanceDescription"), at, false);
        const QString engine = reader.string(row, QStringLiteral("Engine"), at);
        instance.engineVersion = reader.string(row, QStringLiteral("EngineVersion"), at);
        instance.status = reader.string(row, QStringLiteral("DBInstanceStatus"), at);
        instance.instanceClass = reader.string(row, QStringLiteral("DBInstanceClass"), at, false);
        if (!reader.ok())
            break;
        const auto parsed = ProductInfo::engineFromWireName(engine);
        if (!parsed || *parsed == Engine::Redis) {
            reader.failAt(at + QStringLiteral(".Engine"),
                QCoreApplication::translate("RdsClient", "has the unknown value \"%1\"").arg(engine));
            break;
        }
        instance.engine = *parsed;
        instances.append(instance);
    }
    return instances;
}

ApiCall* RdsClient::describeDBInstances(const QString& regionId, QObject* context, Done<QList<Instance>> done)
{
    auto instances = std::make_shared<QList<Instance>>();
    ApiRequest first = m_requests.read(QStringLiteral("DescribeDBInstances"),
        { { QStringLiteral("RegionId"), regionId },
            { QStringLiteral("PageSize"), QString::number(InstancePageSize) },
            { QStringLiteral("PageNumber"), QStringLiteral("1") } },
        regionId);
    first.regionId = regionId;
    ApiCall* call = PagedCall::run(m_client, first, [instances](const QJsonObject& body, JsonReader& reader) {
        const auto page = parseInstances(body, QStringLiteral("Items.DBInstance"), reader);
        instances->append(page);
        // NextToken where the server gives one; otherwise page numbers.
        const QString token = reader.string(body, QStringLiteral("NextToken"), QStringLiteral("(root)"), false);
        if (!token.isEmpty() && !page.isEmpty())
            return std::optional<ParameterList>(ParameterList { { QStringLiteral("NextToken"), token },
                { QStringLiteral("MaxResults"), QString::number(InstancePageSize) },
                { QStringLiteral("PageNumber"), QString() },
                { QStringLiteral("PageSize"), QString() } });
        if (!token.isEmpty() || body.contains(QLatin1String("NextToken")))
            return std::optional<ParameterList>();
        return nextPageNumber(body, instances->size(), page.size(), InstancePageSize, "TotalRecordCount", reader);
    });
    return ResultDelivery::deliver<QList<Instance>>(
        call, context, [instances](const QJsonObject&, JsonReader&) { return *instances; }, std::move(done));
}

ApiCall* RdsClient::describeDBInstanceAttribute(const QString& instanceId, QObject* context, Done<Instance> done)
{
    ApiCall* call = m_client->send(
        m_requests.read(QStringLiteral("DescribeDBInstanceAttribute"), { { id(), instanceId } }, instanceId));
    return ResultDelivery::deliver<Instance>(
        call,
        context,
        [](const QJsonObject& body, JsonReader& reader) {
            const QString path = QStringLiteral("Items.DBInstanceAttribute");
            const auto instances = parseInstances(body, path, reader);
            if (reader.ok() && instances.isEmpty())
                reader.failAt(path, QCoreApplication::translate("RdsClient", "is empty"));
            Instance instance = instances.value(0);
            const QJsonObject attribute = body.value(QLatin1String("Items"))
                                              .toObject()
                                              .value(QLatin1String("DBInstanceAttribute"))
                                              .toArray()
                                              .first()
                                              .toObject();
            // Where the account test logs in; Port is a string on the wire.
            instance.address = attribute.value(QLatin1String("ConnectionString")).toString();
            instance.port = attribute.value(QLatin1String("Port")).toVariant().toInt();
            // The service account's access, while it lasts (the sandbox stops reporting it at ExpiredTime).
            const QJsonObject permission = attribute.value(QLatin1String("OperatorPermission")).toObject();
            QDateTime expires = QDateTime::fromString(
                permission.value(QLatin1String("ExpiredTime")).toString(), QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
            expires.setTimeSpec(Qt::UTC);
            if (expires.isValid())
                instance.operatorPermission
                    = OperatorPermission { permission.value(QLatin1String("Privileges")).toString(), expires };
            return instance;
        },
        std::move(done));
}

ApiCall* RdsClient::describeDatabases(const QString& instanceId, QObject* context, Done<QList<Database>> done)
{
    auto databases = std::make_shared<QList<Database>>();
    const ApiRequest first = m_requests.read(QStringLiteral("DescribeDatabases"),
        { { id(), instanceId },
            { QStringLiteral("PageSize"), QString::number(DatabasePageSize) },
            { QStringLiteral("PageNumber"), QStringLiteral("1") } },
        instanceId);
    ApiCall* call = PagedCall::run(m_client, first, [databases](const QJsonObject& body, JsonReader& reader) {
        const QString path = QStringLiteral("Databases.Database");
        const QJsonArray rows = reader.array(body, path);
        for (qsizetype i = 0; i < rows.size() && reader.ok(); ++i) {
            const QString at = path + QStringLiteral("[%1]").arg(i);
            const QJsonObject row = reader.object(rows.at(i), at);
            Database database;
            database.name = reader.string(row, QStringLiteral("DBName"), at);
            database.status = reader.string(row, QStringLiteral("DBStatus"), at, false);
            database.characterSet = reader.string(row, QStringLiteral("CharacterSetName"), at, false);
            database.description = reader.string(row, QStringLiteral("DBDescription"), at, false);
            if (reader.ok())
                databases->append(database);
        }
        // No top-level total: a full page means there may be more.
        if (!reader.ok() || rows.size() < DatabasePageSize)
            return std::optional<ParameterList>();
        const qint64 page = PagedCall::pageNumber(body, reader);
        const qint64 fromRequest = databases->size() / DatabasePageSize;
        return std::optional<ParameterList>(
            ParameterList { { QStringLiteral("PageNumber"), QString::number(std::max(page, fromRequest) + 1) } });
    });
    return ResultDelivery::deliver<QList<Database>>(
        call, context, [databases](const QJsonObject&, JsonReader&) { return *databases; }, std::move(done));
}

QList<Account> RdsClient::parseAccounts(const QJsonObject& body, const QString& instanceId, JsonReader& reader)
{
    QList<Account> accounts;
    const QString path = QStringLiteral("Accounts.DBInstanceAccount");
    const QJsonArray rows = reader.array(body, path);
    for (qsizetype i = 0; i < rows.size() && reader.ok(); ++i) {
        const QString at = path + QStringLiteral("[%1]").arg(i);
        const QJsonObject row = reader.object(rows.at(i), at);
        Account account;
        account.instanceId = reader.string(row, QStringLiteral("DBInstanceId"), at, false);
        if (account.instanceId.isEmpty())
            account.instanceId = instanceId;
        account.name = reader.string(row, QStringLiteral("AccountName"), at);
        account.status = reader.string(row, QStringLiteral("AccountStatus"), at);
        account.type = reader.string(row, QStringLiteral("AccountType"), at);
        account.description = reader.string(row, QStringLiteral("AccountDescription"), at, false);
        const QString privilegesPath = at + QStringLiteral(".DatabasePrivileges.DatabasePrivilege");
        const QJsonArray privileges = reader.array(row, QStringLiteral("DatabasePrivileges.DatabasePrivilege"), false);
        for (qsizetype p = 0; p < privileges.size() && reader.ok(); ++p) {
            const QString pat = privilegesPath + QStringLiteral("[%1]").arg(p);
            const QJsonObject item = reader.object(privileges.at(p), pat);
            DatabasePrivilege privilege;
            privilege.dbName = reader.string(item, QStringLiteral("DBName"), pat);
            privilege.privilege = reader.string(item, QStringLiteral("AccountPrivilege"), pat);
            privilege.detail = reader.string(item, QStringLiteral("AccountPrivilegeDetail"), pat, false);
            account.privileges.append(privilege);
        }
        if (reader.ok())
            accounts.append(account);
    }
    return accounts;
}

ApiCall* RdsClient::describeAccounts(
    const QString& instanceId, QObject* context, Done<QList<Account>> done, const QString& accountName)
{
    auto accounts = std::make_shared<QList<Account>>();
    ParameterList parameters { { id(), instanceId } };
    if (!accountName.isEmpty())
        parameters.append({ QStringLiteral("AccountName"), accountName });
    parameters.append({ QStringLiteral("PageSize"), QString::number(AccountPageSize) });
    parameters.append({ QStringLiteral("PageNumber"), QStringLiteral("1") });
    const ApiRequest first = m_requests.read(
        QStringLiteral("DescribeAccounts"), parameters, AccountRequests::target(instanceId, accountName));
    ApiCall* call
        = PagedCall::run(m_client, first, [accounts, instanceId](const QJsonObject& body, JsonReader& reader) {
              const auto page = parseAccounts(body, instanceId, reader);
              accounts->append(page);
              if (!reader.ok())
                  return std::optional<ParameterList>();
              return nextPageNumber(body, accounts->size(), page.size(), AccountPageSize, "TotalRecordCount", reader);
          });
    return ResultDelivery::deliver<QList<Account>>(
        call, context, [accounts](const QJsonObject&, JsonReader&) { return *accounts; }, std::move(done));
}

ApiCall* RdsClient::describeInstanceKeywords(const QString& key, QObject* context, Done<QStringList> done)
{
    ApiCall* call = m_client->send(
        m_requests.read(QStringLiteral("DescribeInstanceKeywords"), { { QStringLiteral("Key"), key } }));
    return ResultDelivery::deliver<QStringList>(
        call,
        context,
        [](const QJsonObject& body, JsonReader& reader) {
            QStringList words;
            const QString path = QStringLiteral("Words.word");
            const QJsonArray rows = reader.array(body, path);
            for (qsizetype i = 0; i < rows.size() && reader.ok(); ++i) {
                if (!rows.at(i).isString()) {
                    reader.failAt(path + QStringLiteral("[%1]").arg(i),
                        QCoreApplication::translate("RdsClient", "is not a string"));
                    break;
                }
                words.append(rows.at(i).toString());
            }
            return words;
        },
        std::move(done));
}

ApiCall* RdsClient::write(const QString& action,
    const QString& instanceId,
    const QString& account,
    const ParameterList& parameters,
    QObject* context,
    Done<QString> done,
    std::optional<VerifyRead> verify)
{
    const ApiRequest request = m_requests.write(action, instanceId, account, parameters, std::move(verify));
    return ResultDelivery::deliverWrite(m_client->send(request), context, std::move(done));
}

ApiCall* RdsClient::createAccount(const QString& instanceId,
    const QString& name,
    const QString& password,
    const QString& accountType,
    const QString& description,
    QObject* context,
    Done<QString> done)
{
    ParameterList parameters {
        { id(), instanceId }, { QStringLiteral("AccountName"), name }, { QStringLiteral("AccountPassword"), password }
    };
    if (!accountType.isEmpty())
        parameters.append({ QStringLiteral("AccountType"), accountType });
    if (!description.isEmpty())
        parameters.append({ QStringLiteral("AccountDescription"), description });
    return write(QStringLiteral("CreateAccount"),
        instanceId,
        name,
        parameters,
        context,
        std::move(done),
        m_requests.createCheck(instanceId, name));
}

ApiCall* RdsClient::deleteAccount(const QString& instanceId, const QString& name, QObject* context, Done<QString> done)
{
    return write(QStringLiteral("DeleteAccount"),
        instanceId,
        name,
        { { id(), instanceId }, { QStringLiteral("AccountName"), name } },
        context,
        std::move(done),
        m_requests.accountCheck(
            instanceId, name, [](const QJsonObject&) { return false; }, true));
}

ApiCall* RdsClient::modifyAccountDescription(
    const QString& instanceId, const QString& name, const QString& description, QObject* context, Done<QString> done)
{
    return write(QStringLiteral("ModifyAccountDescription"),
        instanceId,
        name,
        { { id(), instanceId },
            { QStringLiteral("AccountName"), name },
            { QStringLiteral("AccountDescription"), description } },
        context,
        std::move(done),
        m_requests.accountCheck(
            instanceId,
            name,
            [description](const QJsonObject& account) {
                return account.value(QLatin1String("AccountDescription")).toString() == description;
            },
            false));
}

ApiCall* RdsClient::grantAccountPrivilege(const QString& instanceId,
    const QString& name,
    const QStringList& dbNames,
    const QStringList& privileges,
    QObject* context,
    Done<QString> done)
{
    // Applied when every listed database shows the granted privilege.
    auto applied = [dbNames, privileges](const QJsonObject& account) {
        const QJsonArray rows = account.value(QLatin1String("DatabasePrivileges"))
                                    .toObject()
                                    .value(QLatin1String("DatabasePrivilege"))
                                    .toArray();
        for (qsizetype i = 0; i < dbNames.size(); ++i) {
            const bool found = std::any_of(rows.begin(), rows.end(), [&](const QJsonValue& row) {
                const QJsonObject o = row.toObject();
                return o.value(QLatin1String("DBName")).toString() == dbNames.at(i)
                    && o.value(QLatin1String("AccountPrivilege")).toString() == privileges.value(i);
            });
            if (!found)
                return false;
        }
        return true;
    };
    return write(QStringLiteral("GrantAccountPrivilege"),
        instanceId,
        name,
        { { id(), instanceId },
            { QStringLiteral("AccountName"), name },
            { QStringLiteral("DBName"), dbNames.join(QLatin1Char(',')) },
            { QStringLiteral("AccountPrivilege"), privileges.join(QLatin1Char(',')) } },
        context,
        std::move(done),
        m_requests.accountCheck(instanceId, name, applied, false));
}

ApiCall* RdsClient::revokeAccountPrivilege(
    const QString& instanceId, const QString& name, const QStringList& dbNames, QObject* context, Done<QString> done)
{
    auto applied = [dbNames](const QJsonObject& account) {
        const QJsonArray rows = account.value(QLatin1String("DatabasePrivileges"))
                                    .toObject()
                                    .value(QLatin1String("DatabasePrivilege"))
                                    .toArray();
        return std::none_of(rows.begin(), rows.end(), [&](const QJsonValue& row) {
            return dbNames.contains(row.toObject().value(QLatin1String("DBName")).toString());
        });
    };
    return write(QStringLiteral("RevokeAccountPrivilege"),
        instanceId,
        name,
        { { id(), instanceId },
            { QStringLiteral("AccountName"), name },
            { QStringLiteral("DBName"), dbNames.join(QLatin1Char(',')) } },
        context,
        std::move(done),
        m_requests.accountCheck(instanceId, name, applied, false));
}

// Password changes cannot be verified by a read: an unknown outcome is reported, never resent.
ApiCall* RdsClient::resetAccount(
    const QString& instanceId, const QString& name, const QString& password, QObject* context, Done<QString> done)
{
    return write(QStringLiteral("ResetAccount"),
        instanceId,
        name,
        { { id(), instanceId },
            { QStringLiteral("AccountName"), name },
            { QStringLiteral("AccountPassword"), password } },
        context,
        std::move(done));
}

ApiCall* RdsClient::resetAccountPassword(
    const QString& instanceId, const QString& name, const QString& password, QObject* context, Done<QString> done)
{
    return write(QStringLiteral("ResetAccountPassword"),
        instanceId,
        name,
        { { id(), instanceId },
            { QStringLiteral("AccountName"), name },
            { QStringLiteral("AccountPassword"), password } },
        context,
        std::move(done));
}

ApiCall* RdsClient::lockAccount(const QString& instanceId, const QString& name, QObject* context, Done<QString> done)
{
    return setLocked(instanceId, name, true, context, std::move(done));
}

ApiCall* RdsClient::unlockAccount(const QString& instanceId, const QString& name, QObject* context, Done<QString> done)
{
    return setLocked(instanceId, name, false, context, std::move(done));
}

// Lock and Unlock differ only in the action and the status that shows they took effect.
ApiCall* RdsClient::setLocked(
    const QString& instanceId, const QString& name, bool locked, QObject* context, Done<QString> done)
{
    return write(locked ? QStringLiteral("LockAccount") : QStringLiteral("UnlockAccount"),
        instanceId,
        name,
        { { id(), instanceId }, { QStringLiteral("AccountName"), name } },
        context,
        std::move(done),
        m_requests.accountCheck(
            instanceId,
            name,
            [locked](const QJsonObject& a) {
                return (a.value(QLatin1String("AccountStatus")).toString() == QLatin1String("Locked")) == locked;
            },
            false));
}

ApiCall* RdsClient::grantOperatorPermission(const QString& instanceId,
    const QString& privileges,
    const QDateTime& expiresAt,
    QObject* context,
    Done<QString> done)
{
    return write(QStringLiteral("GrantOperatorPermission"),
        instanceId,
        {},
        { { id(), instanceId },
            { QStringLiteral("Privileges"), privileges },
            { QStringLiteral("ExpiredTime"), RequestSigner::timestamp(expiresAt) } },
        context,
        std::move(done));
}

ApiCall* RdsClient::revokeOperatorPermission(const QString& instanceId, QObject* context, Done<QString> done)
{
    return write(
        QStringLiteral("RevokeOperatorPermission"), instanceId, {}, { { id(), instanceId } }, context, std::move(done));
}
