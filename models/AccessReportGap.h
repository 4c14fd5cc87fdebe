#pragma once

#include "Instance.h"

#include <QString>

#include <optional>

// An instance in the report's scope whose accounts the app does not read (InstancePolicy::canManageAccounts
// refuses it: not Running, or an engine version without account management). The report names it with the
// reason, so an auditor sees what is missing instead of a silently shorter list.
struct AccessReportGap
{
    QString profile;
    QString regionId;
    QString instanceId;
    QString engine; // wire name
    QString reason;

    // The gap of an instance listed under profile; none when its accounts are read.
    static std::optional<AccessReportGap> of(const Instance& instance, const QString& profile);

    bool operator==(const AccessReportGap&) const = default;
};
