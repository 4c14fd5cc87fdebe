#pragma once

#include "Account.h"
#include "BulkRow.h"

#include <optional>

// Whether a bulk row's write shows in the account as read back after its outcome was unknown: true (applied, do
// not send again), false (the read proves it did not apply, so one resend is safe) or none (a read cannot tell,
// e.g. a password: never resent). account is none when the read found no such account.
namespace BulkWriteCheck {
std::optional<bool> applied(const BulkRow& row, const std::optional<Account>& account);
// True when a row in this state may be sent (again) by a Retry, after a read for an Unknown one.
bool isRetryable(const BulkRow& row);
} // namespace BulkWriteCheck
