#include "BulkPlan.h"

#include <QSet>

int BulkPlan::allowedCount() const
{
    int allowed = 0;
    for (const BulkRow& row : rows)
        allowed += row.isAllowed() ? 1 : 0;
    return allowed;
}

int BulkPlan::instanceCount() const
{
    QSet<QString> instances;
    for (const BulkRow& row : rows) {
        if (row.isAllowed())
            instances.insert(row.target.profileId + QLatin1Char('|') + row.target.instance.id);
    }
    return int(instances.size());
}

QString BulkPlan::actionTitle(BulkAction action)
{
    switch (action) {
    case BulkAction::ResetPassword:
        return tr("Reset passwords");
    case BulkAction::Lock:
        return tr("Lock accounts");
    case BulkAction::Unlock:
        return tr("Unlock accounts");
    case BulkAction::Grant:
        return tr("Grant a privilege");
    case BulkAction::Revoke:
        return tr("Revoke a privilege");
    case BulkAction::EditDescription:
        return tr("Edit descriptions");
    case BulkAction::Delete:
        return tr("Delete accounts");
    case BulkAction::Create:
        return tr("Create an account on several instances");
    }
    return {};
}
