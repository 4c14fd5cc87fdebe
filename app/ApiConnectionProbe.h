#pragma once

#include "ConnectionProbe.h"

#include <QObject>

class RateLimiterRegistry;

// "Test connection" of the profile dialog: one DescribeRegions call with the profile's own credentials and
// endpoint overrides, on a client of its own so the session's settings are not touched.
class ApiConnectionProbe : public QObject, public ConnectionProbe
{
    Q_OBJECT

public:
    using QObject::QObject;

    PendingOperation* probe(const Profile& profile, const ProfileSecrets& secrets) override;
    // The probe's call counts against the account's rate limits like every other call of that account.
    void setRateLimiters(RateLimiterRegistry* limiters) { m_limiters = limiters; }

private:
    RateLimiterRegistry* m_limiters = nullptr;
};
