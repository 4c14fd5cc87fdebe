#pragma once

#include <QList>
#include <QPointer>
#include <QString>

class AccountTableModel;
class QAbstractItemModel;

// Which rows of an account table a view shows, and in what order: the instance filter, the text filter
// (lowercase substring of ModelRoles::FilterTextRole) and the sort column (ModelRoles::SortRole, then instance,
// then source row, so no two rows are equal). Reads AccountTableModel's own accessors when the source is one
// (no QVariant per row: 100,000 rows must filter as the user types).
class AccountRowOrder
{
public:
    void setSource(const QAbstractItemModel* source);

    QString instanceId() const { return m_instanceId; }
    void setInstanceId(const QString& instanceId) { m_instanceId = instanceId; }
    QString text() const { return m_text; }
    void setText(const QString& lowercase) { m_text = lowercase; }
    int sortColumn() const { return m_sortColumn; } // -1: source order
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setSort(int column, Qt::SortOrder order);

    bool accepts(int sourceRow) const;
    // The candidates that pass the filters, in the candidates' order.
    QList<int> accepted(const QList<int>& candidates) const;
    // The total order of source rows.
    bool precedes(int left, int right) const;
    // Every source row, in order.
    QList<int> sortedRows() const;

private:
    int compareKeys(int left, int right) const;
    // Ties on the sort key are broken by instance, then by source row.
    bool precedesOnTie(int order, int left, int right) const;

    const QAbstractItemModel* m_source = nullptr;
    QPointer<const AccountTableModel> m_accounts; // set when the source is an AccountTableModel
    QString m_instanceId;
    QString m_text;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
