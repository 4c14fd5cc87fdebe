#pragma once

#include "SecretMask.h"
#include "SignedParameter.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Strips secrets from anything that is logged: AccessKeySecret, SecurityToken, BearerToken, Signature,
// Authorization, x-acs-security-token, x-acs-bearer-token, AccountPassword, New/OldAccountPassword and any key
// containing "password".
class Redactor
{
public:
    static inline const QString Mask = SecretMask::Mask;

    static bool isSecretKey(const QString& key);
    static ParameterList redact(const ParameterList& parameters);
    static QList<QPair<QByteArray, QByteArray>> redact(const QList<QPair<QByteArray, QByteArray>>& headers);
    // Masks the value of every secret key in free text: query strings (k=v&), headers (k: v), JSON ("k":"v",
    // quoted, comma-containing values too), prose ("password is v"), and every known secret value anywhere.
    static QString redactText(const QString& text, const QStringList& knownSecrets = {});
    // The values of the secret parameters of a request, for redactText's knownSecrets.
    static QStringList secretValues(const ParameterList& parameters);
};
