#pragma once

#include <QMetaType>
#include <QString>

// How often one API action was called, for the call meter, with the seed's price and free tier.
struct CallUsage
{
    QString product; // "rds" / "r-kvstore"
    QString action; // "CreateAccount"
    int sessionCalls = 0; // since the app started
    int monthCalls = 0; // this calendar month (UTC), persisted
    double unitPriceCny = 0; // per request, Input plus Output price; 0 when the seeds publish no price
    int freeCallsPerMonth = 0; // 0 when the seed lists no free tier

    // CNY owed this month after the free tier.
    double monthCostCny() const
    {
        const int billable = monthCalls > freeCallsPerMonth ? monthCalls - freeCallsPerMonth : 0;
        return billable * unitPriceCny;
    }

    bool operator==(const CallUsage&) const = default;
};
Q_DECLARE_METATYPE(CallUsage)
