#include "UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "apsara.ui", QtInfoMsg)
