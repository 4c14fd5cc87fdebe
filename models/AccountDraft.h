#pragma once

#include "DatabasePrivilege.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What the Create account dialog asks for. The password lives only in memory.
struct AccountDraft
{
    QString name;
    QString type = QStringLiteral("Normal"); // RDS: "Normal" or "Super"; Redis: "Normal"
    QString password;
    QString description;
    QString redisPrivilege; // Redis: "RoleReadOnly", "RoleReadWrite", "RoleRepl"
    QList<DatabasePrivilege> grants; // RDS: databases and their privileges
};
Q_DECLARE_METATYPE(AccountDraft)

// What the Modify privileges dialog asks for.
struct PrivilegeChange
{
    QString redisPrivilege; // Redis: the new role; empty for RDS
    QList<DatabasePrivilege> grants; // RDS: databases to grant (dbName + privilege)
    QStringList revokes; // RDS: databases to revoke

    bool isEmpty() const { return redisPrivilege.isEmpty() && grants.isEmpty() && revokes.isEmpty(); }
};
Q_DECLARE_METATYPE(PrivilegeChange)
