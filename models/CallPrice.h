#pragma once

#include <QString>

// The seed's price and monthly free tier of one action of one product (RDS seed, "Pricing & Billing"):
//   | Tier | Input Price | Output Price |, e.g. "ModifyAccountDescription | 0.001 / | 0.001 / |".
// A request is billed both prices where the seed lists both. Actions the seeds do not price (every Redis call,
// the list calls, the RDS writes missing from the table) have no published price: they are never given another
// action's price.
struct CallPrice
{
    double inputPriceCny = 0;
    double outputPriceCny = 0; // 0 where the seed shows "—"
    int freeCallsPerMonth = 0; // per action and calendar month
    bool published = false;

    // CNY per billed request: Input plus Output.
    double unitPriceCny() const { return inputPriceCny + outputPriceCny; }

    // product is the product code ("rds", "r-kvstore").
    static CallPrice forAction(const QString& product, const QString& action);
};
