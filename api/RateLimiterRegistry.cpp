#include "RateLimiterRegistry.h"

RateLimiterRegistry::RateLimiterRegistry(RateLimiter::Limits limits, RateLimiter::Clock clock)
    : m_limits(limits)
    , m_clock(std::move(clock))
{
}

QString RateLimiterRegistry::accountKey(const Credentials& credentials)
{
    // STS credentials carry the temporary AccessKey ID of the account that issued them, so they share its key.
    const bool bearer = credentials.mode == Credentials::Mode::BearerToken;
    return (bearer ? QStringLiteral("bearer:") : QStringLiteral("ak:")) + credentials.rateLimitKey();
}

std::shared_ptr<RateLimiter> RateLimiterRegistry::limiterFor(const Credentials& credentials)
{
    if (!credentials.isValid())
        return std::make_shared<RateLimiter>(m_limits, m_clock);
    std::shared_ptr<RateLimiter>& limiter = m_limiters[accountKey(credentials)];
    if (!limiter)
        limiter = std::make_shared<RateLimiter>(m_limits, m_clock);
    return limiter;
}
