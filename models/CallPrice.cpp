#include "CallPrice.h"

#include <QHash>

CallPrice CallPrice::forAction(const QString& product, const QString& action)
{
    // The RDS seed's price table (CNY per request, Input and Output) and its free tiers: "ModifyAccountDescription,
    // DescribeInstanceKeywords, ResetAccount: 1000 free calls/month"; "LockAccount, UnlockAccount: 100 free
    // calls/month". The Redis seed publishes no prices.
    static const QHash<QString, CallPrice> rds = {
        { QStringLiteral("CreateAccount"), { 0.001, 0, 0, true } },
        { QStringLiteral("ModifyAccountDescription"), { 0.001, 0.001, 1000, true } },
        { QStringLiteral("DescribeInstanceKeywords"), { 0.0001, 0.0001, 1000, true } },
        { QStringLiteral("ResetAccount"), { 0.0001, 0.0001, 1000, true } },
        { QStringLiteral("LockAccount"), { 0.001, 0.001, 100, true } },
        { QStringLiteral("UnlockAccount"), { 0.001, 0.001, 100, true } },
        { QStringLiteral("RevokeAccountPrivilege"), { 0.001, 0.001, 0, true } },
    };
    if (product != QLatin1String("rds"))
        return {};
    return rds.value(action);
}
