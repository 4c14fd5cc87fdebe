#pragma once

#include <QLoggingCategory>

// The logging category of models/ ("apsara.models"). Never log a password.
Q_DECLARE_LOGGING_CATEGORY(lcModels)
