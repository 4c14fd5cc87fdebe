#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One row of DatabasePrivileges.DatabasePrivilege[]. For Redis, dbName is empty and privilege is the role
// ("RoleReadOnly", "RoleReadWrite", "RoleRepl"). For RDS, privilege is "ReadWrite", "ReadOnly", "DDLOnly",
// "DMLOnly", "DBOwner" or "Custom", and detail is the comma-separated SQL privilege list.
struct DatabasePrivilege
{
    QString dbName;
    QString privilege;
    QString detail;

    bool operator==(const DatabasePrivilege&) const = default;
};
Q_DECLARE_METATYPE(DatabasePrivilege)
