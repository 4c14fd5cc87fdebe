#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Who the app is set up for. Helpdesk staff reset passwords and unlock accounts; a DBA does everything the app
// can; an auditor only reads. The mode decides which operations the window offers and which RAM policy it needs.
enum class RoleMode { Helpdesk, Dba, Audit };

namespace RoleModes {
QString wireName(RoleMode mode); // "helpdesk", "dba", "audit"
std::optional<RoleMode> fromWireName(const QString& name); // case-insensitive
QStringList wireNames();
QString displayName(RoleMode mode); // translatable: "Helpdesk", "DBA", "Read-only audit"
} // namespace RoleModes
