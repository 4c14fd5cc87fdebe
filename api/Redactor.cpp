#include "Redactor.h"

#include <QRegularExpression>

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

QString Redactor::redactText(const QString& text)
{
    // key, then = or : (optionally quoted JSON), then the value up to a delimiter.
    static const QRegularExpression pattern(
        QStringLiteral(R"(([A-Za-z0-9_.\-]*(?:[Pp]assword|PASSWORD|[Ss]ecret|SECRET|[Ss]ecurity[-_]?[Tt]oken|)"
                       R"([Bb]earer[-_]?[Tt]oken|[Ss]ignature|[Aa]uthorization)[A-Za-z0-9_.\-]*)("?\s*[=:]\s*"?))"
                       R"(([^&"\s,}]+(?: [^&"\s,}=:]+)*))"));
    QString out = text;
    out.replace(pattern, QStringLiteral("\\1\\2") + Mask);
    return out;
}
