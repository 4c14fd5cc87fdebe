#pragma once

#include "Credentials.h"
#include "RateLimiter.h"

#include <QHash>
#include <QString>

#include <memory>

// One RateLimiter per Alibaba Cloud account (the RDS seed: "100 QPS per Alibaba Cloud account"; "Service account
// operations: 10 requests per second"), shared by every ApiClient and profile that uses the same AccessKey ID or
// the same bearer token. Owned by the app and handed to its clients; there is no global registry.
//
//   RateLimiterRegistry limiters;                       // AppSession
//   client.setRateLimiter(limiters.limiterFor(creds));  // each client, whenever its credentials change
class RateLimiterRegistry
{
public:
    explicit RateLimiterRegistry(RateLimiter::Limits limits = {}, RateLimiter::Clock clock = {});

    // The account's limiter, created on first use. Invalid credentials get a limiter of their own.
    std::shared_ptr<RateLimiter> limiterFor(const Credentials& credentials);
    // The account key: "ak:<AccessKey ID>" or "bearer:<hash of the token>" (never the token itself).
    static QString accountKey(const Credentials& credentials);

private:
    RateLimiter::Limits m_limits;
    RateLimiter::Clock m_clock;
    QHash<QString, std::shared_ptr<RateLimiter>> m_limiters;
};
