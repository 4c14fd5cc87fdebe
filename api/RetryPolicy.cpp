#include "RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

RetryPolicy::RetryPolicy()
    : RetryPolicy(Settings {})
{
}

RetryPolicy::RetryPolicy(Settings settings, Random random)
    : m_settings(settings)
    , m_random(random ? std::move(random) : Random([] { return QRandomGenerator::global()->generateDouble(); }))
{
}

std::optional<qint64> RetryPolicy::retryDelay(
    const ServiceError& error, int retry, bool isWrite, qint64 retryAfterMs) const
{
    using C = ServiceError::Category;
    if (error.category == C::Throttled) {
        if (retry > m_settings.maxThrottleRetries)
            return std::nullopt;
        if (retryAfterMs >= 0)
            return scaled(double(retryAfterMs));
        // Full jitter: uniform in [0, min(cap, base * 2^(retry-1))].
        const double ceiling
            = std::min(double(m_settings.throttleCapMs), double(m_settings.throttleBaseMs) * std::pow(2.0, retry - 1));
        return scaled(m_random() * ceiling);
    }
    if (!isTransient(error) || retry > m_settings.maxFaultRetries)
        return std::nullopt;
    // A write with an unknown outcome is resent only after its verify read; the caller checks that first.
    Q_UNUSED(isWrite)
    const double span = double(m_settings.faultMaxDelayMs - m_settings.faultMinDelayMs);
    return scaled(double(m_settings.faultMinDelayMs) + m_random() * span);
}

bool RetryPolicy::outcomeUnknown(const ServiceError& error)
{
    using C = ServiceError::Category;
    if (error.category == C::Timeout || error.httpStatus >= 500)
        return true;
    // Refused or unresolvable connections never reached the server; anything else may have.
    return error.category == C::Network && error.code != QLatin1String("ConnectionRefused")
        && error.code != QLatin1String("HostNotFound");
}

bool RetryPolicy::isTransient(const ServiceError& error)
{
    using C = ServiceError::Category;
    return error.category == C::Throttled || error.category == C::Server || error.category == C::Network
        || error.category == C::Timeout || error.httpStatus >= 500;
}

qint64 RetryPolicy::scaled(double ms) const
{
    return qint64(std::llround(ms * m_settings.timeScale));
}
