#pragma once

#include "BulkRequest.h"
#include "BulkRow.h"

#include <QCoreApplication>
#include <QList>

// A bulk action planned over the selected accounts (or instances): one row per target, each with its call or
// the rule that refuses it. Built by BulkPlanner from the same rules the single-account dialogs use
// (AccountRules, InstancePolicy, RuleTable); nothing is sent until the user confirms the preview.
struct BulkPlan
{
    Q_DECLARE_TR_FUNCTIONS(BulkPlan)

public:
    BulkRequest request;
    QList<BulkRow> rows;

    int allowedCount() const;
    int skippedCount() const { return int(rows.size()) - allowedCount(); }
    // Distinct instances the allowed rows touch.
    int instanceCount() const;
    // "Reset passwords", "Delete accounts", ... (translated)
    static QString actionTitle(BulkAction action);
};
