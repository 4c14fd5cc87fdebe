#include "AccountClient.h"

#include "AccountParsers.h"
#include "ApiCall.h"
#include "ApiClient.h"
#include "ResultDelivery.h"

#include <QCoreApplication>
#include <QTimer>

AccountClient::AccountClient(ApiClient* client, Product product, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_api(ProductApi::of(product))
    , m_requests(m_api)
{
}

ApiCall* AccountClient::send(const ApiRequest& request)
{
    return m_api.supports(request.action) ? m_client->send(request) : unsupported(request.action);
}

ApiCall* AccountClient::sendPaged(const ApiRequest& first, const PagedCall::PageParser& page)
{
    return m_api.supports(first.action) ? PagedCall::run(m_client, first, page) : unsupported(first.action);
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
        PagedCall::firstPage({ { QStringLiteral("RegionId"), regionId } }, m_api.instancePageSize),
        regionId);
    first.regionId = regionId;
    const ProductApi& api = m_api;
    auto page = [&api](const QJsonObject& body, JsonReader& reader, QList<Instance>& instances) {
        const auto rows = AccountParsers::instances(api, body, api.instancesPath, reader);
        instances.append(rows);
        if (api.instancesByNextToken) {
            if (const auto next = PagedCall::nextByToken(body, rows.isEmpty(), api.instancePageSize, reader))
                return *next;
        }
        return PagedCall::nextByTotal(body, instances.size(), rows.size(), api.instancePageSize, api.totalKey, reader);
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
        PagedCall::firstPage({ { m_api.instanceIdParameter, instanceId } }, pageSize),
        instanceId);
    auto page = [pageSize](const QJsonObject& body, JsonReader& reader, QList<Database>& databases) {
        const auto rows = AccountParsers::databases(body, reader);
        databases.append(rows);
        return PagedCall::nextWhileFull(body, databases.size(), rows.size(), pageSize, reader);
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
        PagedCall::firstPage(parameters, m_api.accountPageSize),
        AccountRequests::target(instanceId, accountName));
    const ProductApi& api = m_api;
    auto page = [&api, instanceId](const QJsonObject& body, JsonReader& reader, QList<Account>& accounts) {
        const auto rows = AccountParsers::accounts(api, body, instanceId, reader);
        accounts.append(rows);
        return PagedCall::nextByTotal(body, accounts.size(), rows.size(), api.accountPageSize, api.totalKey, reader);
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

ApiCall* AccountClient::write(const ApiRequest& request, QObject* context, Done<QString> done)
{
    return ResultDelivery::deliverWrite(send(request), context, std::move(done));
}
