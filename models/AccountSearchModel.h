#pragma once

#include "AccountQuery.h"
#include "IndexedAccount.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

#include <functional>
#include <optional>

class AccountIndex;

// Find's results: the accounts of the AccountIndex that match the typed query, each with where it lives
// (profile, region, instance) and how old its row is. Re-runs the query when the index changes.
class AccountSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, WhereColumn, TypeColumn, StatusColumn, PrivilegesColumn, SeenColumn, ColumnCount };
    static constexpr int DefaultLimit = 500;

    explicit AccountSearchModel(AccountIndex* index, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setQueryText(const QString& text);
    QString queryText() const { return m_text; }
    AccountIndex* accountIndex() const; // Find's whole index, for the access report
    std::optional<IndexedAccount> accountAt(int row) const;
    // Where "now" comes from, for the age column (tests fix it).
    void setClock(std::function<QDateTime()> utcNow) { m_now = std::move(utcNow); }

    static QString whereText(const IndexedAccount& account);
    static QString privilegesText(const IndexedAccount& account);
    static QString ageText(const QDateTime& seen, const QDateTime& now);

private:
    void rerun();

    QPointer<AccountIndex> m_index;
    QString m_text;
    AccountQuery m_query;
    QList<int> m_rows;
    std::function<QDateTime()> m_now;
};
