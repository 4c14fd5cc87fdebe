#pragma once

#include "Account.h"
#include "AccountRequests.h"
#include "ApiRequest.h"
#include "ApiResult.h"
#include "Instance.h"
#include "JsonReader.h"
#include "Region.h"

#include <QObject>

#include <functional>

class ApiCall;
class ApiClient;

// Typed ApsaraDB for Redis (R-KVStore 2015-01-01) account actions, same style as RdsClient.
class RedisClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Done = std::function<void(const ApiResult<T>&)>;

    explicit RedisClient(ApiClient* client, QObject* parent = nullptr);

    ApiCall* describeRegions(QObject* context, Done<QList<Region>> done);
    // Paged with PageSize 50 (the maximum) and merged.
    ApiCall* describeInstances(const QString& regionId, QObject* context, Done<QList<Instance>> done);
    ApiCall* describeInstanceAttribute(const QString& instanceId, QObject* context, Done<Instance> done);
    ApiCall* describeAccounts(
        const QString& instanceId, QObject* context, Done<QList<Account>> done, const QString& accountName = {});

    // privilege empty = the API default (RoleReadWrite).
    ApiCall* createAccount(const QString& instanceId,
        const QString& name,
        const QString& password,
        const QString& privilege,
        const QString& description,
        QObject* context,
        Done<QString> done);
    ApiCall* grantAccountPrivilege(
        const QString& instanceId, const QString& name, const QString& privilege, QObject* context, Done<QString> done);
    ApiCall* modifyAccountDescription(const QString& instanceId,
        const QString& name,
        const QString& description,
        QObject* context,
        Done<QString> done);
    ApiCall* modifyAccountPassword(const QString& instanceId,
        const QString& name,
        const QString& oldPassword,
        const QString& newPassword,
        QObject* context,
        Done<QString> done);
    ApiCall* resetAccountPassword(
        const QString& instanceId, const QString& name, const QString& password, QObject* context, Done<QString> done);
    ApiCall* deleteAccount(const QString& instanceId, const QString& name, QObject* context, Done<QString> done);

    static QList<Instance> parseInstances(const QJsonObject& body, const QString& arrayPath, JsonReader& reader);
    static QList<Account> parseAccounts(const QJsonObject& body, const QString& instanceId, JsonReader& reader);

private:
    ApiCall* write(const QString& action,
        const QString& instanceId,
        const QString& account,
        const ParameterList& parameters,
        QObject* context,
        Done<QString> done,
        std::optional<VerifyRead> verify = std::nullopt);

    ApiClient* m_client;
    AccountRequests m_requests;
};
