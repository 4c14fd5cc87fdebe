#include "AccountClient.h"

#include "AccountParsers.h"
#include "ApiCall.h"
#include "ApiClient.h"
#include "RequestSigner.h"
#include "ResultDelivery.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

namespace {

// Next page number while fewer than the total were collected and the last page was full.
std::optional<ParameterList> nextPageNumber(const QJsonObject& body,
    qsizetype collected,
    qsizetype pageItems,
    int pageSize,
    const QString& totalKey,
    JsonReader& reader)
{
    const qint64 page = PagedCall::pageNumber(body, reader);
    const auto total = reader.integer(body, totalKey, {}, false);
    if (!reader.ok() || pageItems == 0 || (total && collected >= *total) || (!total && pageItems < pageSize))
        return std::nullopt;
    return ParameterList { { QStringLiteral("PageNumber"), QString::number((page > 0 ? page : 1) + 1) } };
}

// NextToken paging where the server gives a token (RDS instances); nullopt = page numbers decide.
std::optional<std::optional<ParameterList>> nextToken(
    const QJsonObject& body, bool pageEmpty, int pageSize, JsonReader& reader)
{
    const QString token = reader.string(body, QStringLiteral("NextToken"), QStringLiteral("(root)"), false);
    if (!token.isEmpty() && !pageEmpty)
        return ParameterList { { QStringLiteral("NextToken"), token },
            { QStringLiteral("MaxResults"), QString::number(pageSize) },
            { QStringLiteral("PageNumber"), QString() },
            { QStringLiteral("PageSize"), QString() } };
    if (!token.isEmpty() || body.contains(QLatin1String("NextToken")))
        return std::optional<ParameterList>();
    return std::nullopt;
}

ParameterList firstPage(ParameterList parameters, int pageSize)
{
    parameters.append({ QStringLiteral("PageSize"), QString::number(pageSize) });
    parameters.append({ QStringLiteral("PageNumber"), QStringLiteral("1") });
    return parameters;
}

} // namespace

AccountClient::AccountClient(ApiClient* client, Product product, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_api(ProductApi::of(product))
    , m_requests(product, m_api.accountsArray)
{
}

ApiCall* AccountClient::send(const ApiRequest& request)
{
    return m_api.supports(request.action) ? m_client->send(request) : unsupported(request.action);
}

ApiCall* AccountClient::sendPaged(const ApiRequest& first, PagedCall::PageParser page)
{
    return m_api.supports(first.action) ? PagedCall::run(m_client, first, std::move(page)) : unsupported(first.action);
}

ApiCall* AccountClient::unsupported(const QString& action)
{
    auto* call = new ApiCall(action, m_client);
    ServiceError error;
    error.category = ServiceError::Category::InvalidInput;
    error.code = QStringLiteral("UnsupportedAction");
    error.action = action;
    error.message = QCoreApplication::translate("AccountClient", "%1 does not offer %2.")
                        .arg(ProductInfo::productDisplayName(m_api.product), action);
    QTimer::singleShot(0, call, [call, error] { call->fail(error); });
    return call;
}

template<typename T>
ApiCall* AccountClient::readOne(const ApiRequest& request, Parser<T> parse, QObject* context, Done<T> done)
{
    return ResultDelivery::deliver<T>(
        send(request),
        context,
        [&api = m_api, parse](const QJsonObject& body, JsonReader& reader) { return parse(api, body, reader); },
        std::move(done));
}

template<typename T>
ApiCall* AccountClient::readPages(const ApiRequest& first, PageReader<T> page, QObject* context, Done<QList<T>> done)
{
    auto all = std::make_shared<QList<T>>();
    ApiCall* call = sendPaged(
        first, [all, page](const QJsonObject& body, JsonReader& reader) { return page(body, reader, *all); });
    return ResultDelivery::deliver<QList<T>>(
        call, context, [all](const QJsonObject&, JsonReader&) { return *all; }, std::move(done));
}

ApiCall* AccountClient::describeRegions(QObject* context, Done<QList<Region>> done)
{
    return readOne<QList<Region>>(
        m_requests.read(QStringLiteral("DescribeRegions"), { AccountRequests::acceptLanguage() }),
        AccountParsers::regions,
        context,
        std::move(done));
}

ApiCall* AccountClient::describeInstances(const QString& regionId, QObject* context, Done<QList<Instance>> done)
{
    ApiRequest first = m_requests.read(m_api.describeInstancesAction,
        firstPage({ { QStringLiteral("RegionId"), regionId } }, m_api.instancePageSize),
        regionId);
    first.regionId = regionId;
    const ProductApi& api = m_api;
    auto page = [&api](const QJsonObject& body, JsonReader& reader, QList<Instance>& instances) {
        const auto rows = AccountParsers::instances(api, body, api.instancesPath, reader);
        instances.append(rows);
        if (api.instancesByNextToken) {
            if (const auto next = nextToken(body, rows.isEmpty(), api.instancePageSize, reader))
                return *next;
        }
        return nextPageNumber(body, instances.size(), rows.size(), api.instancePageSize, api.totalKey, reader);
    };
    return readPages<Instance>(first, page, context, std::move(done));
}

ApiCall* AccountClient::describeInstanceAttribute(const QString& instanceId, QObject* context, Done<Instance> done)
{
    return readOne<Instance>(
        m_requests.read(m_api.describeAttributeAction, { { m_api.instanceIdParameter, instanceId } }, instanceId),
        AccountParsers::attribute,
        context,
        std::move(done));
}

ApiCall* AccountClient::describeDatabases(const QString& instanceId, QObject* context, Done<QList<Database>> done)
{
    const int pageSize = m_api.databasePageSize;
    const ApiRequest first = m_requests.read(QStringLiteral("DescribeDatabases"),
        firstPage({ { m_api.instanceIdParameter, instanceId } }, pageSize),
        instanceId);
    auto page = [pageSize](const QJsonObject& body, JsonReader& reader, QList<Database>& databases) {
        const auto rows = AccountParsers::databases(body, reader);
        databases.append(rows);
        // No top-level total: a full page means there may be more.
        if (!reader.ok() || rows.size() < pageSize)
            return std::optional<ParameterList>();
        const qint64 number = PagedCall::pageNumber(body, reader);
        const qint64 fromRequest = databases.size() / pageSize;
        return std::optional<ParameterList>(
            ParameterList { { QStringLiteral("PageNumber"), QString::number(std::max(number, fromRequest) + 1) } });
    };
    return readPages<Database>(first, page, context, std::move(done));
}

ApiCall* AccountClient::describeAccounts(
    const QString& instanceId, QObject* context, Done<QList<Account>> done, const QString& accountName)
{
    ParameterList parameters { { m_api.instanceIdParameter, instanceId } };
    if (!accountName.isEmpty())
        parameters.append({ QStringLiteral("AccountName"), accountName });
    const ApiRequest first = m_requests.read(QStringLiteral("DescribeAccounts"),
        firstPage(parameters, m_api.accountPageSize),
        AccountRequests::target(instanceId, accountName));
    const ProductApi& api = m_api;
    auto page = [&api, instanceId](const QJsonObject& body, JsonReader& reader, QList<Account>& accounts) {
        const auto rows = AccountParsers::accounts(api, body, instanceId, reader);
        accounts.append(rows);
        return nextPageNumber(body, accounts.size(), rows.size(), api.accountPageSize, api.totalKey, reader);
    };
    return readPages<Account>(first, page, context, std::move(done));
}

ApiCall* AccountClient::describeInstanceKeywords(const QString& key, QObject* context, Done<QStringList> done)
{
    return readOne<QStringList>(
        m_requests.read(QStringLiteral("DescribeInstanceKeywords"), { { QStringLiteral("Key"), key } }),
        [](const ProductApi&, const QJsonObject& body, JsonReader& reader) {
            return AccountParsers::keywords(body, reader);
        },
        context,
        std::move(done));
}

ParameterList AccountClient::accountParameters(
    const QString& instanceId, const QString& account, const ParameterList& more) const
{
    ParameterList parameters { { m_api.instanceIdParameter, instanceId } };
    if (!account.isEmpty())
        parameters.append({ QStringLiteral("AccountName"), account });
    parameters.append(more);
    return parameters;
}

ApiCall* AccountClient::write(const QString& action,
    const QString& instanceId,
    const QString& account,
    const ParameterList& parameters,
    QObject* context,
    Done<QString> done,
    std::optional<VerifyRead> verify)
{
    const ApiRequest request = m_requests.write(
        action, instanceId, account, accountParameters(instanceId, account, parameters), std::move(verify));
    return ResultDelivery::deliverWrite(send(request), context, std::move(done));
}

ApiCall* AccountClient::createAccount(const QString& instanceId,
    const QString& name,
    const QString& password,
    const QString& kind,
    const QString& description,
    QObject* context,
    Done<QString> done)
{
    ParameterList parameters { { QStringLiteral("AccountPassword"), password } };
    if (!kind.isEmpty())
        parameters.append({ m_api.createKindParameter, kind });
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

ApiCall* AccountClient::deleteAccount(
    const QString& instanceId, const QString& name, QObject* context, Done<QString> done)
{
    return write(QStringLiteral("DeleteAccount"),
        instanceId,
        name,
        {},
        context,
        std::move(done),
        m_requests.accountCheck(
            instanceId, name, [](const QJsonObject&) { return false; }, true));
}

ApiCall* AccountClient::modifyAccountDescription(
    const QString& instanceId, const QString& name, const QString& description, QObject* context, Done<QString> done)
{
    return write(QStringLiteral("ModifyAccountDescription"),
        instanceId,
        name,
        { { QStringLiteral("AccountDescription"), description } },
        context,
        std::move(done),
        m_requests.accountCheck(instanceId, name, AccountRequests::descriptionIs(description), false));
}

ApiCall* AccountClient::grantAccountPrivilege(const QString& instanceId,
    const QString& name,
    const QStringList& dbNames,
    const QStringList& privileges,
    QObject* context,
    Done<QString> done)
{
    ParameterList more;
    if (m_api.privilegesPerDatabase)
        more.append({ QStringLiteral("DBName"), dbNames.join(QLatin1Char(',')) });
    more.append({ QStringLiteral("AccountPrivilege"), privileges.join(QLatin1Char(',')) });
    return write(QStringLiteral("GrantAccountPrivilege"),
        instanceId,
        name,
        more,
        context,
        std::move(done),
        m_requests.accountCheck(instanceId, name, AccountRequests::privilegesShow(dbNames, privileges), false));
}

ApiCall* AccountClient::grantAccountPrivilege(
    const QString& instanceId, const QString& name, const QString& privilege, QObject* context, Done<QString> done)
{
    return grantAccountPrivilege(instanceId, name, {}, { privilege }, context, std::move(done));
}

ApiCall* AccountClient::revokeAccountPrivilege(
    const QString& instanceId, const QString& name, const QStringList& dbNames, QObject* context, Done<QString> done)
{
    return write(QStringLiteral("RevokeAccountPrivilege"),
        instanceId,
        name,
        { { QStringLiteral("DBName"), dbNames.join(QLatin1Char(',')) } },
        context,
        std::move(done),
        m_requests.accountCheck(instanceId, name, AccountRequests::privilegesGone(dbNames), false));
}

ApiCall* AccountClient::resetAccount(
    const QString& instanceId, const QString& name, const QString& password, QObject* context, Done<QString> done)
{
    return setPassword(QStringLiteral("ResetAccount"), instanceId, name, password, context, std::move(done));
}

ApiCall* AccountClient::resetAccountPassword(
    const QString& instanceId, const QString& name, const QString& password, QObject* context, Done<QString> done)
{
    return setPassword(QStringLiteral("ResetAccountPassword"), instanceId, name, password, context, std::move(done));
}

// Password changes cannot be verified by a read: an unknown outcome is reported, never resent.
ApiCall* AccountClient::setPassword(const QString& action,
    const QString& instanceId,
    const QString& name,
    const QString& password,
    QObject* context,
    Done<QString> done)
{
    return write(
        action, instanceId, name, { { QStringLiteral("AccountPassword"), password } }, context, std::move(done));
}

ApiCall* AccountClient::modifyAccountPassword(const QString& instanceId,
    const QString& name,
    const QString& oldPassword,
    const QString& newPassword,
    QObject* context,
    Done<QString> done)
{
    return write(QStringLiteral("ModifyAccountPassword"),
        instanceId,
        name,
        { { QStringLiteral("OldAccountPassword"), oldPassword },
            { QStringLiteral("NewAccountPassword"), newPassword } },
        context,
        std::move(done));
}

ApiCall* AccountClient::lockAccount(
    const QString& instanceId, const QString& name, QObject* context, Done<QString> done)
{
    return setLocked(instanceId, name, true, context, std::move(done));
}

ApiCall* AccountClient::unlockAccount(
    const QString& instanceId, const QString& name, QObject* context, Done<QString> done)
{
    return setLocked(instanceId, name, false, context, std::move(done));
}

// Lock and Unlock differ only in the action and the status that shows they took effect.
ApiCall* AccountClient::setLocked(
    const QString& instanceId, const QString& name, bool locked, QObject* context, Done<QString> done)
{
    return write(locked ? QStringLiteral("LockAccount") : QStringLiteral("UnlockAccount"),
        instanceId,
        name,
        {},
        context,
        std::move(done),
        m_requests.accountCheck(instanceId, name, AccountRequests::lockedIs(locked), false));
}

ApiCall* AccountClient::grantOperatorPermission(const QString& instanceId,
    const QString& privileges,
    const QDateTime& expiresAt,
    QObject* context,
    Done<QString> done)
{
    return write(QStringLiteral("GrantOperatorPermission"),
        instanceId,
        {},
        { { QStringLiteral("Privileges"), privileges },
            { QStringLiteral("ExpiredTime"), RequestSigner::timestamp(expiresAt) } },
        context,
        std::move(done));
}

ApiCall* AccountClient::revokeOperatorPermission(const QString& instanceId, QObject* context, Done<QString> done)
{
    return write(QStringLiteral("RevokeOperatorPermission"), instanceId, {}, {}, context, std::move(done));
}
