#pragma once

#include "BulkPlan.h"
#include "BulkTarget.h"

#include <QCoreApplication>
#include <QList>

// Plans a bulk action: for each target the call to make, or the rule that refuses it on that instance (name rules
// per engine, reserved words, quota, Redis version, instance state, Copy only on standard Redis, lock and unlock
// on PostgreSQL only, privileges held before a delete). Every answer comes from AccountRules and InstancePolicy,
// so a row is refused here exactly when the single-account dialog would refuse it.
class BulkPlanner
{
    Q_DECLARE_TR_FUNCTIONS(BulkPlanner)

public:
    static BulkPlan plan(const BulkRequest& request, const QList<BulkTarget>& targets);

private:
    static void planAccountRow(const BulkRequest& request, BulkRow& row);
    static void planReset(const BulkRequest& request, BulkRow& row);
    static void planLock(const BulkRequest& request, BulkRow& row);
    static void planPrivilege(const BulkRequest& request, BulkRow& row);
    static void planDescription(const BulkRequest& request, BulkRow& row);
    static void planDelete(const BulkRequest& request, BulkRow& row);
    static void planCreate(const BulkRequest& request, BulkRow& row);
    static void planCreateAccess(const BulkRequest& request, BulkRow& row);
    // The typed password checked against the row's engine, or a new one generated for it; false when refused.
    static bool choosePassword(const BulkRequest& request, BulkRow& row);
};
