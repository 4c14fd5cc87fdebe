#pragma once

#include "ApiRequest.h"
#include "OperatorPermission.h"
#include "ProductApi.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Builds the ApiRequests of one product's account actions, as its ProductApi describes them: one way of naming
// targets, marking writes and checking an unknown-outcome write with a DescribeAccounts read. It sends nothing:
// AccountClient sends the reads it builds, and a write built here goes out through AccountClient::write().
class AccountRequests
{
public:
    explicit AccountRequests(const ProductApi& api);

    ApiRequest read(const QString& action, const ParameterList& parameters, const QString& target = {}) const;

    // The writes. Each carries the read that proves it applied after an unknown outcome, except where no read can
    // tell (passwords, operator access): such an outcome is reported, never resent.
    // kind: the product's createKindParameter (RDS AccountType, Redis AccountPrivilege); empty = the API default.
    ApiRequest createAccount(const QString& instanceId,
        const QString& name,
        const QString& password,
        const QString& kind,
        const QString& description) const;
    ApiRequest deleteAccount(const QString& instanceId, const QString& name) const;
    ApiRequest modifyAccountDescription(const QString& instanceId, const QString& name, const QString& text) const;
    // dbNames and privileges pair up one to one (sent comma-separated); a product whose privileges are one role
    // per account (Redis) takes no dbNames and one privilege.
    ApiRequest grantAccountPrivilege(const QString& instanceId,
        const QString& name,
        const QStringList& dbNames,
        const QStringList& privileges) const;
    ApiRequest revokeAccountPrivilege(const QString& instanceId, const QString& name, const QStringList& dbNames) const;
    ApiRequest resetAccount(const QString& instanceId, const QString& name, const QString& password) const;
    ApiRequest resetAccountPassword(const QString& instanceId, const QString& name, const QString& password) const;
    // LockAccount or UnlockAccount.
    ApiRequest setAccountLocked(const QString& instanceId, const QString& name, bool locked) const;
    ApiRequest grantOperatorPermission(const QString& instanceId, const OperatorPermission& permission) const;
    ApiRequest revokeOperatorPermission(const QString& instanceId) const;

    // AcceptLanguage=zh-CN when the user interface is Chinese, else en-US: region names come back in the user's
    // language (the two products differ in their default).
    static QPair<QString, QString> acceptLanguage();

    // "rm-abc/app_user", or the instance alone: what the request log shows.
    static QString target(const QString& instanceId, const QString& account = {});

private:
    // What the account's DescribeAccounts row shows once a write applied.
    using AccountApplied = std::function<bool(const QJsonObject& account)>;

    // A write of the account (or of the instance when `account` is empty): the instance and account parameters,
    // then `more`.
    ApiRequest write(const QString& action,
        const QString& instanceId,
        const QString& account,
        const ParameterList& more,
        std::optional<VerifyRead> verify = std::nullopt) const;
    // A DescribeAccounts AccountName=name read that tells whether a write took effect: applied() judges the
    // account's row; whenAbsent is the answer when the account is not there (true for a delete).
    VerifyRead accountCheck(
        const QString& instanceId, const QString& name, const AccountApplied& applied, bool whenAbsent = false) const;

    const ProductApi& m_api;
};
