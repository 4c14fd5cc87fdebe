#include "RedisClient.h"

#include "AccountRequests.h"
#include "ApiCall.h"
#include "ApiClient.h"
#include "PagedCall.h"
#include "ResultDelivery.h"

#include <QCoreApplication>

namespace {

constexpr int InstancePageSize = 50;
constexpr int AccountPageSize = 100;

QString id()
{
    return ProductInfo::instanceIdParameter(Product::Redis);
}

// Redis reports a usable instance as "Normal" where RDS says "Running"; the domain (and InstancePolicy) speaks
// RDS's word so one rule covers both products. Every other Redis status passes through unchanged.
QString domainStatus(const QString& wireStatus)
{
    return wireStatus == QLatin1String("Normal") ? QStringLiteral("Running") : wireStatus;
}

std::optional<ParameterList> nextPage(
    const QJsonObject& body, qsizetype collected, qsizetype pageItems, int pageSize, JsonReader& reader)
{
    const qint64 page = PagedCall::pageNumber(body, reader);
    const auto total = reader.integer(body, QStringLiteral("TotalCount"), {}, false);
    if (!reader.ok() || pageItems == 0 || (total && collected >= *total) || (!total && pageItems < pageSize))
        return std::nullopt;
    return ParameterList { { QStringLiteral("PageNumber"), QString::number((page > 0 ? page : 1) + 1) } };
}

} // namespace

RedisClient::RedisClient(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_requests(Product::Redis, QStringLiteral("Account"))
{
}

ApiCall* RedisClient::describeRegions(QObject* context, Done<QList<Region>> done)
{
    ApiCall* call
        = m_client->send(m_requests.read(QStringLiteral("DescribeRegions"), { AccountRequests::acceptLanguage() }));
    return ResultDelivery::deliver<QList<Region>>(
        call,
        context,
        [](const QJsonObject& body, JsonReader& reader) {
            QList<Region> regions;
            const QString path = QStringLiteral("RegionIds.KVStoreRegion");
            const QJsonArray rows = reader.array(body, path);
            for (qsizetype i = 0; i < rows.size() && reader.ok(); ++i) {
                const QString at = path + QStringLiteral("[%1]").arg(i);
                const QJsonObject row = reader.object(rows.at(i), at);
                Region region;
                region.id = reader.string(row, QStringLiteral("RegionId"), at);
                region.localName = reader.string(row, QStringLiteral("LocalName"), at, false);
                region.endpoint = reader.string(row, QStringLiteral("RegionEndpoint"), at, false);
                if (reader.ok())
                    regions.append(region);
            }
            return regions;
        },
        std::move(done));
}

QList<Instance> RedisClient::parseInstances(const QJsonObject& body, const QString& arrayPath, JsonReader& reader)
{
    QList<Instance> instances;
    const QJsonArray rows = reader.array(body, arrayPath);
    for (qsizetype i = 0; i < rows.size() && reader.ok(); ++i) {
        const QString at = arrayPath + QStringLiteral("[%1]").arg(i);
        const QJsonObject row = reader.object(rows.at(i), at);
        Instance instance;
        instance.product = Product::Redis;
        instance.engine = Engine::Redis;
        instance.id = reader.string(row, QStringLiteral("InstanceId"), at);
        instance.regionId = reader.string(row, QStringLiteral("RegionId"), at, false);
        instance.description = reader.string(row, QStringLiteral("InstanceName"), at, false);
        instance.engineVersion = reader.string(row, QStringLiteral("EngineVersion"), at);
        instance.status = domainStatus(reader.string(row, QStringLiteral("InstanceStatus"), at));
        instance.instanceClass = reader.string(row, QStringLiteral("InstanceClass"), at, false);
        const QString architecture = reader.string(row, QStringLiteral("ArchitectureType"), at);
        if (!reader.ok())
            break;
        const auto parsed = ProductInfo::architectureFromWireName(architecture);
        if (!parsed) {
            reader.failAt(at + QStringLiteral(".ArchitectureType"),
                QCoreApplication::translate("RedisClient", "has the unknown value \"%1\"").arg(architecture));
            break;
        }
        instance.architecture = *parsed;
        instances.append(instance);
    }
    return instances;
}

ApiCall* RedisClient::describeInstances(const QString& regionId, QObject* context, Done<QList<Instance>> done)
{
    auto instances = std::make_shared<QList<Instance>>();
    ApiRequest first = m_requests.read(QStringLiteral("DescribeInstances"),
        { { QStringLiteral("RegionId"), regionId },
            { QStringLiteral("PageSize"), QString::number(InstancePageSize) },
            { QStringLiteral("PageNumber"), QStringLiteral("1") } },
        regionId);
    first.regionId = regionId;
    ApiCall* call = PagedCall::run(m_client, first, [instances](const QJsonObject& body, JsonReader& reader) {
        const auto page = parseInstances(body, QStringLiteral("Instances.KVStoreInstance"), reader);
        instances->append(page);
        return nextPage(body, instances->size(), page.size(), InstancePageSize, reader);
    });
    return ResultDelivery::deliver<QList<Instance>>(
        call, context, [instances](const QJsonObject&, JsonReader&) { return *instances; }, std::move(done));
}

ApiCall* RedisClient::describeInstanceAttribute(const QString& instanceId, QObject* context, Done<Instance> done)
{
    ApiCall* call = m_client->send(
        m_requests.read(QStringLiteral("DescribeInstanceAttribute"), { { id(), instanceId } }, instanceId));
    return ResultDelivery::deliver<Instance>(
        call,
        context,
        [](const QJsonObject& body, JsonReader& reader) {
            const QString path = QStringLiteral("Instances.DBInstanceAttribute");
            const auto instances = parseInstances(body, path, reader);
            if (reader.ok() && instances.isEmpty())
                reader.failAt(path, QCoreApplication::translate("RedisClient", "is empty"));
            Instance instance = instances.value(0);
            // Where the account test logs in.
            const QJsonObject attribute = body.value(QLatin1String("Instances"))
                                              .toObject()
                                              .value(QLatin1String("DBInstanceAttribute"))
                                              .toArray()
                                              .first()
                                              .toObject();
            instance.address = attribute.value(QLatin1String("ConnectionDomain")).toString();
            instance.port = attribute.value(QLatin1String("Port")).toVariant().toInt();
            return instance;
        },
        std::move(done));
}

QList<Account> RedisClient::parseAccounts(const QJsonObject& body, const QString& instanceId, JsonReader& reader)
{
    QList<Account> accounts;
    const QString path = QStringLiteral("Accounts.Account");
    const QJsonArray rows = reader.array(body, path);
    for (qsizetype i = 0; i < rows.size() && reader.ok(); ++i) {
        const QString at = path + QStringLiteral("[%1]").arg(i);
        const QJsonObject row = reader.object(rows.at(i), at);
        Account account;
        account.instanceId = reader.string(row, QStringLiteral("InstanceId"), at, false);
        if (account.instanceId.isEmpty())
            account.instanceId = instanceId;
        account.name = reader.string(row, QStringLiteral("AccountName"), at);
        account.status = reader.string(row, QStringLiteral("AccountStatus"), at);
        account.type = reader.string(row, QStringLiteral("AccountType"), at, false);
        account.description = reader.string(row, QStringLiteral("AccountDescription"), at, false);
        const QJsonArray privileges = reader.array(row, QStringLiteral("DatabasePrivileges.DatabasePrivilege"), false);
        for (qsizetype p = 0; p < privileges.size() && reader.ok(); ++p) {
            const QString pat = at + QStringLiteral(".DatabasePrivileges.DatabasePrivilege[%1]").arg(p);
            const QJsonObject item = reader.object(privileges.at(p), pat);
            DatabasePrivilege privilege;
            privilege.privilege = reader.string(item, QStringLiteral("AccountPrivilege"), pat);
            account.privileges.append(privilege);
        }
        if (reader.ok())
            accounts.append(account);
    }
    return accounts;
}

ApiCall* RedisClient::describeAccounts(
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
              return nextPage(body, accounts->size(), page.size(), AccountPageSize, reader);
          });
    return ResultDelivery::deliver<QList<Account>>(
        call, context, [accounts](const QJsonObject&, JsonReader&) { return *accounts; }, std::move(done));
}

ApiCall* RedisClient::write(const QString& action,
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

ApiCall* RedisClient::createAccount(const QString& instanceId,
    const QString& name,
    const QString& password,
    const QString& privilege,
    const QString& description,
    QObject* context,
    Done<QString> done)
{
    ParameterList parameters {
        { id(), instanceId }, { QStringLiteral("AccountName"), name }, { QStringLiteral("AccountPassword"), password }
    };
    if (!privilege.isEmpty())
        parameters.append({ QStringLiteral("AccountPrivilege"), privilege });
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

ApiCall* RedisClient::grantAccountPrivilege(
    const QString& instanceId, const QString& name, const QString& privilege, QObject* context, Done<QString> done)
{
    auto applied = [privilege](const QJsonObject& account) {
        const QJsonArray rows = account.value(QLatin1String("DatabasePrivileges"))
                                    .toObject()
                                    .value(QLatin1String("DatabasePrivilege"))
                                    .toArray();
        return std::any_of(rows.begin(), rows.end(), [&](const QJsonValue& row) {
            return row.toObject().value(QLatin1String("AccountPrivilege")).toString() == privilege;
        });
    };
    return write(QStringLiteral("GrantAccountPrivilege"),
        instanceId,
        name,
        { { id(), instanceId },
            { QStringLiteral("AccountName"), name },
            { QStringLiteral("AccountPrivilege"), privilege } },
        context,
        std::move(done),
        m_requests.accountCheck(instanceId, name, applied, false));
}

ApiCall* RedisClient::modifyAccountDescription(
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

// Password changes cannot be verified by a read: an unknown outcome is reported, never resent.
ApiCall* RedisClient::modifyAccountPassword(const QString& instanceId,
    const QString& name,
    const QString& oldPassword,
    const QString& newPassword,
    QObject* context,
    Done<QString> done)
{
    return write(QStringLiteral("ModifyAccountPassword"),
        instanceId,
        name,
        { { id(), instanceId },
            { QStringLiteral("AccountName"), name },
            { QStringLiteral("OldAccountPassword"), oldPassword },
            { QStringLiteral("NewAccountPassword"), newPassword } },
        context,
        std::move(done));
}

ApiCall* RedisClient::resetAccountPassword(
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

ApiCall* RedisClient::deleteAccount(
    const QString& instanceId, const QString& name, QObject* context, Done<QString> done)
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
