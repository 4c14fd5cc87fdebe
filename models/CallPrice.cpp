#include "CallPrice.h"

#include <QHash>

CallPrice CallPrice::forAction(const QString& action)
{
    // The RDS seed's price table: CNY per request and free calls per month.
    static const QHash<QString, CallPrice> table = {
        {QStringLiteral("CreateAccount"), {0.001, 0}},
        {QStringLiteral("ModifyAccountDescription"), {0.001, 1000}},
        {QStringLiteral("DescribeInstanceKeywords"), {0.0001, 1000}},
        {QStringLiteral("ResetAccount"), {0.0001, 1000}},
        {QStringLiteral("LockAccount"), {0.001, 100}},
        {QStringLiteral("UnlockAccount"), {0.001, 100}},
        {QStringLiteral("RevokeAccountPrivilege"), {0.001, 0}},
    };
    return table.value(action);
}
