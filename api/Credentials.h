#pragma once

#include "Profile.h"

#include <QMetaType>
#include <QProcessEnvironment>
#include <QString>

// What a call is authenticated with. A value type; the secret fields never reach a log (see Redactor).
struct Credentials
{
    using Mode = Profile::AuthMode; // AccessKey, Sts, BearerToken
    using SigningMethod = Profile::SigningMethod; // Acs3HmacSha256 (SDK default), RpcHmacSha1

    Mode mode = Mode::AccessKey;
    SigningMethod signingMethod = SigningMethod::Acs3HmacSha256;
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // Sts only
    QString bearerToken; // BearerToken only

    static Credentials accessKey(
        const QString& id, const QString& secret, SigningMethod method = SigningMethod::Acs3HmacSha256);
    static Credentials sts(const QString& id,
        const QString& secret,
        const QString& token,
        SigningMethod method = SigningMethod::Acs3HmacSha256);
    static Credentials bearer(const QString& token, SigningMethod method = SigningMethod::Acs3HmacSha256);
    static Credentials fromProfile(const Profile& profile, const ProfileSecrets& secrets);

    // ALIYUN_API_KEY wins (bearer); otherwise ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET, with
    // ALIBABA_CLOUD_SECURITY_TOKEN making it STS. Invalid (isValid() false) when none is set.
    static Credentials fromEnvironment(
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    // ALIBABA_CLOUD_REGION_ID, empty when unset.
    static QString regionFromEnvironment(
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

    bool isValid() const;
    // The key the rate limiter is shared by: the AccessKey ID, or the bearer token's identity.
    QString rateLimitKey() const;

    bool operator==(const Credentials&) const = default;
};
Q_DECLARE_METATYPE(Credentials)
