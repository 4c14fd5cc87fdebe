#pragma once

#include "ApiRequest.h"
#include "Product.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Builds the ApiRequests of one product's account actions for AccountClient: one way of naming
// targets, marking writes and checking an unknown-outcome write with a DescribeAccounts read.
class AccountRequests
{
public:
    // accountsArray: the DescribeAccounts list element, "DBInstanceAccount" (RDS) or "Account" (Redis).
    AccountRequests(Product product, const QString& accountsArray);

    // "DBInstanceId" / "InstanceId"
    QString instanceIdParameter() const;
    ApiRequest read(const QString& action, const ParameterList& parameters, const QString& target = {}) const;
    ApiRequest write(const QString& action,
        const QString& instanceId,
        const QString& account,
        const ParameterList& parameters,
        std::optional<VerifyRead> verify = std::nullopt) const;
    // A DescribeAccounts AccountName=name read that tells whether a write took effect: applied() judges the
    // account's row; whenAbsent is the answer when the account is not there (true for a delete).
    VerifyRead accountCheck(const QString& instanceId,
        const QString& name,
        std::function<bool(const QJsonObject& account)> applied,
        bool whenAbsent) const;
    // The check of a create: the account's presence, also read before the first send so that a name that was
    // already taken is never mistaken for the create having worked.
    VerifyRead createCheck(const QString& instanceId, const QString& name) const;

    // What the account's DescribeAccounts row shows once a write applied, for accountCheck().
    using AccountApplied = std::function<bool(const QJsonObject& account)>;
    static AccountApplied descriptionIs(const QString& description);
    static AccountApplied lockedIs(bool locked);
    // Every privilege shows, on its database where one is given (a Redis role has none).
    static AccountApplied privilegesShow(const QStringList& dbNames, const QStringList& privileges);
    static AccountApplied privilegesGone(const QStringList& dbNames);

    // AcceptLanguage=zh-CN when the user interface is Chinese, else en-US: region names come back in the user's
    // language (the two products differ in their default).
    static QPair<QString, QString> acceptLanguage();

    // "rm-abc/app_user", or the instance alone: what the request log shows.
    static QString target(const QString& instanceId, const QString& account = {});

private:
    Product m_product;
    QString m_accountsArray;
};
