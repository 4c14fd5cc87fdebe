#include "AccessReportGap.h"

#include "InstancePolicy.h"

std::optional<AccessReportGap> AccessReportGap::of(const Instance& instance, const QString& profile)
{
    const FieldCheck check = InstancePolicy::canManageAccounts(instance);
    if (check.isValid())
        return std::nullopt;
    return AccessReportGap {
        profile, instance.regionId, instance.id, ProductInfo::engineWireName(instance.engine), check.message
    };
}
