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
        // Full jitter: uniform in [0, min(cap, base * 2^(retry-1))]; the hint is a floor, so callers that all got
        // the same hint still spread out instead of coming back at the same instant.
        const double ceiling
            = std::min(double(m_settings.throttleCapMs), double(m_settings.throttleBaseMs) * std::pow(2.0, retry - 1));
        const double wait = std::max(m_random() * ceiling, double(std::max<qint64>(0, retryAfterMs)));
        return scaled(std::min(wait, double(m_settings.throttleMaxDelayMs)));
    }
    if (!isTransient(error) || retry > m_settings.maxFaultRetries)
        return std::nullopt;
    // A write with an unknown outcome is resent only after its verify read; the caller checks that first.
    Q_UNUSED(isWrite)
    const double span = double(m_settings.faultMaxDelayMs - m_settings.faultMinDelayMs);
    return scaled(double(m_settings.faultMinDelayMs) + m_random() * span);
}

qint64 RetryPolicy::retryAfterHintMs(const QByteArray& acsRetryAfter, const QByteArray& retryAfter)
{
    // Anything beyond a day is as good as "a long time"; saturating there keeps the * 1000 below from overflowing.
    constexpr qint64 DayMs = 24LL * 3600 * 1000;
    bool ok = false;
    if (!acsRetryAfter.trimmed().isEmpty()) {
        const QByteArray text = acsRetryAfter.trimmed();
        const qint64 ms = text.toLongLong(&ok);
        if (ok && ms >= 0)
            return std::min(ms, DayMs);
        // Digits only but too long for 64 bits: a huge wait, not an unreadable one.
        if (!text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; }))
            return DayMs;
    }
    const QByteArray text = retryAfter.trimmed();
    if (text.isEmpty())
        return -1;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok && seconds >= 0)
        return std::min(seconds, DayMs / 1000) * 1000;
    if (std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return DayMs;
    return -1;
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
