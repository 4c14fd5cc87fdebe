#include "RamPolicy.h"

#include "ApiActionTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RamPolicy {

QByteArray document(RoleMode mode)
{
    QJsonObject statement;
    statement.insert(QStringLiteral("Effect"), QStringLiteral("Allow"));
    statement.insert(QStringLiteral("Action"), QJsonArray::fromStringList(ApiActionTable::ramActions(mode)));
    statement.insert(QStringLiteral("Resource"), QStringLiteral("*"));
    QJsonObject policy;
    policy.insert(QStringLiteral("Version"), QStringLiteral("1"));
    policy.insert(QStringLiteral("Statement"), QJsonArray { statement });
    return QJsonDocument(policy).toJson(QJsonDocument::Indented);
}

QString suggestedName(RoleMode mode)
{
    switch (mode) {
    case RoleMode::Helpdesk:
        return QStringLiteral("ApsaraAccountsHelpdesk");
    case RoleMode::Dba:
        return QStringLiteral("ApsaraAccountsDba");
    case RoleMode::Audit:
        return QStringLiteral("ApsaraAccountsAudit");
    }
    return {};
}

} // namespace RamPolicy
