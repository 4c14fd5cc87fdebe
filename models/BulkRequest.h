#pragma once

#include "AccountDraft.h"

#include <QMetaType>
#include <QString>

// What a bulk run does to every selected account (or, for Create, on every selected instance).
enum class BulkAction { ResetPassword, Lock, Unlock, Grant, Revoke, EditDescription, Delete, Create };

// The user's choices for one bulk action, before any rule is checked. Passwords live only in memory.
struct BulkRequest
{
    BulkAction action = BulkAction::ResetPassword;
    // ResetPassword and Create: one typed password for every row, checked against each engine; empty: a new
    // password generated for each row, meeting that row's engine rules.
    QString password;
    QString dbName; // Grant / Revoke (RDS): the database name on every instance
    QString privilege; // Grant (RDS): "ReadWrite", "ReadOnly", "DBOwner", ...
    QString description; // EditDescription
    // Delete: revoke an RDS account's privileges first (RDS refuses to delete an account that holds some);
    // false: such rows are skipped with the reason.
    bool revokeBeforeDelete = false;
    // Create: the template. name, type ("Normal" / "Super"), redisPrivilege (Redis role), grants (RDS: database
    // names with their privilege), description. draft.password is ignored (see password above).
    AccountDraft account;
};
Q_DECLARE_METATYPE(BulkRequest)
