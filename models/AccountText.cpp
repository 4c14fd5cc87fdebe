#include "AccountText.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstddef>

namespace {

// A wire value and its display text, kept literal for lupdate.
struct Name
{
    const char* wire;
    const char* text;
};

constexpr Name StatusNames[] = {
    { "Available", QT_TRANSLATE_NOOP("AccountText", "Available") },
    { "Unavailable", QT_TRANSLATE_NOOP("AccountText", "Unavailable") },
    { "Creating", QT_TRANSLATE_NOOP("AccountText", "Creating") },
    { "Locked", QT_TRANSLATE_NOOP("AccountText", "Locked") },
};

constexpr Name PrivilegeNames[] = {
    { "RoleReadOnly", QT_TRANSLATE_NOOP("AccountText", "Read-only") },
    { "RoleReadWrite", QT_TRANSLATE_NOOP("AccountText", "Read/Write") },
    { "RoleRepl", QT_TRANSLATE_NOOP("AccountText", "Copy (read, write, SYNC, PSYNC)") },
    { "ReadWrite", QT_TRANSLATE_NOOP("AccountText", "Read/Write") },
    { "ReadOnly", QT_TRANSLATE_NOOP("AccountText", "Read-only") },
    { "DDLOnly", QT_TRANSLATE_NOOP("AccountText", "DDL only") },
    { "DMLOnly", QT_TRANSLATE_NOOP("AccountText", "DML only") },
    { "DBOwner", QT_TRANSLATE_NOOP("AccountText", "Owner") },
    { "Custom", QT_TRANSLATE_NOOP("AccountText", "Custom") },
};

constexpr Name TypeNames[] = {
    { "Super", QT_TRANSLATE_NOOP("AccountText", "Privileged (Super)") },
    { "Normal", QT_TRANSLATE_NOOP("AccountText", "Standard") },
    { "Sysadmin", QT_TRANSLATE_NOOP("AccountText", "System admin") },
};

// The translated text of a wire value; an unknown value shows as it came.
template<std::size_t N>
QString lookUp(const Name (&names)[N], const QString& wire)
{
    for (const Name& name : names) {
        if (wire == QLatin1String(name.wire))
            return QCoreApplication::translate("AccountText", name.text);
    }
    return wire;
}

} // namespace

namespace AccountText {

QString statusName(const QString& wireStatus)
{
    return lookUp(StatusNames, wireStatus);
}

QString privilegeName(const QString& wirePrivilege)
{
    return lookUp(PrivilegeNames, wirePrivilege);
}

QString typeName(const QString& wireType)
{
    return lookUp(TypeNames, wireType);
}

QString privilegeSummary(const Account& account)
{
    // A privileged account holds every privilege by its type (as the access report says), granted or not.
    const bool privileged = account.type == QLatin1String("Super") || account.type == QLatin1String("Sysadmin");
    if (account.privileges.isEmpty())
        return privileged ? QCoreApplication::translate("AccountText", "All (privileged)")
                          : QCoreApplication::translate("AccountText", "None");
    QStringList parts;
    for (const DatabasePrivilege& p : account.privileges) {
        const QString name = privilegeName(p.privilege);
        parts.append(p.dbName.isEmpty() ? name : p.dbName + QLatin1String(": ") + name);
    }
    return list(parts);
}

QString privilegeDetail(const Account& account)
{
    if (account.privileges.isEmpty())
        return QCoreApplication::translate("AccountText", "This account has no database privileges.");
    QStringList lines;
    for (const DatabasePrivilege& p : account.privileges) {
        QString line = p.dbName.isEmpty() ? privilegeName(p.privilege)
                                          : p.dbName + QLatin1String(": ") + privilegeName(p.privilege);
        if (!p.detail.isEmpty()) {
            QString detail = p.detail;
            line += QLatin1String(" (") + detail.replace(QLatin1Char(','), QLatin1String(", ")) + QLatin1Char(')');
        }
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString list(const QStringList& items)
{
    return items.join(QCoreApplication::translate("AccountText", ", ", "between the items of a list in a sentence"));
}

QString clauses(const QStringList& items)
{
    return items.join(QCoreApplication::translate("AccountText", "; ", "between two clauses of one line"));
}

int statusRank(const QString& wireStatus)
{
    static const QStringList order = {
        QStringLiteral("Available"), QStringLiteral("Creating"), QStringLiteral("Locked"), QStringLiteral("Unavailable")
    };
    const qsizetype i = order.indexOf(wireStatus);
    return i < 0 ? int(order.size()) : int(i);
}

} // namespace AccountText
