#pragma once

#include <QString>

// The seed's per-request price and monthly free tier of one action (RDS seed, "Pricing & Billing").
struct CallPrice
{
    double unitPriceCny = 0;
    int freeCallsPerMonth = 0;

    // Looks the action up in the seed's price table; actions the seed does not price cost 0.
    static CallPrice forAction(const QString& action);
};
