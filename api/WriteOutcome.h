#pragma once

#include "ServiceError.h"

#include <QString>

// What a failed write's answer says about whether it was applied, and the errors that say "we cannot know".
namespace WriteOutcome {

// True when a sent write may or may not have taken effect: no definite answer came back (timeout, dropped
// connection, 5xx, or a success status whose body could not be read).
bool isUnknown(const ServiceError& error);
// A resend refused as "already exists", "not found" or "already in that state": the first send may have done it.
bool mayBeEarlierSend(const ServiceError& error);
// The error, marked as "may or may not have been applied", with a sentence that says so.
ServiceError unknown(const ServiceError& error);
// A create whose outcome was unknown found its name taken, but the name may have been taken before the call.
ServiceError existedBefore(const ServiceError& error, const QString& target);

} // namespace WriteOutcome
