#include "RoleMode.h"

#include <QCoreApplication>

namespace RoleModes {

QString wireName(RoleMode mode)
{
    switch (mode) {
    case RoleMode::Helpdesk:
        return QStringLiteral("helpdesk");
    case RoleMode::Dba:
        return QStringLiteral("dba");
    case RoleMode::Audit:
        return QStringLiteral("audit");
    }
    return {};
}

std::optional<RoleMode> fromWireName(const QString& name)
{
    for (RoleMode mode : { RoleMode::Helpdesk, RoleMode::Dba, RoleMode::Audit }) {
        if (name.compare(wireName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

QStringList wireNames()
{
    return { wireName(RoleMode::Helpdesk), wireName(RoleMode::Dba), wireName(RoleMode::Audit) };
}

QString displayName(RoleMode mode)
{
    switch (mode) {
    case RoleMode::Helpdesk:
        return QCoreApplication::translate("RoleMode", "Helpdesk");
    case RoleMode::Dba:
        return QCoreApplication::translate("RoleMode", "DBA");
    case RoleMode::Audit:
        return QCoreApplication::translate("RoleMode", "Read-only audit");
    }
    return {};
}

} // namespace RoleModes
