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

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>

class ApiCall;
class ApiClient;

// The account actions of one product (ApsaraDB RDS 2014-08-15 or Redis R-KVStore 2015-01-01), driven by its
// ProductApi description. Every method returns at once with the call's handle (cancel() aborts; it deletes itself
// when done) and later runs `done` in `context` (skipped, and the call cancelled, if `context` is destroyed
// first). List calls page through everything and merge. Writes report the RequestId of the change as their value;
// an action the product does not have fails at once with UnsupportedAction, nothing sent.
class AccountClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Done = std::function<void(const ApiResult<T>&)>;

    AccountClient(ApiClient* client, Product product, QObject* parent = nullptr);

    const ProductApi& api() const { return m_api; }

    ApiCall* describeRegions(QObject* context, Done<QList<Region>> done);
    ApiCall* describeInstances(const QString& regionId, QObject* context, Done<QList<Instance>> done);
    ApiCall* describeInstanceAttribute(const QString& instanceId, QObject* context, Done<Instance> done);
    ApiCall* describeDatabases(const QString& instanceId, QObject* context, Done<QList<Database>> done);
    // accountName empty = all accounts (paged); otherwise the exact-name filter.
    ApiCall* describeAccounts(
        const QString& instanceId, QObject* context, Done<QList<Account>> done, const QString& accountName = {});
    // Key=account (or "database"); Words.word[].
    ApiCall* describeInstanceKeywords(const QString& key, QObject* context, Done<QStringList> done);

    // kind: the product's createKindParameter (RDS AccountType, Redis AccountPrivilege); empty = the API default.
    ApiCall* createAccount(const QString& instanceId,
        const QString& name,
        const QString& password,
        const QString& kind,
        const QString& description,
        QObject* context,
        Done<QString> done);
    ApiCall* deleteAccount(const QString& instanceId, const QString& name, QObject* context, Done<QString> done);
    ApiCall* modifyAccountDescription(const QString& instanceId,
        const QString& name,
        const QString& description,
        QObject* context,
        Done<QString> done);
    // dbNames and privileges pair up one to one (sent comma-separated); a product whose privileges are one role
    // per account takes no dbNames and one privilege.
    ApiCall* grantAccountPrivilege(const QString& instanceId,
        const QString& name,
        const QStringList& dbNames,
        const QStringList& privileges,
        QObject* context,
        Done<QString> done);
    // One privilege for the whole account (a Redis role).
    ApiCall* grantAccountPrivilege(
        const QString& instanceId, const QString& name, const QString& privilege, QObject* context, Done<QString> done);
    ApiCall* revokeAccountPrivilege(const QString& instanceId,
        const QString& name,
        const QStringList& dbNames,
        QObject* context,
        Done<QString> done);
    ApiCall* resetAccount(
        const QString& instanceId, const QString& name, const QString& password, QObject* context, Done<QString> done);
    ApiCall* resetAccountPassword(
        const QString& instanceId, const QString& name, const QString& password, QObject* context, Done<QString> done);
    ApiCall* modifyAccountPassword(const QString& instanceId,
        const QString& name,
        const QString& oldPassword,
        const QString& newPassword,
        QObject* context,
        Done<QString> done);
    ApiCall* lockAccount(const QString& instanceId, const QString& name, QObject* context, Done<QString> done);
    ApiCall* unlockAccount(const QString& instanceId, const QString& name, QObject* context, Done<QString> done);
    // privileges "Control" or "Data"; expiresAt is sent as UTC yyyy-MM-ddTHH:mm:ssZ.
    ApiCall* grantOperatorPermission(const QString& instanceId,
        const QString& privileges,
        const QDateTime& expiresAt,
        QObject* context,
        Done<QString> done);
    ApiCall* revokeOperatorPermission(const QString& instanceId, QObject* context, Done<QString> done);

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
    ApiCall* sendPaged(const ApiRequest& first, PagedCall::PageParser page);
    ApiCall* unsupported(const QString& action);
    // A write of the account (or of the instance when `account` is empty): the instance and account parameters,
    // then `parameters`.
    ApiCall* write(const QString& action,
        const QString& instanceId,
        const QString& account,
        const ParameterList& parameters,
        QObject* context,
        Done<QString> done,
        std::optional<VerifyRead> verify = std::nullopt);
    // A write's parameters: the instance, the account (when there is one), then `more`.
    ParameterList accountParameters(
        const QString& instanceId, const QString& account, const ParameterList& more = {}) const;
    ApiCall* setPassword(const QString& action,
        const QString& instanceId,
        const QString& name,
        const QString& password,
        QObject* context,
        Done<QString> done);
    ApiCall* setLocked(
        const QString& instanceId, const QString& name, bool locked, QObject* context, Done<QString> done);

    ApiClient* m_client;
    const ProductApi& m_api;
    AccountRequests m_requests;
};
