#pragma once

#include <QString>

// Readable, translated names of the privilege wire values ("RoleReadOnly" -> "Read-only").
namespace PrivilegeText {
QString displayName(const QString& privilege);
// Why the Copy (RoleRepl) role is refused on cluster and read/write-splitting instances, for tooltips.
QString copyRoleRestriction();
} // namespace PrivilegeText
