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

void AccountIndexSync::syncNow()
{
    m_syncTimer.stop();
    if (m_profile.isEmpty())
        return;
    QHash<QString, QList<Account>> current;
    for (int row = 0; row < m_accounts->rowCount(); ++row) {
        std::optional<Account> account = m_accounts->accountAt(row);
        account->lastRequestId.clear(); // not part of the index; a new RequestId alone is no change
        current[account->instanceId] << *account;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool changed = false;
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (m_indexed.value(it.key()) == it.value())
            continue;
        const std::optional<Instance> instance = m_instances->instanceAt(m_instances->indexOfInstance(it.key()));
        QList<IndexedAccount> rows;
        for (const Account& account : it.value()) {
            IndexedAccount row;
            row.profile = m_profile;
            row.name = account.name;
            row.instanceId = account.instanceId;
            row.type = account.type;
            row.status = account.status;
            row.description = account.description;
            row.privileges = account.privileges;
            row.seen = now;
            if (instance) {
                row.region = instance->regionId;
                row.product = ProductInfo::productCode(instance->product);
                row.engine = ProductInfo::engineWireName(instance->engine);
                row.instanceDescription = instance->description;
            }
            rows << row;
        }
        m_index->replaceInstance(m_profile, it.key(), rows);
        m_indexed.insert(it.key(), it.value());
        changed = true;
    }
    // Instances this session saw and no longer lists are gone (deleted, or their last account was).
    for (auto it = m_indexed.begin(); it != m_indexed.end();) {
        if (current.contains(it.key())) {
            ++it;
            continue;
        }
        m_index->removeInstance(m_profile, it.key());
        it = m_indexed.erase(it);
        changed = true;
    }
    if (changed)
        m_saveTimer.start();
}

void AccountIndexSync::save()
{
    if (!m_file->save(m_index->rows()))
        qCWarning(lcApp) << "account index not saved:" << m_file->errorString();
}
