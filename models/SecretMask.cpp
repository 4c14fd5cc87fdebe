#include "SecretMask.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

// The words that make a key secret; "token" covers SecurityToken, BearerToken and x-acs-*-token.
const QString kSecretWord = QStringLiteral("(?:password|passwd|pwd|secret|token|signature|authorization)");

QString maskKnown(QString text, const QStringList& secrets)
{
    for (const QString& secret : secrets) {
        if (secret.size() < 4) // too short to mask without mangling ordinary words
            continue;
        QString json = secret;
        json.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        for (const QString& form : { secret, QString::fromLatin1(QUrl::toPercentEncoding(secret)), json })
            text.replace(form, SecretMask::Mask);
    }
    return text;
}

} // namespace

namespace SecretMask {

QString maskText(const QString& text, const QStringList& knownSecrets)
{
    using RE = QRegularExpression;
    // JSON: "...secret...": "value with \"quotes\", commas and spaces"
    static const RE json(
        QStringLiteral(R"re(("[^"]*%1[^"]*"\s*:\s*)"(?:[^"\\]|\\.)*")re").arg(kSecretWord), RE::CaseInsensitiveOption);
    // JSON with a non-string value: "password": 12345
    static const RE jsonBare(
        QStringLiteral(R"(("[^"]*%1[^"]*"\s*:\s*)([^"\s,}\]][^,}\]]*))").arg(kSecretWord), RE::CaseInsensitiveOption);
    // Forms and query strings: key=value up to & or white space (values are percent-encoded there).
    static const RE form(
        QStringLiteral(R"(([A-Za-z0-9_.\-]*%1[A-Za-z0-9_.\-]*=)[^&\s"]*)").arg(kSecretWord), RE::CaseInsensitiveOption);
    // Headers and "key: value" text: to the end of the line or a " | " separator.
    static const RE header(
        QStringLiteral(R"(([A-Za-z0-9_.\-]*%1[A-Za-z0-9_.\-]*:[ \t]*)(?!\*\*\*)[^\r\n|]+)").arg(kSecretWord),
        RE::CaseInsensitiveOption);
    // Free text: "password is X" / "password was X", or a quoted value right after: "password 'X'".
    static const RE prose(
        QStringLiteral(R"((\b%1\s+(?:is|was)\s+)(?!\*\*\*)[^\s]+)").arg(kSecretWord), RE::CaseInsensitiveOption);
    static const RE quoted(
        QStringLiteral(R"((\b%1\s+)(['"])(?:(?!\2).)+\2)").arg(kSecretWord), RE::CaseInsensitiveOption);

    QString out = maskKnown(text, knownSecrets);
    out.replace(json, QStringLiteral("\\1\"") + Mask + QLatin1Char('"'));
    out.replace(jsonBare, QStringLiteral("\\1") + Mask);
    out.replace(form, QStringLiteral("\\1") + Mask);
    out.replace(header, QStringLiteral("\\1") + Mask);
    out.replace(prose, QStringLiteral("\\1") + Mask);
    out.replace(quoted, QStringLiteral("\\1\\2") + Mask + QStringLiteral("\\2"));
    return out;
}

} // namespace SecretMask
