#pragma once

#include "Account.h"
#include "ModelIcons.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

// The accounts of any number of instances in one flat table, so a search covers everything. Refreshes are
// applied as fine-grained row inserts, removals and dataChanged; the model is never reset, so views keep their
// selection and scroll position.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        InstanceColumn,
        TypeColumn,
        StatusColumn,
        PrivilegesColumn,
        DescriptionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AccountTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces one instance's accounts: changed rows get dataChanged, new ones are inserted, missing ones removed.
    void setAccounts(const QString& instanceId, const QList<Account>& accounts);
    // The same for many instances at once, with one insert and one removal batch: for loading everything.
    void setAccountsOfInstances(const QHash<QString, QList<Account>>& accountsByInstance);
    void upsertAccount(const Account& account);
    void removeAccount(const QString& instanceId, const QString& name);
    void removeInstance(const QString& instanceId);

    std::optional<Account> accountAt(int row) const;
    int rowOf(const QString& instanceId, const QString& name) const; // -1 when absent
    void setBusy(const QString& instanceId, const QString& name, bool busy);
    bool isBusy(int row) const;
    int accountCount(const QString& instanceId) const;

    // Fast paths for AccountFilterProxy (same values as FilterTextRole / the instance column / SortRole).
    const QString& filterText(int row) const { return m_rows.at(row).filterText; }
    const QString& instanceIdAt(int row) const { return m_rows.at(row).account.instanceId; }
    const QString& sortName(int row) const { return m_rows.at(row).sortName; }

private:
    struct Row
    {
        Account account;
        QString filterText; // precomputed: lowercase name, description, privileges, status
        QString sortName; // lowercase name
        bool busy = false;
    };

    static Row makeRow(const Account& account);
    QVariant displayData(const Row& row, int column) const;
    QVariant sortData(const Row& row, int column) const;
    // Updates changed rows in place and collects what must be inserted and removed.
    void diff(const QString& instanceId, const QList<Account>& accounts, QList<Account>& added, QList<int>& gone);
    void appendRows(const QList<Account>& accounts);
    void replaceRow(int row, const Account& account);
    void removeRowsAt(QList<int> rows); // any order; removes contiguous runs from the bottom up
    void reindexFrom(int firstRow);

    QList<Row> m_rows;
    QHash<QString, int> m_rowByKey; // Account::key() -> row
    QHash<QString, QSet<QString>> m_namesByInstance; // instance -> account names
    ModelIcons m_icons;
};
