#include "SecretField.h"

namespace SecretField {

QStringList all()
{
    return { AccessKeySecret, SecurityToken, BearerToken };
}

QStringList usedBy(Profile::AuthMode mode)
{
    switch (mode) {
    case Profile::AuthMode::AccessKey:
        return { AccessKeySecret };
    case Profile::AuthMode::Sts:
        return { AccessKeySecret, SecurityToken };
    case Profile::AuthMode::BearerToken:
        return { BearerToken };
    }
    return {};
}

QString valueIn(const ProfileSecrets& secrets, const QString& field)
{
    if (field == AccessKeySecret)
        return secrets.accessKeySecret;
    if (field == SecurityToken)
        return secrets.securityToken;
    return secrets.bearerToken;
}

void setValueIn(ProfileSecrets& secrets, const QString& field, const QString& value)
{
    if (field == AccessKeySecret)
        secrets.accessKeySecret = value;
    else if (field == SecurityToken)
        secrets.securityToken = value;
    else
        secrets.bearerToken = value;
}

} // namespace SecretField
