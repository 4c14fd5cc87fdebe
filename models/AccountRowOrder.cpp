#include "AccountRowOrder.h"

#include "AccountTableModel.h"
#include "ModelRoles.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace {

// Candidate lists from this size on are filtered in source order (see accepted()).
constexpr qsizetype kSequentialScanFrom = 4096;

int compareVariants(const QVariant& a, const QVariant& b)
{
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return a.toString().compare(b.toString());
    const QPartialOrdering order = QVariant::compare(a, b);
    return order == QPartialOrdering::Less ? -1 : order == QPartialOrdering::Greater ? 1 : 0;
}

} // namespace

void AccountRowOrder::setSource(const QAbstractItemModel* source)
{
    m_source = source;
    m_accounts = qobject_cast<const AccountTableModel*>(source);
}

void AccountRowOrder::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

bool AccountRowOrder::accepts(int sourceRow) const
{
    if (m_accounts) {
        if (!m_instanceId.isEmpty() && m_accounts->instanceIdAt(sourceRow) != m_instanceId)
            return false;
        return m_text.isEmpty() || m_accounts->filterText(sourceRow).contains(m_text);
    }
    if (!m_instanceId.isEmpty()
        && m_source->index(sourceRow, AccountTableModel::InstanceColumn).data().toString() != m_instanceId)
        return false;
    return m_text.isEmpty()
        || m_source->index(sourceRow, 0).data(ModelRoles::FilterTextRole).toString().contains(m_text);
}

QList<int> AccountRowOrder::accepted(const QList<int>& candidates) const
{
    if (m_instanceId.isEmpty() && m_text.isEmpty())
        return candidates;
    QList<int> rows;
    if (candidates.size() < kSequentialScanFrom) {
        for (int row : candidates) {
            if (accepts(row))
                rows.append(row);
        }
        return rows;
    }
    // Test the rows in source order, where their texts lie one after the other in memory, then read the answers
    // in the candidates' (sorted) order: several times faster than testing in sorted order.
    std::vector<char> keep(size_t(m_source->rowCount()), 0);
    for (int row : candidates)
        keep[size_t(row)] = 1;
    for (size_t row = 0; row < keep.size(); ++row) {
        if (keep[row] && !accepts(int(row)))
            keep[row] = 0;
    }
    rows.reserve(candidates.size());
    for (int row : candidates) {
        if (keep[size_t(row)])
            rows.append(row);
    }
    return rows;
}

int AccountRowOrder::compareKeys(int left, int right) const
{
    if (m_accounts && m_sortColumn == AccountTableModel::NameColumn)
        return m_accounts->sortName(left).compare(m_accounts->sortName(right));
    return compareVariants(m_source->index(left, m_sortColumn).data(ModelRoles::SortRole),
        m_source->index(right, m_sortColumn).data(ModelRoles::SortRole));
}

bool AccountRowOrder::precedesOnTie(int order, int left, int right) const
{
    if (order == 0 && m_accounts)
        order = m_accounts->instanceIdAt(left).compare(m_accounts->instanceIdAt(right));
    if (order == 0)
        order = left < right ? -1 : (left > right ? 1 : 0);
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

bool AccountRowOrder::precedes(int left, int right) const
{
    if (m_sortColumn < 0)
        return m_sortOrder == Qt::AscendingOrder ? left < right : left > right;
    return precedesOnTie(compareKeys(left, right), left, right);
}

QList<int> AccountRowOrder::sortedRows() const
{
    const int rows = m_source ? m_source->rowCount() : 0;
    QList<int> sorted(rows);
    std::iota(sorted.begin(), sorted.end(), 0);
    if (m_sortColumn < 0 || rows == 0) {
        if (m_sortOrder == Qt::DescendingOrder)
            std::reverse(sorted.begin(), sorted.end());
        return sorted;
    }
    if (m_accounts && m_sortColumn == AccountTableModel::NameColumn) {
        std::sort(sorted.begin(), sorted.end(), [this](int l, int r) { return precedes(l, r); });
        return sorted;
    }
    // Other columns: read each key once instead of twice per comparison.
    QList<QVariant> keys(rows);
    for (int row = 0; row < rows; ++row)
        keys[row] = m_source->index(row, m_sortColumn).data(ModelRoles::SortRole);
    std::sort(sorted.begin(), sorted.end(), [&](int l, int r) {
        return precedesOnTie(compareVariants(keys.at(l), keys.at(r)), l, r);
    });
    return sorted;
}
