#pragma once

#include "ServiceError.h"

#include <QString>

// The seed's error table plus the common Alibaba Cloud codes, as data in one place: for an error, the readable
// text and the recommended action (both translated), chosen by the error's Code, never by its HTTP status alone.
// Only credential codes (AccessKey, signature, token, RAM permission) advise checking the AccessKey or token;
// state codes say which state blocks the action and what to do. Categories without an entry get a generic pair.
namespace ErrorCatalog {

// What kind of problem a row describes; tests check every code the sandbox sends against it.
enum class Kind {
    Credential,
    Clock,
    State,
    Input,
    NotFound,
    Quota,
    Throttled,
    Server,
    Transient,
    Connection,
    Endpoint,
    Console,
    Cancelled,
    Other
};

struct Advice
{
    QString text;
    QString action;
    Kind kind = Kind::Other;
};

// The entry matching the error's Code (exact or prefix) or its Message (substring); else the category's advice,
// except that an Authentication category (HTTP 401/403) without a credential code gets a neutral "refused".
Advice adviceFor(const ServiceError& error);
Advice categoryAdvice(ServiceError::Category category);
// A Code about the AccessKey, signature, token or RAM permission.
bool isCredentialCode(const QString& code);
// A write that failed in a way that leaves its outcome unknown (5xx, dropped connection, timeout, unreadable
// answer): it may have been applied, so it is never resent without reading first.
bool outcomeUnknown(const ServiceError& error);
// Codes whose request the server refused before doing anything, so a re-signed retry is harmless.
bool isRejectedBeforeProcessing(const QString& code);
} // namespace ErrorCatalog
