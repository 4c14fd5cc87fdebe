#include "SandboxCredentials.h"

#include <QCoreApplication>
#include <QFile>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxCredentials", text);
}

// "ID:SECRET" with both parts non-empty.
bool splitPair(const QString& pair, QString* id, QString* secret)
{
    const qsizetype colon = pair.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == pair.size() - 1)
        return false;
    *id = pair.left(colon).trimmed();
    *secret = pair.mid(colon + 1).trimmed();
    return !id->isEmpty() && !secret->isEmpty();
}

} // namespace

namespace SandboxCredentials {

QString addFromText(SandboxOptions& options, const QString& text, const QString& where)
{
    SandboxOptions added = options;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        const QString kind = line.left(space);
        const QString value = space < 0 ? QString() : line.mid(space + 1).trimmed();
        QString id;
        QString secret;
        if (kind == QLatin1String("access-key") && splitPair(value, &id, &secret)) {
            added.accessKeys.insert(id, secret);
        } else if (kind == QLatin1String("bearer-token") && !value.isEmpty()) {
            added.bearerTokens.append(value);
        } else {
            // The line number only: the line itself may hold a secret.
            return tr("%1, line %2: expected \"access-key ID:SECRET\" or \"bearer-token TOKEN\".")
                .arg(where)
                .arg(i + 1);
        }
    }
    options = added;
    return {};
}

QString addFromEnvironment(SandboxOptions& options, const QProcessEnvironment& environment)
{
    SandboxOptions added = options;
    QString text;
    const QStringList pairs
        = environment.value(QStringLiteral("APSARA_SANDBOX_ACCESS_KEYS")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& pair : pairs)
        text += QStringLiteral("access-key ") + pair.trimmed() + QLatin1Char('\n');
    const QStringList tokens
        = environment.value(QStringLiteral("APSARA_SANDBOX_BEARER_TOKENS")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& token : tokens)
        text += QStringLiteral("bearer-token ") + token.trimmed() + QLatin1Char('\n');
    if (QString error = addFromText(added, text, QStringLiteral("APSARA_SANDBOX_ACCESS_KEYS/BEARER_TOKENS"));
        !error.isEmpty())
        return error;
    const QString path = environment.value(QStringLiteral("APSARA_SANDBOX_CREDENTIALS_FILE"));
    if (!path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return tr("Cannot read the credentials file %1: %2").arg(path, file.errorString());
        if (file.size() > 1024 * 1024)
            return tr("The credentials file %1 is larger than 1 MiB.").arg(path);
        if (QString error = addFromText(added, QString::fromUtf8(file.readAll()), path); !error.isEmpty())
            return error;
    }
    options = added;
    return {};
}

bool onCommandLine(const QStringList& arguments)
{
    return arguments.contains(QStringLiteral("--access-key")) || arguments.contains(QStringLiteral("--bearer-token"));
}

QString commandLineWarning()
{
    return tr("Warning: --access-key and --bearer-token put secrets in the process list, where every user of this "
              "machine can read them; use APSARA_SANDBOX_ACCESS_KEYS, APSARA_SANDBOX_BEARER_TOKENS or "
              "APSARA_SANDBOX_CREDENTIALS_FILE instead.");
}

} // namespace SandboxCredentials
