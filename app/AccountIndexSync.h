#pragma once

#include "Account.h"
#include "IndexedAccount.h"
#include "Instance.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

class AccountIndex;
class AccountIndexFile;
class AccountTableModel;
class InstanceTreeModel;

// Keeps Find's AccountIndex in step with what the session loads: whenever the account table changes (list
// loads, read-backs after a write, the background prefetch of every instance), the changed instances' rows are
// re-indexed a moment later under every profile whose node in the tree lists them (the one profile set with
// setProfile when the tree has no profile level), and the index is saved to its file a little after that.
// Loading the file at start is the caller's (AppSession), so search works before the first answer arrives.
class AccountIndexSync : public QObject
{
    Q_OBJECT

public:
    AccountIndexSync(AccountTableModel* accounts,
        InstanceTreeModel* instances,
        AccountIndex* index,
        AccountIndexFile* file,
        QObject* parent = nullptr);
    ~AccountIndexSync() override; // saves what is not saved yet

    // The profile whose accounts the table holds now ("Demo" in demo mode), for a tree without a profile level.
    void setProfile(const QString& profile);
    // Re-indexes now instead of after the pause (tests, and before quitting).
    void syncNow();

private:
    void scheduleSync();
    void save();
    QStringList profilesListing(const QString& instanceId) const;
    static QList<IndexedAccount> indexRows(const QString& profile,
        const std::optional<Instance>& instance,
        const QList<Account>& accounts,
        const QDateTime& seen);

    AccountTableModel* m_accounts;
    InstanceTreeModel* m_instances;
    AccountIndex* m_index;
    AccountIndexFile* m_file;
    QString m_profile;
    QHash<QString, QList<Account>> m_indexed; // profile + '\n' + instance id -> accounts as last indexed
    QTimer m_syncTimer;
    QTimer m_saveTimer;
};
