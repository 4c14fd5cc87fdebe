#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>

// A connection profile. Only non-secret fields live here (and in QSettings); secrets go in ProfileSecrets and
// only ever reach the OS keychain.
struct Profile
{
    enum class AuthMode { AccessKey, Sts, BearerToken };
    enum class SigningMethod { Acs3HmacSha256, RpcHmacSha1 };

    QString name;
    AuthMode authMode = AuthMode::AccessKey;
    QString accessKeyId;
    QString defaultRegion = QStringLiteral("cn-hangzhou");
    SigningMethod signingMethod = SigningMethod::Acs3HmacSha256;
    QMap<QString, QString> endpointOverrides; // product code ("rds", "r-kvstore") -> URL
    bool sessionOnly = false; // from the environment or chosen when no keychain: never written

    bool operator==(const Profile&) const = default;
};
Q_DECLARE_METATYPE(Profile)

// The secret fields of a profile. Kept in memory only as long as needed.
struct ProfileSecrets
{
    QString accessKeySecret;
    QString securityToken;
    QString bearerToken;

    bool operator==(const ProfileSecrets&) const = default;
};
Q_DECLARE_METATYPE(ProfileSecrets)
