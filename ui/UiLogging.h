#pragma once

#include <QLoggingCategory>

// The logging category of ui/ ("apsara.ui"). Never log a password.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
