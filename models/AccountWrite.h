#pragma once

#include "AccountDraft.h"
#include "OperatorPermission.h"

#include <QString>

#include <variant>

// The account writes the UI can ask AccountService::submit() for, each a value that holds what the user chose.
// One variant instead of nine service methods: a service routes, records or runs a write without naming each.
struct CreateAccountWrite
{
    AccountDraft draft;
};

struct ResetPasswordWrite
{
    QString account;
    QString password;
};

struct ModifyPrivilegesWrite
{
    QString account;
    PrivilegeChange change;
};

struct ModifyDescriptionWrite
{
    QString account;
    QString description;
};

struct DeleteAccountWrite
{
    QString account;
};

struct SetAccountLockedWrite
{
    QString account;
    bool locked = false;
};

// Resets the privileged (Super) account of an RDS instance: its password, and its privileges back to all.
struct ResetPrivilegedAccountWrite
{
    QString account;
    QString password;
};

struct GrantOperatorPermissionWrite
{
    OperatorPermission permission;
};

struct RevokeOperatorPermissionWrite
{
};

using AccountWrite = std::variant<CreateAccountWrite,
    ResetPasswordWrite,
    ModifyPrivilegesWrite,
    ModifyDescriptionWrite,
    DeleteAccountWrite,
    SetAccountLockedWrite,
    ResetPrivilegedAccountWrite,
    GrantOperatorPermissionWrite,
    RevokeOperatorPermissionWrite>;

// The OpenAPI action that names the write in errors and the activity log ("ResetAccountPassword"; a privilege
// change that revokes is "RevokeAccountPrivilege").
QString actionOf(const AccountWrite& write);
// The account the write changes (a create's new name); empty for the instance's operator permission.
QString accountOf(const AccountWrite& write);
