#pragma once

#include "ServiceError.h"

#include <QString>

// The seed's error table plus the common Alibaba Cloud codes, as data in one place: for an error, the readable
// text and the recommended action (both translated). Categories without a specific entry get a generic pair.
namespace ErrorCatalog {
struct Advice
{
    QString text;
    QString action;
};

// The entry matching the error's Code (exact or prefix) or its Message (substring); else the category's advice.
Advice adviceFor(const ServiceError& error);
Advice categoryAdvice(ServiceError::Category category);
// Codes whose request the server refused before doing anything, so a re-signed retry is harmless.
bool isRejectedBeforeProcessing(const QString& code);
} // namespace ErrorCatalog
