#pragma once

#include "Account.h"

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
// re-indexed under the current profile a moment later, and the index is saved to its file a little after that.
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

    // The profile whose accounts the table holds now ("Demo" in demo mode).
    void setProfile(const QString& profile);
    // Re-indexes now instead of after the pause (tests, and before quitting).
    void syncNow();

private:
    void scheduleSync();
    void save();

    AccountTableModel* m_accounts;
    InstanceTreeModel* m_instances;
    AccountIndex* m_index;
    AccountIndexFile* m_file;
    QString m_profile;
    QHash<QString, QList<Account>> m_indexed; // instance id -> accounts as last indexed, this profile
    QTimer m_syncTimer;
    QTimer m_saveTimer;
};
