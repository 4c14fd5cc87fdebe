#pragma once

#include "Account.h"
#include "AccountRequests.h"
#include "ApiRequest.h"
#include "ApiResult.h"
#include "Database.h"
#include "Instance.h"
#include "PagedCall.h"
#include "ProductApi.h"
#include "Region.h"

#include <QObject>
#include <QStringList>

#include <functional>

class ApiCall;
class ApiClient;

// The account actions of one product (ApsaraDB RDS 2014-08-15 or Redis R-KVStore 2015-01-01), driven by its
// ProductApi description. Every method returns at once with the call's handle (cancel() aborts; it deletes itself
// when done) and later runs `done` in `context` (skipped, and the call cancelled, if `context` is destroyed
// first). List calls page through everything and merge. A write is a request from requests() handed to write();
// an action the product does not have fails at once with UnsupportedAction, nothing sent.
class AccountClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Done = std::function<void(const ApiResult<T>&)>;

    AccountClient(ApiClient* client, Product product, QObject* parent = nullptr);

    const ProductApi& api() const { return m_api; }
    // The product's requests, the writes among them.
    const AccountRequests& requests() const { return m_requests; }

    ApiCall* describeRegions(QObject* context, Done<QList<Region>> done);
    ApiCall* describeInstances(const QString& regionId, QObject* context, Done<QList<Instance>> done);
    ApiCall* describeInstanceAttribute(const QString& instanceId, QObject* context, Done<Instance> done);
    ApiCall* describeDatabases(const QString& instanceId, QObject* context, Done<QList<Database>> done);
    // accountName empty = all accounts (paged); otherwise the exact-name filter.
    ApiCall* describeAccounts(
        const QString& instanceId, QObject* context, Done<QList<Account>> done, const QString& accountName = {});
    // Key=account (or "database"); Words.word[].
    ApiCall* describeInstanceKeywords(const QString& key, QObject* context, Done<QStringList> done);

    // Sends a write built by requests(); the value is the RequestId of the change.
    ApiCall* write(const ApiRequest& request, QObject* context, Done<QString> done);

private:
    template<typename T>
    using Parser = std::function<T(const ProductApi&, const QJsonObject&, JsonReader&)>;
    // Parses one page into the list so far; returns the next page's parameters, or nullopt at the end.
    template<typename T>
    using PageReader = std::function<std::optional<ParameterList>(const QJsonObject&, JsonReader&, QList<T>&)>;

    template<typename T>
    ApiCall* readOne(const ApiRequest& request, Parser<T> parse, QObject* context, Done<T> done);
    template<typename T>
    ApiCall* readPages(const ApiRequest& first, PageReader<T> page, QObject* context, Done<QList<T>> done);
    // Every request goes through these two: an action the product does not have fails without being sent.
    ApiCall* send(const ApiRequest& request);
    ApiCall* sendPaged(const ApiRequest& first, const PagedCall::PageParser& page);
    ApiCall* unsupported(const QString& action);

    ApiClient* m_client;
    const ProductApi& m_api;
    AccountRequests m_requests;
};
