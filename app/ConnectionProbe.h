#pragma once

#include "PendingOperation.h"
#include "Profile.h"

// Makes one read call (DescribeRegions) with a profile's settings and secrets; the operation succeeds with the
// RequestId or fails with the ServiceError. The app implements it over api/; tests use a fake.
class ConnectionProbe
{
public:
    virtual ~ConnectionProbe() = default;
    virtual PendingOperation* probe(const Profile& profile, const ProfileSecrets& secrets) = 0;
};
