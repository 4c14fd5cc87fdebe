#pragma once

#include "SandboxOptions.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Where apsara-sandbox takes extra credentials from without putting them in argv (which every user of the
// machine can read in /proc): the environment and a file.
//   APSARA_SANDBOX_ACCESS_KEYS="ID:SECRET[,ID:SECRET...]"
//   APSARA_SANDBOX_BEARER_TOKENS="TOKEN[,TOKEN...]"
//   APSARA_SANDBOX_CREDENTIALS_FILE=FILE   lines "access-key ID:SECRET" or "bearer-token TOKEN"; # comments
namespace SandboxCredentials {

// Adds what the environment names to options; returns a readable error (and adds nothing) on a malformed value.
QString addFromEnvironment(SandboxOptions& options, const QProcessEnvironment& environment);
// Reads a credentials file's lines into options; returns a readable error (and adds nothing) when it cannot.
QString addFromText(SandboxOptions& options, const QString& text, const QString& where);
// True when the command line carries a secret (--access-key or --bearer-token): still accepted, for tests, with a
// warning.
bool onCommandLine(const QStringList& arguments);
QString commandLineWarning();

} // namespace SandboxCredentials
