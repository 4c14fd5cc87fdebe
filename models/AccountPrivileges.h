#pragma once

#include "Account.h"

namespace AccountPrivileges {
// The privilege the account holds on one database; empty when it holds none there.
QString heldOn(const Account& account, const QString& dbName);
} // namespace AccountPrivileges
