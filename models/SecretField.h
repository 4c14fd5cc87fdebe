#pragma once

#include "Profile.h"

#include <QString>
#include <QStringList>

// The secrets a profile can hold, by the field name they are stored under: the last part of the keychain key
// ("profile/<name>/<field>") and the name ProfileService::hasStoredSecret takes. The one list of them.
namespace SecretField {

inline const QString AccessKeySecret = QStringLiteral("access-key-secret");
inline const QString SecurityToken = QStringLiteral("security-token");
inline const QString BearerToken = QStringLiteral("bearer-token");

QStringList all();
// The fields an authentication mode uses.
QStringList usedBy(Profile::AuthMode mode);
QString valueIn(const ProfileSecrets& secrets, const QString& field);
void setValueIn(ProfileSecrets& secrets, const QString& field, const QString& value);

} // namespace SecretField
