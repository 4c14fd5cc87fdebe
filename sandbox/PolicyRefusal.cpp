#include "PolicyRefusal.h"

#include "InstancePolicy.h"

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
        return ActionReply::error(403, QStringLiteral("InvalidDBInstanceStatus"), status.message);
    return ActionReply::error(httpStatus, code, check.message);
}

ActionReply fieldReply(const FieldCheck& check, const QString& code)
{
    if (check.isValid())
        return ActionReply::ok();
    return ActionReply::error(400, code, check.message);
}

} // namespace PolicyRefusal
