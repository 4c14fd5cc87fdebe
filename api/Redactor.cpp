#include "Redactor.h"

#include "SecretMask.h"

namespace {
const QStringList& secretKeys()
{
    static const QStringList keys {
        QStringLiteral("accesskeysecret"),
        QStringLiteral("securitytoken"),
        QStringLiteral("bearertoken"),
        QStringLiteral("signature"),
        QStringLiteral("authorization"),
        QStringLiteral("x-acs-security-token"),
        QStringLiteral("x-acs-bearer-token"),
        QStringLiteral("accountpassword"),
        QStringLiteral("newaccountpassword"),
        QStringLiteral("oldaccountpassword"),
        QStringLiteral("secret"),
    };
    return keys;
}
} // namespace

bool Redactor::isSecretKey(const QString& key)
{
    const QString lower = key.toLower();
    return lower.contains(QLatin1String("password")) || lower.contains(QLatin1String("secret"))
        || secretKeys().contains(lower);
}

ParameterList Redactor::redact(const ParameterList& parameters)
{
    ParameterList out = parameters;
    for (auto& [key, value] : out) {
        if (isSecretKey(key))
            value = Mask;
    }
    return out;
}

QList<QPair<QByteArray, QByteArray>> Redactor::redact(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    auto out = headers;
    for (auto& [key, value] : out) {
        if (isSecretKey(QString::fromLatin1(key)))
            value = Mask.toLatin1();
    }
    return out;
}

QString Redactor::redactText(const QString& text, const QStringList& knownSecrets)
{
    return SecretMask::maskText(text, knownSecrets);
}

QStringList Redactor::secretValues(const ParameterList& parameters)
{
    QStringList values;
    for (const auto& [key, value] : parameters) {
        if (isSecretKey(key) && !value.isEmpty())
            values << value;
    }
    return values;
}
