#pragma once

#include <QLoggingCategory>

// The logging category of sandbox/ ("apsara.sandbox"). Never log a secret or a password.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
