#pragma once

#include "Account.h"
#include "AccountRequests.h"
#include "ApiRequest.h"
#include "ApiResult.h"
#include "Database.h"
#include "Instance.h"
#include "JsonReader.h"
#include "Region.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>

class ApiCall;
class ApiClient;

// Typed ApsaraDB RDS (2014-08-15) account actions. Every method returns at once with the call's handle
// (cancel() aborts; it deletes itself when done) and later runs `done` in `context` (skipped, and the call
// cancelled, if `context` is destroyed first). List calls page through everything and merge.
// Writes report the RequestId of the change as their value.
class RdsClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Done = std::function<void(const ApiResult<T>&)>;

    explicit RdsClient(ApiClient* client, QObject* parent = nullptr);

    // Regions.RDSRegion[] has one row per zone; merged to one Region per RegionId, in answer order.
    ApiCall* describeRegions(QObject* context, Done<QList<Region>> done);
    ApiCall* describeDBInstances(const QString& regionId, QObject* context, Done<QList<Instance>> done);
    ApiCall* describeDBInstanceAttribute(const QString& instanceId, QObject* context, Done<Instance> done);
    ApiCall* describeDatabases(const QString& instanceId, QObject* context, Done<QList<Database>> done);
    // accountName empty = all accounts (paged, PageSize 100); otherwise the exact-name filter.
    ApiCall* describeAccounts(
        const QString& instanceId, QObject* context, Done<QList<Account>> done, const QString& accountName = {});
    // Key=account (or "database"); Words.word[].
    ApiCall* describeInstanceKeywords(const QString& key, QObject* context, Done<QStringList> done);

    ApiCall* createAccount(const QString& instanceId,
        const QString& name,
        const QString& password,
        const QString& accountType,
        const QString& description,
        QObject* context,
        Done<QString> done);
    ApiCall* deleteAccount(const QString& instanceId, const QString& name, QObject* context, Done<QString> done);
    ApiCall* modifyAccountDescription(const QString& instanceId,
        const QString& name,
        const QString& description,
        QObject* context,
        Done<QString> done);
    // dbNames and privileges pair up one to one (sent comma-separated).
    ApiCall* grantAccountPrivilege(const QString& instanceId,
        const QString& name,
        const QStringList& dbNames,
        const QStringList& privileges,
        QObject* context,
        Done<QString> done);
    ApiCall* revokeAccountPrivilege(const QString& instanceId,
        const QString& name,
        const QStringList& dbNames,
        QObject* context,
        Done<QString> done);
    ApiCall* resetAccount(
        const QString& instanceId, const QString& name, const QString& password, QObject* context, Done<QString> done);
    ApiCall* resetAccountPassword(
        const QString& instanceId, const QString& name, const QString& password, QObject* context, Done<QString> done);
    ApiCall* lockAccount(const QString& instanceId, const QString& name, QObject* context, Done<QString> done);
    ApiCall* unlockAccount(const QString& instanceId, const QString& name, QObject* context, Done<QString> done);
    // privileges "Control" or "Data"; expiresAt is sent as UTC yyyy-MM-ddTHH:mm:ssZ.
    ApiCall* grantOperatorPermission(const QString& instanceId,
        const QString& privileges,
        const QDateTime& expiresAt,
        QObject* context,
        Done<QString> done);
    ApiCall* revokeOperatorPermission(const QString& instanceId, QObject* context, Done<QString> done);

    // Parsers, public for tests: one answer body -> domain values (errors go to the reader).
    static QList<Account> parseAccounts(const QJsonObject& body, const QString& instanceId, JsonReader& reader);
    static QList<Instance> parseInstances(const QJsonObject& body, const QString& arrayPath, JsonReader& reader);

private:
    ApiCall* write(const QString& action,
        const QString& instanceId,
        const QString& account,
        const ParameterList& parameters,
        QObject* context,
        Done<QString> done,
        std::optional<VerifyRead> verify = std::nullopt);
    ApiCall* setLocked(
        const QString& instanceId, const QString& name, bool locked, QObject* context, Done<QString> done);

    ApiClient* m_client;
    AccountRequests m_requests;
};
