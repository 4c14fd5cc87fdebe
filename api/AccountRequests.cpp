#include "AccountRequests.h"

#include "RequestSigner.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace {

QJsonArray privilegeRows(const QJsonObject& account)
{
    return account.value(QLatin1String("DatabasePrivileges"))
        .toObject()
        .value(QLatin1String("DatabasePrivilege"))
        .toArray();
}

using AccountApplied = std::function<bool(const QJsonObject& account)>;

// Every privilege shows, on its database where one is given (a Redis role has none).
AccountApplied privilegesShow(const QStringList& dbNames, const QStringList& privileges)
{
    return [dbNames, privileges](const QJsonObject& account) {
        const QJsonArray rows = privilegeRows(account);
        const qsizetype count = std::max(dbNames.size(), privileges.size());
        for (qsizetype i = 0; i < count; ++i) {
            const QString db = dbNames.value(i);
            const bool found = std::any_of(rows.begin(), rows.end(), [&](const QJsonValue& row) {
                const QJsonObject o = row.toObject();
                return (db.isEmpty() || o.value(QLatin1String("DBName")).toString() == db)
                    && o.value(QLatin1String("AccountPrivilege")).toString() == privileges.value(i);
            });
            if (!found)
                return false;
        }
        return true;
    };
}

AccountApplied privilegesGone(const QStringList& dbNames)
{
    return [dbNames](const QJsonObject& account) {
        const QJsonArray rows = privilegeRows(account);
        return std::none_of(rows.begin(), rows.end(), [&](const QJsonValue& row) {
            return dbNames.contains(row.toObject().value(QLatin1String("DBName")).toString());
        });
    };
}

} // namespace

AccountRequests::AccountRequests(const ProductApi& api)
    : m_api(api)
{
}

ApiRequest AccountRequests::read(const QString& action, const ParameterList& parameters, const QString& target) const
{
    ApiRequest request;
    request.product = m_api.product;
    request.action = action;
    request.parameters = parameters;
    request.target = target;
    return request;
}

ApiRequest AccountRequests::write(const QString& action,
    const QString& instanceId,
    const QString& account,
    const ParameterList& more,
    std::optional<VerifyRead> verify) const
{
    ParameterList parameters { { m_api.instanceIdParameter, instanceId } };
    if (!account.isEmpty())
        parameters.append({ QStringLiteral("AccountName"), account });
    parameters.append(more);
    ApiRequest request = read(action, parameters, target(instanceId, account));
    request.isWrite = true;
    request.verify = std::move(verify);
    return request;
}

VerifyRead AccountRequests::accountCheck(
    const QString& instanceId, const QString& name, const AccountApplied& applied, bool whenAbsent) const
{
    VerifyRead verify;
    verify.read = std::make_shared<const ApiRequest>(read(QStringLiteral("DescribeAccounts"),
        { { m_api.instanceIdParameter, instanceId }, { QStringLiteral("AccountName"), name } },
        target(instanceId, name)));
    verify.applied = [name, applied, whenAbsent, array = m_api.accountsArray](const QJsonObject& body) {
        const QJsonArray rows = body.value(QLatin1String("Accounts")).toObject().value(array).toArray();
        for (const auto& row : rows) {
            const QJsonObject account = row.toObject();
            if (account.value(QLatin1String("AccountName")).toString() == name)
                return applied(account);
        }
        return whenAbsent;
    };
    return verify;
}

// The account's presence, also read before the first send so that a name that was already taken is never
// mistaken for the create having worked.
ApiRequest AccountRequests::createAccount(const QString& instanceId,
    const QString& name,
    const QString& password,
    const QString& kind,
    const QString& description) const
{
    ParameterList more { { QStringLiteral("AccountPassword"), password } };
    if (!kind.isEmpty())
        more.append({ m_api.createKindParameter, kind });
    if (!description.isEmpty())
        more.append({ QStringLiteral("AccountDescription"), description });
    VerifyRead exists = accountCheck(instanceId, name, [](const QJsonObject&) { return true; });
    exists.checkBefore = true;
    return write(QStringLiteral("CreateAccount"), instanceId, name, more, exists);
}

ApiRequest AccountRequests::deleteAccount(const QString& instanceId, const QString& name) const
{
    const VerifyRead gone = accountCheck(
        instanceId, name, [](const QJsonObject&) { return false; }, true);
    return write(QStringLiteral("DeleteAccount"), instanceId, name, {}, gone);
}

ApiRequest AccountRequests::modifyAccountDescription(
    const QString& instanceId, const QString& name, const QString& text) const
{
    const auto shown = [text](const QJsonObject& account) {
        return account.value(QLatin1String("AccountDescription")).toString() == text;
    };
    const ParameterList more { { QStringLiteral("AccountDescription"), text } };
    return write(
        QStringLiteral("ModifyAccountDescription"), instanceId, name, more, accountCheck(instanceId, name, shown));
}

ApiRequest AccountRequests::grantAccountPrivilege(
    const QString& instanceId, const QString& name, const QStringList& dbNames, const QStringList& privileges) const
{
    ParameterList more;
    if (m_api.privilegesPerDatabase)
        more.append({ QStringLiteral("DBName"), dbNames.join(QLatin1Char(',')) });
    more.append({ QStringLiteral("AccountPrivilege"), privileges.join(QLatin1Char(',')) });
    const VerifyRead granted = accountCheck(instanceId, name, privilegesShow(dbNames, privileges));
    return write(QStringLiteral("GrantAccountPrivilege"), instanceId, name, more, granted);
}

ApiRequest AccountRequests::revokeAccountPrivilege(
    const QString& instanceId, const QString& name, const QStringList& dbNames) const
{
    const ParameterList more { { QStringLiteral("DBName"), dbNames.join(QLatin1Char(',')) } };
    const VerifyRead revoked = accountCheck(instanceId, name, privilegesGone(dbNames));
    return write(QStringLiteral("RevokeAccountPrivilege"), instanceId, name, more, revoked);
}

// Password changes cannot be verified by a read.
ApiRequest AccountRequests::resetAccount(const QString& instanceId, const QString& name, const QString& password) const
{
    const ParameterList more { { QStringLiteral("AccountPassword"), password } };
    return write(QStringLiteral("ResetAccount"), instanceId, name, more);
}

ApiRequest AccountRequests::resetAccountPassword(
    const QString& instanceId, const QString& name, const QString& password) const
{
    const ParameterList more { { QStringLiteral("AccountPassword"), password } };
    return write(QStringLiteral("ResetAccountPassword"), instanceId, name, more);
}

// Lock and Unlock differ only in the action and the status that shows they took effect.
ApiRequest AccountRequests::setAccountLocked(const QString& instanceId, const QString& name, bool locked) const
{
    const auto shown = [locked](const QJsonObject& account) {
        return (account.value(QLatin1String("AccountStatus")).toString() == QLatin1String("Locked")) == locked;
    };
    const QString action = locked ? QStringLiteral("LockAccount") : QStringLiteral("UnlockAccount");
    return write(action, instanceId, name, {}, accountCheck(instanceId, name, shown));
}

ApiRequest AccountRequests::grantOperatorPermission(
    const QString& instanceId, const OperatorPermission& permission) const
{
    const ParameterList more { { QStringLiteral("Privileges"), permission.privileges },
        { QStringLiteral("ExpiredTime"), RequestSigner::timestamp(permission.expiredTime) } };
    return write(QStringLiteral("GrantOperatorPermission"), instanceId, {}, more);
}

ApiRequest AccountRequests::revokeOperatorPermission(const QString& instanceId) const
{
    return write(QStringLiteral("RevokeOperatorPermission"), instanceId, {}, {});
}

QString AccountRequests::target(const QString& instanceId, const QString& account)
{
    return account.isEmpty() ? instanceId : instanceId + QLatin1Char('/') + account;
}

QPair<QString, QString> AccountRequests::acceptLanguage()
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    return { QStringLiteral("AcceptLanguage"), chinese ? QStringLiteral("zh-CN") : QStringLiteral("en-US") };
}
