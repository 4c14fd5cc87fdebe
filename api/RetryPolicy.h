#pragma once

#include "ServiceError.h"

#include <QByteArray>
#include <QtGlobal>

#include <functional>
#include <optional>

// When to try a call again and after how long (the seed: "If rate-limited (HTTP 429), implement exponential backoff
// with jitter": full jitter, and a server's retry-after hint is a floor, not the whole wait; "For transient errors
// (5xx), retry up to 3 times with 1–5 second delays"). Writes whose
// outcome is unknown are never simply resent: see outcomeUnknown() and ApiRequest::verify.
class RetryPolicy
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    struct Settings
    {
        int maxThrottleRetries = 6;
        qint64 throttleBaseMs = 200; // backoff ceiling doubles from here: 200, 400, 800, ...
        qint64 throttleCapMs = 10000; // the backoff ceiling stops doubling here
        qint64 throttleMaxDelayMs = 20000; // no throttling wait is longer, whatever the hint says
        int maxFaultRetries = 3; // 5xx and connection faults
        qint64 faultMinDelayMs = 1000;
        qint64 faultMaxDelayMs = 5000;
        double timeScale = 1.0; // tests and benchmarks shrink every delay with this
    };

    RetryPolicy();
    explicit RetryPolicy(Settings settings, Random random = {});

    // Delay before retry number `retry` (1-based) of a call that failed with `error`, or nullopt when it must
    // not be retried. retryAfterMs is the server's hint (x-acs-retry-after / Retry-After), -1 when absent; a
    // throttled call waits max(hint, full-jitter backoff), at most throttleMaxDelayMs.
    std::optional<qint64> retryDelay(const ServiceError& error, int retry, bool isWrite, qint64 retryAfterMs) const;

    // The server's hint in ms from x-acs-retry-after (ms, openapi-core's ThrottlingError.retryAfter) or
    // Retry-After (whole seconds), -1 when absent or unreadable. Huge values saturate instead of overflowing.
    static qint64 retryAfterHintMs(const QByteArray& acsRetryAfter, const QByteArray& retryAfter);

    // True when a write may or may not have taken effect: it was sent, and no definite answer came back.
    static bool outcomeUnknown(const ServiceError& error);
    // True for throttling, 5xx and connection faults.
    static bool isTransient(const ServiceError& error);

    Settings settings() const { return m_settings; }

private:
    qint64 scaled(double ms) const;

    Settings m_settings;
    Random m_random;
};
