#pragma once

#include "Account.h"
#include "FieldCheck.h"
#include "Instance.h"

#include <QStringList>

// What may be done to an instance and its accounts, with the reason when not (shown in tooltips and used by the
// sandbox to refuse requests). Answers come from the RuleTable.
namespace InstancePolicy {
FieldCheck canManageAccounts(const Instance& instance); // Redis below 4.0, instance not Running
FieldCheck canCreateAccount(const Instance& instance, int existingAccounts); // + quota
FieldCheck canModifyAccount(const Instance& instance, const Account& account); // + Creating accounts
FieldCheck canDeleteAccount(const Instance& instance, const Account& account); // + Redis default account
// RDS refuses to delete an account that still holds database privileges (SomeObjectsDependOnAccount). Kept out
// of canDeleteAccount on purpose: the UI lets the user try and then offers to revoke first; the sandbox refuses.
FieldCheck deleteBlockedByPrivileges(const Instance& instance, const Account& account);
FieldCheck canChangePrivilege(const Instance& instance, const Account& account); // + Redis default account
FieldCheck canLock(const Instance& instance, const Account& account); // PostgreSQL only; Locked already
FieldCheck canUnlock(const Instance& instance, const Account& account); // PostgreSQL only; not Locked
FieldCheck canResetPrivilegedAccount(const Instance& instance, const Account& account); // Super accounts
FieldCheck canManageOperatorPermission(const Instance& instance);
FieldCheck canUsePrivilege(const Instance& instance, const QString& privilege); // RoleRepl only on standard
QStringList privilegesFor(const Instance& instance); // what the dialogs offer
bool isRedisDefaultAccount(const Instance& instance, const QString& accountName);
// Compares dotted engine versions numerically: "4.0" < "5.0" < "10"; non-numeric parts compare as text.
int compareVersions(const QString& a, const QString& b);
} // namespace InstancePolicy
