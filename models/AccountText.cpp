#include "AccountText.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
QString translated(const char* text)
{
    return QCoreApplication::translate("AccountText", text);
}
} // namespace

namespace AccountText {

QString statusName(const QString& wireStatus)
{
    if (wireStatus == QLatin1String("Available"))
        return QCoreApplication::translate("AccountText", "Available");
    if (wireStatus == QLatin1String("Unavailable"))
        return QCoreApplication::translate("AccountText", "Unavailable");
    if (wireStatus == QLatin1String("Creating"))
        return QCoreApplication::translate("AccountText", "Creating");
    if (wireStatus == QLatin1String("Locked"))
        return QCoreApplication::translate("AccountText", "Locked");
    return wireStatus;
}

QString privilegeName(const QString& wirePrivilege)
{
    static const QList<QPair<QString, const char*>> names = {
        { QStringLiteral("RoleReadOnly"), QT_TRANSLATE_NOOP("AccountText", "Read-only") },
        { QStringLiteral("RoleReadWrite"), QT_TRANSLATE_NOOP("AccountText", "Read/Write") },
        { QStringLiteral("RoleRepl"), QT_TRANSLATE_NOOP("AccountText", "Copy (read, write, SYNC, PSYNC)") },
        { QStringLiteral("ReadWrite"), QT_TRANSLATE_NOOP("AccountText", "Read/Write") },
        { QStringLiteral("ReadOnly"), QT_TRANSLATE_NOOP("AccountText", "Read-only") },
        { QStringLiteral("DDLOnly"), QT_TRANSLATE_NOOP("AccountText", "DDL only") },
        { QStringLiteral("DMLOnly"), QT_TRANSLATE_NOOP("AccountText", "DML only") },
        { QStringLiteral("DBOwner"), QT_TRANSLATE_NOOP("AccountText", "Owner") },
        { QStringLiteral("Custom"), QT_TRANSLATE_NOOP("AccountText", "Custom") },
    };
    for (const auto& [wire, text] : names) {
        if (wire == wirePrivilege)
            return translated(text);
    }
    return wirePrivilege;
}

QString typeName(const QString& wireType)
{
    if (wireType == QLatin1String("Super"))
        return QCoreApplication::translate("AccountText", "Privileged (Super)");
    if (wireType == QLatin1String("Normal"))
        return QCoreApplication::translate("AccountText", "Standard");
    if (wireType == QLatin1String("Sysadmin"))
        return QCoreApplication::translate("AccountText", "System admin");
    return wireType;
}

QString privilegeSummary(const Account& account)
{
    if (account.privileges.isEmpty())
        return QCoreApplication::translate("AccountText", "None");
    QStringList parts;
    for (const DatabasePrivilege& p : account.privileges) {
        const QString name = privilegeName(p.privilege);
        parts.append(p.dbName.isEmpty() ? name : p.dbName + QLatin1String(": ") + name);
    }
    return parts.join(QLatin1String(", "));
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

int statusRank(const QString& wireStatus)
{
    static const QStringList order = {
        QStringLiteral("Available"), QStringLiteral("Creating"), QStringLiteral("Locked"), QStringLiteral("Unavailable")
    };
    const qsizetype i = order.indexOf(wireStatus);
    return i < 0 ? int(order.size()) : int(i);
}

} // namespace AccountText
