#include "PrivilegeText.h"

#include <QCoreApplication>

namespace PrivilegeText {

QString displayName(const QString& privilege)
{
    struct Name
    {
        const char* wire;
        const char* text;
    };
    static constexpr Name names[] = {
        { "RoleReadOnly", QT_TRANSLATE_NOOP("PrivilegeText", "Read-only") },
        { "RoleReadWrite", QT_TRANSLATE_NOOP("PrivilegeText", "Read/Write") },
        { "RoleRepl", QT_TRANSLATE_NOOP("PrivilegeText", "Copy (read, write, SYNC, PSYNC)") },
        { "ReadWrite", QT_TRANSLATE_NOOP("PrivilegeText", "Read/Write") },
        { "ReadOnly", QT_TRANSLATE_NOOP("PrivilegeText", "Read-only") },
        { "DDLOnly", QT_TRANSLATE_NOOP("PrivilegeText", "DDL only") },
        { "DMLOnly", QT_TRANSLATE_NOOP("PrivilegeText", "DML only") },
        { "DBOwner", QT_TRANSLATE_NOOP("PrivilegeText", "Owner") },
        { "Custom", QT_TRANSLATE_NOOP("PrivilegeText", "Custom") },
    };
    for (const Name& name : names) {
        if (privilege == QLatin1String(name.wire))
            return QCoreApplication::translate("PrivilegeText", name.text);
    }
    return privilege;
}

QString copyRoleRestriction()
{
    return QCoreApplication::translate("PrivilegeText",
        "The Copy role exists only on standard instances, not on cluster or "
        "read/write-splitting instances.");
}

} // namespace PrivilegeText
