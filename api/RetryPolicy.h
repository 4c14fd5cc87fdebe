#pragma once

#include "ServiceError.h"

#include <QtGlobal>

#include <functional>
#include <optional>

// When to try a call again and after how long (the seed: 429/Throttling -> exponential backoff with full jitter,
// honouring a retry-after header; 5xx and connection faults -> at most 3 retries, 1 to 5 s apart). Writes whose
// outcome is unknown are never simply resent: see outcomeUnknown() and ApiRequest::verify.
class RetryPolicy
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    struct Settings
    {
        int maxThrottleRetries = 6;
        qint64 throttleBaseMs = 200; // backoff ceiling doubles from here: 200, 400, 800, ...
        qint64 throttleCapMs = 10000;
        int maxFaultRetries = 3; // 5xx and connection faults
        qint64 faultMinDelayMs = 1000;
        qint64 faultMaxDelayMs = 5000;
        double timeScale = 1.0; // tests and benchmarks shrink every delay with this
    };

    RetryPolicy();
    explicit RetryPolicy(Settings settings, Random random = {});

    // Delay before retry number `retry` (1-based) of a call that failed with `error`, or nullopt when it must
    // not be retried. retryAfterMs is the server's hint (x-acs-retry-after / Retry-After), -1 when absent.
    std::optional<qint64> retryDelay(const ServiceError& error, int retry, bool isWrite, qint64 retryAfterMs) const;

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
