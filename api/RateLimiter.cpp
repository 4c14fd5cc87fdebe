#include "RateLimiter.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace {
RateLimiter::Clock steadyClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}
} // namespace

RateLimiter::RateLimiter()
    : RateLimiter(Limits {})
{
}

RateLimiter::RateLimiter(Limits limits, Clock clock)
    : m_limits(limits)
    , m_clock(clock ? std::move(clock) : steadyClock())
{
    m_all.perSecond = limits.perSecond;
    m_all.capacity = std::max(1.0, limits.burst);
    m_operator.perSecond = limits.operatorPerSecond;
    m_operator.capacity = std::max(1.0, limits.operatorBurst);
}

qint64 RateLimiter::Bucket::take(qint64 now)
{
    if (!started) {
        tokens = capacity;
        updatedAt = now;
        started = true;
    }
    tokens = std::min(capacity, tokens + double(now - updatedAt) * perSecond / 1000.0);
    updatedAt = now;
    tokens -= 1;
    if (tokens >= 0)
        return 0;
    return qint64(std::ceil(-tokens * 1000.0 / perSecond));
}

qint64 RateLimiter::reserve(const QString& action)
{
    const qint64 now = m_clock();
    qint64 wait = m_all.take(now);
    if (isOperatorAction(action))
        wait = std::max(wait, m_operator.take(now));
    return wait;
}

bool RateLimiter::isOperatorAction(const QString& action)
{
    return action == QLatin1String("GrantOperatorPermission") || action == QLatin1String("RevokeOperatorPermission");
}
