#include "AppLogging.h"

Q_LOGGING_CATEGORY(lcApp, "apsara.app", QtInfoMsg)
