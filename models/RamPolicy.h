#pragma once

#include "RoleMode.h"

#include <QByteArray>
#include <QString>

// The least-privilege RAM policy document a role mode needs, built from ApiActionTable: one Allow statement over
// exactly the actions the app can send in that mode, on every resource. Administrators paste it into the RAM
// console or script it (`apsara-accounts --ram-policy helpdesk`).
namespace RamPolicy {
QByteArray document(RoleMode mode); // indented JSON, ending with a newline
// The policy name the app suggests, e.g. "ApsaraAccountsHelpdesk".
QString suggestedName(RoleMode mode);
} // namespace RamPolicy
