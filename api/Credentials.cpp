#include "Credentials.h"

#include <QCryptographicHash>

Credentials Credentials::accessKey(const QString& id, const QString& secret, SigningMethod method)
{
    Credentials c;
    c.mode = Mode::AccessKey;
    c.signingMethod = method;
    c.accessKeyId = id;
    c.accessKeySecret = secret;
    return c;
}

Credentials Credentials::sts(const QString& id, const QString& secret, const QString& token, SigningMethod method)
{
    Credentials c = accessKey(id, secret, method);
    c.mode = Mode::Sts;
    c.securityToken = token;
    return c;
}

Credentials Credentials::bearer(const QString& token, SigningMethod method)
{
    Credentials c;
    c.mode = Mode::BearerToken;
    c.signingMethod = method;
    c.bearerToken = token;
    return c;
}

Credentials Credentials::fromProfile(const Profile& profile, const ProfileSecrets& secrets)
{
    switch (profile.authMode) {
    case Mode::BearerToken:
        return bearer(secrets.bearerToken, profile.signingMethod);
    case Mode::Sts:
        return sts(profile.accessKeyId, secrets.accessKeySecret, secrets.securityToken, profile.signingMethod);
    case Mode::AccessKey:
        break;
    }
    return accessKey(profile.accessKeyId, secrets.accessKeySecret, profile.signingMethod);
}

Credentials Credentials::fromEnvironment(const QProcessEnvironment& environment)
{
    const QString apiKey = environment.value(QStringLiteral("ALIYUN_API_KEY"));
    if (!apiKey.isEmpty())
        return bearer(apiKey);
    const QString id = environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"));
    const QString secret = environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
    const QString token = environment.value(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"));
    if (id.isEmpty() || secret.isEmpty())
        return {};
    return token.isEmpty() ? accessKey(id, secret) : sts(id, secret, token);
}

QString Credentials::regionFromEnvironment(const QProcessEnvironment& environment)
{
    return environment.value(QStringLiteral("ALIBABA_CLOUD_REGION_ID"));
}

bool Credentials::isValid() const
{
    switch (mode) {
    case Mode::BearerToken:
        return !bearerToken.isEmpty();
    case Mode::Sts:
        return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty() && !securityToken.isEmpty();
    case Mode::AccessKey:
        break;
    }
    return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty();
}

QString Credentials::rateLimitKey() const
{
    if (mode != Mode::BearerToken)
        return accessKeyId;
    // A hash, so the token itself is never used as a map key that could end up in a log.
    return QString::fromLatin1(
        QCryptographicHash::hash(bearerToken.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}
