#pragma once

#include <QString>
#include <QStringList>

// Masks secrets in text that leaves the program (logs, "Copy details", the CSV export): the value of every key
// that names a secret (password, secret, token, signature, authorization) in JSON ("k":"v", quotes and commas
// inside the value included), forms and query strings (k=v), headers (k: v) and free text ("password is v"),
// and every occurrence of a secret value the caller knows, in plain, percent-encoded or JSON-escaped form.
namespace SecretMask {

inline const QString Mask = QStringLiteral("***");

QString maskText(const QString& text, const QStringList& knownSecrets = {});

} // namespace SecretMask
