#include "BulkTargetSource.h"

#include "AccountService.h"
#include "AccountTableModel.h"
#include "InstanceTreeModel.h"

BulkTargetSource::BulkTargetSource(
    const InstanceTreeModel* instances, const AccountTableModel* accounts, BulkRunner::ServiceLookup services)
    : m_instances(instances)
    , m_accounts(accounts)
    , m_services(std::move(services))
{
}

Instance BulkTargetSource::instanceOf(const QString& profileId, const QString& instanceId, const QString& engine) const
{
    QModelIndex index = m_instances->indexOfInstance(profileId, instanceId);
    if (!index.isValid())
        index = m_instances->indexOfInstance(instanceId);
    if (const std::optional<Instance> listed = m_instances->instanceAt(index))
        return *listed;
    Instance unknown; // status empty: InstancePolicy refuses it with "refresh the instance list"
    unknown.id = instanceId;
    unknown.profile = profileId;
    unknown.engine = ProductInfo::engineFromWireName(engine).value_or(Engine::MySQL);
    unknown.product = ProductInfo::productOf(unknown.engine);
    return unknown;
}

QList<BulkTarget> BulkTargetSource::forAccounts(const QList<Account>& accounts, const QString& profileId) const
{
    QList<BulkTarget> targets;
    for (const Account& account : accounts)
        targets << BulkTarget::of(instanceOf(profileId, account.instanceId, QString()), account);
    return targets;
}

QList<BulkTarget> BulkTargetSource::forFound(const QList<IndexedAccount>& found) const
{
    QList<BulkTarget> targets;
    for (const IndexedAccount& indexed : found) {
        Account account = indexed.account();
        // The table holds the freshest copy when the instance was listed in this session.
        for (int row = 0; row < m_accounts->rowCount(); ++row) {
            const std::optional<Account> listed = m_accounts->accountAt(row);
            if (listed && listed->instanceId == indexed.instanceId && listed->name == indexed.name)
                account = *listed;
        }
        BulkTarget target = BulkTarget::of(instanceOf(indexed.profile, indexed.instanceId, indexed.engine), account);
        if (target.profileName.isEmpty())
            target.profileName = indexed.profile;
        targets << target;
    }
    return targets;
}

QList<BulkTarget> BulkTargetSource::forInstances(const QList<Instance>& instances) const
{
    QList<BulkTarget> targets;
    for (const Instance& instance : instances) {
        BulkTarget target = BulkTarget::of(instance, Account());
        for (int row = 0; row < m_accounts->rowCount(); ++row) {
            const std::optional<Account> listed = m_accounts->accountAt(row);
            if (listed && listed->instanceId == instance.id)
                target.instanceAccounts << *listed;
        }
        if (AccountService* service = m_services ? m_services(instance.profile) : nullptr)
            target.reservedWords = service->reservedAccountNames(instance);
        targets << target;
    }
    return targets;
}
