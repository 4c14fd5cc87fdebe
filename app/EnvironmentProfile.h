#pragma once

#include "Profile.h"

#include <optional>

// The credentials of the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, _ACCESS_KEY_SECRET, _SECURITY_TOKEN, _REGION_ID,
// or ALIYUN_API_KEY for a bearer token) as a session-only profile named "environment". It is never written.
struct EnvironmentProfile
{
    static inline const QString Name = QStringLiteral("environment");

    Profile profile;
    ProfileSecrets secrets;

    // Empty when the environment holds no complete set of credentials.
    static std::optional<EnvironmentProfile> fromEnvironment();
};
