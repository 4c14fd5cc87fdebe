#pragma once

#include "Account.h"

#include <QString>
#include <QStringList>

// How accounts read in the table, the tooltips and the dialogs: translated status and privilege names and the
// privilege summary and detail built from the per-database privileges.
namespace AccountText {
QString statusName(const QString& wireStatus); // "Available" -> "Available" (translated), "Locked", ...
QString privilegeName(const QString& wirePrivilege); // "RoleReadOnly" -> "Read-only", "DDLOnly" -> "DDL only"
QString typeName(const QString& wireType); // "Super" -> "Privileged (Super)"
// One line: "Read/Write" (Redis) or "orders: ReadWrite, billing: ReadOnly" (RDS); "None" without privileges.
QString privilegeSummary(const Account& account);
// Every database with its privilege and the SQL privilege list, one a line, for the tooltip.
QString privilegeDetail(const Account& account);
// Items inside a sentence ("orders, billing"; Chinese "orders、billing") and clauses ("a; b"; Chinese "a；b"): the
// separators are translated here, once, so no caller hard-codes English punctuation.
QString list(const QStringList& items);
QString clauses(const QStringList& items);
// Ranks statuses for sorting: Available first, then Creating, Locked, Unavailable, anything else.
int statusRank(const QString& wireStatus);
} // namespace AccountText
