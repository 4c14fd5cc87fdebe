#include "AccountFilterProxy.h"

#include "AccountTableModel.h"
#include "ModelRoles.h"

namespace {
constexpr int kIncrementalLimit = 2000; // visible rows below which narrowing incrementally is cheaper
} // namespace

AccountFilterProxy::AccountFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ModelRoles::SortRole);
    setFilterRole(ModelRoles::FilterTextRole);
    setDynamicSortFilter(true);
}

void AccountFilterProxy::setSourceModel(QAbstractItemModel* sourceModel)
{
    m_accounts = qobject_cast<AccountTableModel*>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void AccountFilterProxy::setInstanceFilter(const QString& instanceId)
{
    if (instanceId == m_instanceId)
        return;
    m_instanceId = instanceId;
    invalidateRowsFilter();
}

void AccountFilterProxy::setTextFilter(const QString& text)
{
    const QString lowered = text.trimmed().toLower();
    if (lowered == m_text)
        return;
    const bool narrowing = lowered.contains(m_text);
    m_text = lowered;
    // The incremental path (invalidateRowsFilter) emits one removal per scattered run of rows and costs
    // O(rows x runs): over a second on 100,000 accounts. A layout change rebuilds the mapping in one pass (and
    // re-sorts), so it is used unless the filter only narrows an already small result. Persistent indexes
    // (selection, current row) survive both for the rows that stay visible.
    if (narrowing && rowCount() <= kIncrementalLimit)
        invalidateRowsFilter();
    else
        invalidate();
}

QString AccountFilterProxy::instanceIdOf(int sourceRow) const
{
    if (m_accounts)
        return m_accounts->instanceIdAt(sourceRow);
    return sourceModel()->index(sourceRow, AccountTableModel::InstanceColumn).data().toString();
}

QString AccountFilterProxy::filterTextOf(int sourceRow) const
{
    if (m_accounts)
        return m_accounts->filterText(sourceRow);
    return sourceModel()->index(sourceRow, 0).data(ModelRoles::FilterTextRole).toString();
}

bool AccountFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (!m_instanceId.isEmpty() && instanceIdOf(sourceRow) != m_instanceId)
        return false;
    return m_text.isEmpty() || filterTextOf(sourceRow).contains(m_text);
}

bool AccountFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // The name column is what the table sorts by by default; compare the precomputed keys without QVariant.
    if (m_accounts && left.column() == AccountTableModel::NameColumn
        && right.column() == AccountTableModel::NameColumn) {
        const int order = m_accounts->sortName(left.row()).compare(m_accounts->sortName(right.row()));
        if (order != 0)
            return order < 0;
        return m_accounts->instanceIdAt(left.row()) < m_accounts->instanceIdAt(right.row());
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
