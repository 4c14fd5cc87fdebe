#include "PolicyRefusal.h"

#include "InstancePolicy.h"
#include "RuleTable.h"

#include <QCoreApplication>

namespace PolicyRefusal {

namespace {
ActionReply refusal(const FieldCheck& check, int httpStatus, const QString& code)
{
    if (check.isValid())
        return ActionReply::ok();
    return ActionReply::error(httpStatus, code, check.message);
}
} // namespace

ActionReply fieldReply(const FieldCheck& check, const QString& code)
{
    return refusal(check, 400, code);
}

ActionReply unsupportedEngine(const FieldCheck& check)
{
    return refusal(check, 403, QStringLiteral("UnsupportedEngine"));
}

ActionReply instanceState(const Instance& instance)
{
    if (InstancePolicy::canManageAccounts(instance).isValid())
        return ActionReply::ok();
    Instance running = instance;
    running.status = QStringLiteral("Running");
    if (const FieldCheck version = InstancePolicy::canManageAccounts(running); !version.isValid())
        return ActionReply::error(403, QStringLiteral("InvalidEngineVersion.NotSupported"), version.message);
    return statusReply(instance.status);
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

ActionReply accountState(const FieldCheck& check)
{
    return refusal(check, 403, QStringLiteral("IncorrectAccountStatus"));
}

ActionReply operationDenied(const FieldCheck& check)
{
    return refusal(check, 403, QStringLiteral("OperationDenied"));
}

} // namespace PolicyRefusal
