#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>

// Token buckets shared by every call made with one AccessKey: 100 requests/s for all actions, plus a separate
// 10/s for GrantOperatorPermission and RevokeOperatorPermission (the seed's limits). reserve() books a slot and
// says how long to wait for it; callers wait with a QTimer, never by blocking. Not thread-safe: one per
// AccessKey, used from the thread of its clients.
class RateLimiter
{
public:
    using Clock = std::function<qint64()>; // monotonic milliseconds

    struct Limits
    {
        double perSecond = 100;
        double operatorPerSecond = 10;
        double burst = 10; // calls that may go at once after a quiet period (all actions)
        double operatorBurst = 1;
    };

    RateLimiter();
    explicit RateLimiter(Limits limits, Clock clock = {});

    // Books the next slot for this action; returns how many ms from now the call may start (0 = now).
    qint64 reserve(const QString& action);
    Limits limits() const { return m_limits; }

    static bool isOperatorAction(const QString& action);

private:
    struct Bucket
    {
        double perSecond = 0;
        double capacity = 0;
        double tokens = 0; // may go negative: slots already promised to waiting calls
        qint64 updatedAt = 0; // ms on m_clock
        bool started = false;

        qint64 take(qint64 now);
    };

    Limits m_limits;
    Clock m_clock;
    Bucket m_all;
    Bucket m_operator;
};
