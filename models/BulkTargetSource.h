#pragma once

#include "BulkRunner.h"
#include "BulkTarget.h"
#include "IndexedAccount.h"

#include <QList>

class AccountTableModel;
class InstanceTreeModel;

// Turns what the user selected (rows of the account table, Find results of any profile, instances of the tree)
// into bulk targets with what the plan's rules need: the instance as last listed (state, version, architecture,
// databases), its accounts (quota, names taken) and its reserved names. An account whose instance is not listed
// (another profile's Find result before that profile loaded) gets an instance of unknown status, so the plan
// skips it and says to refresh.
class BulkTargetSource
{
public:
    BulkTargetSource(
        const InstanceTreeModel* instances, const AccountTableModel* accounts, BulkRunner::ServiceLookup services);

    // Rows of the account table, which shows the tree node under profileId: an instance listed by two profiles is
    // the one under that profile (empty: the top level, else the first profile that lists it).
    QList<BulkTarget> forAccounts(const QList<Account>& accounts, const QString& profileId) const;
    QList<BulkTarget> forFound(const QList<IndexedAccount>& found) const;
    QList<BulkTarget> forInstances(const QList<Instance>& instances) const;

private:
    Instance instanceOf(const QString& profileId, const QString& instanceId, const QString& engine) const;

    const InstanceTreeModel* m_instances;
    const AccountTableModel* m_accounts;
    BulkRunner::ServiceLookup m_services;
};
