#include "ModelsLogging.h"

Q_LOGGING_CATEGORY(lcModels, "apsara.models", QtInfoMsg)
