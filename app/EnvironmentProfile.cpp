#include "EnvironmentProfile.h"

#include "AppLogging.h"

namespace {

QString variable(const char* name)
{
    return qEnvironmentVariable(name).trimmed();
}

} // namespace

std::optional<EnvironmentProfile> EnvironmentProfile::fromEnvironment()
{
    EnvironmentProfile result;
    result.profile.name = Name;
    result.profile.sessionOnly = true;
    const QString region = variable("ALIBABA_CLOUD_REGION_ID");
    if (!region.isEmpty())
        result.profile.defaultRegion = region;

    const QString keyId = variable("ALIBABA_CLOUD_ACCESS_KEY_ID");
    const QString keySecret = variable("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    const QString token = variable("ALIBABA_CLOUD_SECURITY_TOKEN");
    const QString apiKey = variable("ALIYUN_API_KEY");

    if (!keyId.isEmpty() && !keySecret.isEmpty()) {
        result.profile.accessKeyId = keyId;
        result.secrets.accessKeySecret = keySecret;
        result.secrets.securityToken = token;
        result.profile.authMode = token.isEmpty() ? Profile::AuthMode::AccessKey : Profile::AuthMode::Sts;
        return result;
    }
    if (!keyId.isEmpty() || !keySecret.isEmpty())
        qCWarning(lcApp) << "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET must both be set;"
                            " ignoring the environment AccessKey";
    if (!apiKey.isEmpty()) {
        result.profile.authMode = Profile::AuthMode::BearerToken;
        result.secrets.bearerToken = apiKey;
        return result;
    }
    return std::nullopt;
}
