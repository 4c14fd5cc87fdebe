#pragma once

#include "SignedParameter.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// Strips secrets from anything that is logged: AccessKeySecret, SecurityToken, BearerToken, Signature,
// Authorization, x-acs-security-token, x-acs-bearer-token, AccountPassword, New/OldAccountPassword and any key
// containing "password".
class Redactor
{
public:
    static inline const QString Mask = QStringLiteral("***");

    static bool isSecretKey(const QString& key);
    static ParameterList redact(const ParameterList& parameters);
    static QList<QPair<QByteArray, QByteArray>> redact(const QList<QPair<QByteArray, QByteArray>>& headers);
    // Masks the value of every secret key in free text: query strings (k=v&), headers (k: v), JSON ("k":"v").
    static QString redactText(const QString& text);
};
