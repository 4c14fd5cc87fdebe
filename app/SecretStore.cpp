#include "SecretStore.h"

QString SecretStore::profilePrefix(const QString& profileName)
{
    return QStringLiteral("profile/") + profileName + QLatin1Char('/');
}

QString SecretStore::keyFor(const QString& profileName, const QString& field)
{
    return profilePrefix(profileName) + field;
}
