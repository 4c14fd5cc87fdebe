#include "AccountIndexSync.h"

#include "AccountIndex.h"
#include "AccountIndexFile.h"
#include "AccountTableModel.h"
#include "AppLogging.h"
#include "InstanceTreeModel.h"

#include <QDateTime>

AccountIndexSync::AccountIndexSync(AccountTableModel* accounts,
    InstanceTreeModel* instances,
    AccountIndex* index,
    AccountIndexFile* file,
    QObject* parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_instances(instances)
    , m_index(index)
    , m_file(file)
{
    m_syncTimer.setSingleShot(true);
    m_syncTimer.setInterval(250); // one re-index for a burst of list answers
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(2000);
    connect(&m_syncTimer, &QTimer::timeout, this, &AccountIndexSync::syncNow);
    connect(&m_saveTimer, &QTimer::timeout, this, &AccountIndexSync::save);
    connect(accounts, &QAbstractItemModel::rowsInserted, this, &AccountIndexSync::scheduleSync);
    connect(accounts, &QAbstractItemModel::rowsRemoved, this, &AccountIndexSync::scheduleSync);
    connect(accounts, &QAbstractItemModel::dataChanged, this, &AccountIndexSync::scheduleSync);
    connect(accounts, &QAbstractItemModel::modelReset, this, &AccountIndexSync::scheduleSync);
    // Which profiles list an instance changes with the tree (a profile enabled, disabled, or loaded).
    connect(instances, &QAbstractItemModel::rowsInserted, this, &AccountIndexSync::scheduleSync);
    connect(instances, &QAbstractItemModel::rowsRemoved, this, &AccountIndexSync::scheduleSync);
}

AccountIndexSync::~AccountIndexSync()
{
    if (m_syncTimer.isActive() || m_saveTimer.isActive()) {
        syncNow();
        save();
    }
}

void AccountIndexSync::setProfile(const QString& profile)
{
    if (profile == m_profile)
        return;
    syncNow(); // what was loaded so far belongs to the previous profile
    m_profile = profile;
    m_indexed.clear();
    scheduleSync();
}

void AccountIndexSync::scheduleSync()
{
    m_syncTimer.start();
}

QStringList AccountIndexSync::profilesListing(const QString& instanceId) const
{
    const QStringList profiles = m_instances->profileIds();
    if (profiles.isEmpty())
        return m_profile.isEmpty() ? QStringList() : QStringList { m_profile };
    QStringList listing;
    for (const QString& profile : profiles) {
        if (m_instances->indexOfInstance(profile, instanceId).isValid())
            listing << profile;
    }
    return listing;
}

void AccountIndexSync::syncNow()
{
    m_syncTimer.stop();
    // Keyed by profile and instance: two profiles of one cloud account both list (and index) an instance.
    QHash<QString, QList<Account>> current;
    QHash<QString, QStringList> listing; // instance id -> the profiles that list it, computed once
    for (int row = 0; row < m_accounts->rowCount(); ++row) {
        std::optional<Account> account = m_accounts->accountAt(row);
        account->lastRequestId.clear(); // not part of the index; a new RequestId alone is no change
        auto found = listing.constFind(account->instanceId);
        if (found == listing.constEnd())
            found = listing.insert(account->instanceId, profilesListing(account->instanceId));
        for (const QString& profile : *found)
            current[profile + QLatin1Char('\n') + account->instanceId] << *account;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool changed = false;
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (m_indexed.value(it.key()) == it.value())
            continue;
        const QString profile = it.key().section(QLatin1Char('\n'), 0, 0);
        const QString instanceId = it.key().section(QLatin1Char('\n'), 1);
        const QModelIndex node = m_instances->profileIds().isEmpty()
            ? m_instances->indexOfInstance(instanceId)
            : m_instances->indexOfInstance(profile, instanceId);
        m_index->replaceInstance(
            profile, instanceId, indexRows(profile, m_instances->instanceAt(node), it.value(), now));
        m_indexed.insert(it.key(), it.value());
        changed = true;
    }
    // Instances this session saw and no longer lists are gone (deleted, their last account was, or their profile
    // was disabled).
    for (auto it = m_indexed.begin(); it != m_indexed.end();) {
        if (current.contains(it.key())) {
            ++it;
            continue;
        }
        m_index->removeInstance(it.key().section(QLatin1Char('\n'), 0, 0), it.key().section(QLatin1Char('\n'), 1));
        it = m_indexed.erase(it);
        changed = true;
    }
    if (changed)
        m_saveTimer.start();
}

QList<IndexedAccount> AccountIndexSync::indexRows(const QString& profile,
    const std::optional<Instance>& instance,
    const QList<Account>& accounts,
    const QDateTime& seen)
{
    QList<IndexedAccount> rows;
    for (const Account& account : accounts)
        rows << IndexedAccount::of(profile, account, instance, seen);
    return rows;
}

void AccountIndexSync::save()
{
    if (!m_file->save(m_index->rows()))
        qCWarning(lcApp) << "account index not saved:" << m_file->errorString();
}
