#include "ApiLogging.h"

Q_LOGGING_CATEGORY(lcApi, "apsara.api", QtInfoMsg)
