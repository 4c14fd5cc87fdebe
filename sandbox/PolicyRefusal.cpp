#include "PolicyRefusal.h"

#include "InstancePolicy.h"
#include "RuleTable.h"

#include <QCoreApplication>

namespace PolicyRefusal {

ActionReply reply(
    const FieldCheck& check, const Instance& instance, const Recheck& recheck, int httpStatus, const QString& code)
{
    if (check.isValid())
        return ActionReply::ok();
    Instance running = instance;
    running.status = QStringLiteral("Running");
    if (const FieldCheck version = InstancePolicy::canManageAccounts(running); !version.isValid())
        return ActionReply::error(403, QStringLiteral("InvalidEngineVersion.NotSupported"), version.message);
    const FieldCheck status = InstancePolicy::canManageAccounts(instance);
    if (!status.isValid() && recheck(running).isValid())
        return statusReply(instance.status);
    return ActionReply::error(httpStatus, code, check.message);
}

ActionReply statusReply(const QString& status)
{
    // The RDS seed's error table, row by row, in its words.
    if (RuleTable::rdsWaitStatuses().contains(status, Qt::CaseInsensitive)) {
        return ActionReply::error(400,
            QStringLiteral("OperationDenied.DBInstanceStatus"),
            QCoreApplication::translate("PolicyRefusal",
                "The general instance is creating/maintaining/switching (it is %1 now); wait and retry after a few "
                "minutes.")
                .arg(status));
    }
    if (RuleTable::rdsUnsupportedStatuses().contains(status, Qt::CaseInsensitive)) {
        return ActionReply::error(403,
            QStringLiteral("IncorrectDBInstanceState"),
            QCoreApplication::translate("PolicyRefusal",
                "Current DB instance state does not support this operation: the instance is %1; ensure it is "
                "Running.")
                .arg(status));
    }
    return ActionReply::error(403,
        QStringLiteral("InvalidDBInstanceStatus"),
        QCoreApplication::translate("PolicyRefusal",
            "The instance is not in the Running state (it is %1); wait until it is Running before proceeding.")
            .arg(status));
}

ActionReply fieldReply(const FieldCheck& check, const QString& code)
{
    if (check.isValid())
        return ActionReply::ok();
    return ActionReply::error(400, code, check.message);
}

} // namespace PolicyRefusal
