#include "SandboxLogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "apsara.sandbox", QtInfoMsg)
