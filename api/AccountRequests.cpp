#include "AccountRequests.h"

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

} // namespace

AccountRequests::AccountRequests(Product product, const QString& accountsArray)
    : m_product(product)
    , m_accountsArray(accountsArray)
{
}

QString AccountRequests::instanceIdParameter() const
{
    return ProductInfo::instanceIdParameter(m_product);
}

ApiRequest AccountRequests::read(const QString& action, const ParameterList& parameters, const QString& target) const
{
    ApiRequest request;
    request.product = m_product;
    request.action = action;
    request.parameters = parameters;
    request.target = target;
    return request;
}

ApiRequest AccountRequests::write(const QString& action,
    const QString& instanceId,
    const QString& account,
    const ParameterList& parameters,
    std::optional<VerifyRead> verify) const
{
    ApiRequest request = read(action, parameters, target(instanceId, account));
    request.isWrite = true;
    request.verify = std::move(verify);
    return request;
}

VerifyRead AccountRequests::accountCheck(const QString& instanceId,
    const QString& name,
    std::function<bool(const QJsonObject& account)> applied,
    bool whenAbsent) const
{
    VerifyRead verify;
    verify.read = std::make_shared<const ApiRequest>(read(QStringLiteral("DescribeAccounts"),
        { { instanceIdParameter(), instanceId }, { QStringLiteral("AccountName"), name } },
        target(instanceId, name)));
    verify.applied = [name, applied, whenAbsent, array = m_accountsArray](const QJsonObject& body) {
        const QJsonArray rows = body.value(QLatin1String("Accounts")).toObject().value(array).toArray();
        for (const auto& row : rows) {
            const QJsonObject account = row.toObject();
            if (account.value(QLatin1String("AccountName")).toString() == name)
                return applied ? applied(account) : true;
        }
        return whenAbsent;
    };
    return verify;
}

VerifyRead AccountRequests::createCheck(const QString& instanceId, const QString& name) const
{
    VerifyRead verify = accountCheck(instanceId, name, {}, false);
    verify.checkBefore = true;
    return verify;
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

AccountRequests::AccountApplied AccountRequests::descriptionIs(const QString& description)
{
    return [description](const QJsonObject& account) {
        return account.value(QLatin1String("AccountDescription")).toString() == description;
    };
}

AccountRequests::AccountApplied AccountRequests::lockedIs(bool locked)
{
    return [locked](const QJsonObject& account) {
        return (account.value(QLatin1String("AccountStatus")).toString() == QLatin1String("Locked")) == locked;
    };
}

AccountRequests::AccountApplied AccountRequests::privilegesShow(
    const QStringList& dbNames, const QStringList& privileges)
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

AccountRequests::AccountApplied AccountRequests::privilegesGone(const QStringList& dbNames)
{
    return [dbNames](const QJsonObject& account) {
        const QJsonArray rows = privilegeRows(account);
        return std::none_of(rows.begin(), rows.end(), [&](const QJsonValue& row) {
            return dbNames.contains(row.toObject().value(QLatin1String("DBName")).toString());
        });
    };
}
