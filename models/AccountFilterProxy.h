#pragma once

#include "AccountRowOrder.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QPersistentModelIndex>

#include <functional>

// Filters AccountTableModel rows by instance (one instance's accounts, or all) and by text (case-insensitive
// substring of name, description, privilege or status), applied as the user types; sorts by ModelRoles::SortRole.
//
// A flat proxy built for 100,000 rows: every source row is kept in sort order (sorted once when the source or the
// sort column changes), so a keystroke only filters that order, and only the rows still shown when the new text
// extends the old one. A filter or sort change is one layout change that keeps persistent indexes (selection,
// current row); small source changes are fine-grained inserts, removals, moves and dataChanged.
class AccountFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit AccountFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* sourceModel) override;

    // Empty: accounts of every instance.
    void setInstanceFilter(const QString& instanceId);
    QString instanceFilter() const { return m_order.instanceId(); }
    void setTextFilter(const QString& text);
    QString textFilter() const { return m_order.text(); }

    // column -1: source order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_order.sortColumn(); }
    Qt::SortOrder sortOrder() const { return m_order.sortOrder(); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void sortAll();
    void refilter(bool narrowing);
    // Applies a change of m_visible as one layout change that moves persistent indexes with their rows.
    void relayout(const std::function<void()>& change);
    int proxyRowOf(int sourceRow) const;
    void markProxyRowsStale() { m_proxyRowsStale = true; }
    void insertVisible(int sourceRow);

    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void onRowsRemoved(const QModelIndex& parent, int first, int last);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void onSourceLayoutAboutToBeChanged();
    void onSourceLayoutChanged();
    void onSourceReset();

    AccountRowOrder m_order; // the filters and the sort
    QList<QMetaObject::Connection> m_connections;
    QList<int> m_sorted; // every source row, in sort order
    QList<int> m_visible; // proxy row -> source row: the accepted part of m_sorted
    mutable QList<int> m_proxyRows; // source row -> proxy row or -1; rebuilt lazily after changes
    mutable bool m_proxyRowsStale = true;
    QModelIndexList m_layoutFrom; // persistent indexes across a source layout change
    QList<QPersistentModelIndex> m_layoutSources;
};
