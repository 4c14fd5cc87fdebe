#include "AccountFilterProxy.h"

#include "AccountTableModel.h"
#include "ModelRoles.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace {
// Changes touching more rows than this are applied as one layout change instead of row-by-row signals: each row
// signal shifts the whole visible list, so a big scattered change would cost rows x visible rows.
constexpr qsizetype kFineGrainedLimit = 256;
// Candidate lists from this size on are filtered in source order (see accepted()).
constexpr qsizetype kSequentialScanFrom = 4096;

bool touchesContent(const QList<int>& roles)
{
    if (roles.isEmpty())
        return true;
    return std::any_of(roles.cbegin(), roles.cend(), [](int role) {
        return role == Qt::DisplayRole || role == Qt::EditRole || role == ModelRoles::SortRole
            || role == ModelRoles::FilterTextRole;
    });
}
} // namespace

AccountFilterProxy::AccountFilterProxy(QObject* parent)
    : QAbstractProxyModel(parent)
{
}

void AccountFilterProxy::setSourceModel(QAbstractItemModel* source)
{
    beginResetModel();
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_accounts = qobject_cast<AccountTableModel*>(source);
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        using M = QAbstractItemModel;
        m_connections = {
            connect(source, &M::rowsInserted, this, &AccountFilterProxy::onRowsInserted),
            connect(source, &M::rowsAboutToBeRemoved, this, &AccountFilterProxy::onRowsAboutToBeRemoved),
            connect(source, &M::rowsRemoved, this, &AccountFilterProxy::onRowsRemoved),
            connect(source, &M::dataChanged, this, &AccountFilterProxy::onDataChanged),
            connect(source, &M::layoutAboutToBeChanged, this, &AccountFilterProxy::onSourceLayoutAboutToBeChanged),
            connect(source, &M::layoutChanged, this, &AccountFilterProxy::onSourceLayoutChanged),
            connect(source, &M::modelAboutToBeReset, this, &AccountFilterProxy::beginResetModel),
            connect(source, &M::modelReset, this, &AccountFilterProxy::onSourceReset),
            connect(source, &M::headerDataChanged, this, &AccountFilterProxy::headerDataChanged),
            connect(source,
                &QObject::destroyed,
                this,
                [this] {
                    beginResetModel();
                    m_sorted.clear();
                    m_visible.clear();
                    markProxyRowsStale();
                    endResetModel();
                }),
        };
    }
    sortAll();
    m_visible = accepted(m_sorted);
    markProxyRowsStale();
    endResetModel();
}

void AccountFilterProxy::setInstanceFilter(const QString& instanceId)
{
    if (instanceId == m_instanceId)
        return;
    const bool narrowing = m_instanceId.isEmpty();
    m_instanceId = instanceId;
    refilter(narrowing);
}

void AccountFilterProxy::setTextFilter(const QString& text)
{
    const QString lowered = text.trimmed().toLower();
    if (lowered == m_text)
        return;
    // A row containing the new text contains the old one too, so only the rows shown now need checking.
    const bool narrowing = lowered.contains(m_text);
    m_text = lowered;
    refilter(narrowing);
}

void AccountFilterProxy::sort(int column, Qt::SortOrder order)
{
    relayout([&] {
        m_sortColumn = column;
        m_sortOrder = order;
        sortAll();
        m_visible = accepted(m_sorted);
    });
}

QModelIndex AccountFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_visible.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex AccountFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex AccountFilterProxy::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int AccountFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int AccountFilterProxy::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return sourceModel()->columnCount();
}

bool AccountFilterProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_visible.isEmpty();
}

QModelIndex AccountFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this)
        return {};
    return sourceModel()->index(m_visible.value(proxyIndex.row(), -1), proxyIndex.column());
}

QModelIndex AccountFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid())
        return {};
    const int row = proxyRowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QVariant AccountFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    // Columns are the source's own; the base class would map them through row 0 and lose them when nothing is shown.
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    if (section < 0 || section >= m_visible.size())
        return {};
    return sourceModel()->headerData(m_visible.at(section), orientation, role);
}

bool AccountFilterProxy::accepts(int sourceRow) const
{
    if (m_accounts) {
        if (!m_instanceId.isEmpty() && m_accounts->instanceIdAt(sourceRow) != m_instanceId)
            return false;
        return m_text.isEmpty() || m_accounts->filterText(sourceRow).contains(m_text);
    }
    const QAbstractItemModel* source = sourceModel();
    if (!m_instanceId.isEmpty()
        && source->index(sourceRow, AccountTableModel::InstanceColumn).data().toString() != m_instanceId)
        return false;
    return m_text.isEmpty() || source->index(sourceRow, 0).data(ModelRoles::FilterTextRole).toString().contains(m_text);
}

QList<int> AccountFilterProxy::accepted(const QList<int>& candidates) const
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
    std::vector<char> keep(size_t(sourceModel()->rowCount()), 0);
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

int AccountFilterProxy::compareKeys(int left, int right) const
{
    if (m_accounts && m_sortColumn == AccountTableModel::NameColumn)
        return m_accounts->sortName(left).compare(m_accounts->sortName(right));
    const QVariant a = sourceModel()->index(left, m_sortColumn).data(ModelRoles::SortRole);
    const QVariant b = sourceModel()->index(right, m_sortColumn).data(ModelRoles::SortRole);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return a.toString().compare(b.toString());
    const QPartialOrdering order = QVariant::compare(a, b);
    return order == QPartialOrdering::Less ? -1 : order == QPartialOrdering::Greater ? 1 : 0;
}

bool AccountFilterProxy::precedes(int left, int right) const
{
    int order = 0;
    if (m_sortColumn >= 0) {
        order = compareKeys(left, right);
        if (order == 0 && m_accounts)
            order = m_accounts->instanceIdAt(left).compare(m_accounts->instanceIdAt(right));
    }
    if (order == 0)
        order = left < right ? -1 : (left > right ? 1 : 0);
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

void AccountFilterProxy::sortAll()
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_sorted.resize(rows);
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (m_sortColumn < 0 || rows == 0) {
        if (m_sortOrder == Qt::DescendingOrder)
            std::reverse(m_sorted.begin(), m_sorted.end());
        return;
    }
    if (m_accounts && m_sortColumn == AccountTableModel::NameColumn) {
        std::sort(m_sorted.begin(), m_sorted.end(), [this](int l, int r) { return precedes(l, r); });
        return;
    }
    // Other columns: read each key once instead of twice per comparison.
    QList<QVariant> keys(rows);
    for (int row = 0; row < rows; ++row)
        keys[row] = sourceModel()->index(row, m_sortColumn).data(ModelRoles::SortRole);
    std::sort(m_sorted.begin(), m_sorted.end(), [&](int l, int r) {
        const QVariant& a = keys.at(l);
        const QVariant& b = keys.at(r);
        int order = 0;
        if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
            order = a.toString().compare(b.toString());
        } else {
            const QPartialOrdering p = QVariant::compare(a, b);
            order = p == QPartialOrdering::Less ? -1 : p == QPartialOrdering::Greater ? 1 : 0;
        }
        if (order == 0 && m_accounts)
            order = m_accounts->instanceIdAt(l).compare(m_accounts->instanceIdAt(r));
        if (order == 0)
            order = l < r ? -1 : 1;
        return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
    });
}

void AccountFilterProxy::refilter(bool narrowing)
{
    QList<int> rows = accepted(narrowing ? m_visible : m_sorted);
    if (rows == m_visible)
        return;
    relayout([&] { m_visible = std::move(rows); });
}

void AccountFilterProxy::relayout(const std::function<void()>& change)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(from.size());
    for (const QModelIndex& index : from)
        sourceRows.append(m_visible.value(index.row(), -1));
    change();
    markProxyRowsStale();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = sourceRows.at(i) < 0 ? -1 : proxyRowOf(sourceRows.at(i));
        to.append(row < 0 ? QModelIndex() : index(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int AccountFilterProxy::proxyRowOf(int sourceRow) const
{
    if (m_proxyRowsStale) {
        m_proxyRows.fill(-1, sourceModel() ? sourceModel()->rowCount() : 0);
        for (qsizetype i = 0; i < m_visible.size(); ++i) {
            if (m_visible.at(i) < m_proxyRows.size())
                m_proxyRows[m_visible.at(i)] = int(i);
        }
        m_proxyRowsStale = false;
    }
    return m_proxyRows.value(sourceRow, -1);
}

void AccountFilterProxy::insertVisible(int sourceRow)
{
    const auto at = std::lower_bound(
        m_visible.cbegin(), m_visible.cend(), sourceRow, [this](int l, int r) { return precedes(l, r); });
    const int row = int(at - m_visible.cbegin());
    beginInsertRows({}, row, row);
    m_visible.insert(row, sourceRow);
    markProxyRowsStale();
    endInsertRows();
}

void AccountFilterProxy::onRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    // Appends (the usual case) shift nothing.
    if (first < sourceModel()->rowCount() - count) {
        for (int& row : m_sorted)
            row += row >= first ? count : 0;
        for (int& row : m_visible)
            row += row >= first ? count : 0;
    }
    markProxyRowsStale();
    QList<int> added(count);
    std::iota(added.begin(), added.end(), first);
    const auto order = [this](int l, int r) { return precedes(l, r); };
    std::sort(added.begin(), added.end(), order);
    if (added.size() <= kFineGrainedLimit) {
        // A merge compares every row; a few binary searches compare a few dozen.
        for (int row : std::as_const(added))
            m_sorted.insert(std::lower_bound(m_sorted.cbegin(), m_sorted.cend(), row, order), row);
    } else {
        const qsizetype middle = m_sorted.size();
        m_sorted.append(added);
        std::inplace_merge(m_sorted.begin(), m_sorted.begin() + middle, m_sorted.end(), order);
    }

    const QList<int> shown = accepted(added);
    if (shown.isEmpty())
        return;
    if (m_visible.isEmpty()) {
        beginInsertRows({}, 0, int(shown.size()) - 1);
        m_visible = shown;
        markProxyRowsStale();
        endInsertRows();
    } else if (shown.size() <= kFineGrainedLimit) {
        for (int row : shown)
            insertVisible(row);
    } else {
        relayout([&] {
            const qsizetype before = m_visible.size();
            m_visible.append(shown);
            std::inplace_merge(m_visible.begin(), m_visible.begin() + before, m_visible.end(), order);
        });
    }
}

void AccountFilterProxy::onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    QList<int> rows; // proxy rows going away
    for (int source = first; source <= last; ++source) {
        const int row = proxyRowOf(source);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    if (rows.size() > kFineGrainedLimit) {
        relayout([&] { m_visible.removeIf([&](int row) { return row >= first && row <= last; }); });
        return;
    }
    // Bottom up, one contiguous run at a time, so the earlier proxy rows stay right.
    std::sort(rows.begin(), rows.end());
    qsizetype end = rows.size();
    while (end > 0) {
        qsizetype start = end - 1;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        beginRemoveRows({}, rows.at(start), rows.at(end - 1));
        m_visible.remove(rows.at(start), end - start);
        markProxyRowsStale();
        endRemoveRows();
        end = start;
    }
}

void AccountFilterProxy::onRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    // The proxy rows are already gone (onRowsAboutToBeRemoved); only the source numbers move.
    const int count = last - first + 1;
    m_sorted.removeIf([&](int row) { return row >= first && row <= last; });
    for (int& row : m_sorted)
        row -= row > last ? count : 0;
    for (int& row : m_visible)
        row -= row > last ? count : 0;
    markProxyRowsStale();
}

void AccountFilterProxy::onDataChanged(
    const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (!touchesContent(roles)) {
        for (int source = first; source <= last; ++source) {
            const int row = proxyRowOf(source);
            if (row >= 0)
                emit dataChanged(index(row, topLeft.column()), index(row, bottomRight.column()), roles);
        }
        return;
    }
    if (last - first + 1 > kFineGrainedLimit) {
        relayout([&] {
            sortAll();
            m_visible = accepted(m_sorted);
        });
        if (!m_visible.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
        return;
    }
    const auto order = [this](int l, int r) { return precedes(l, r); };
    for (int source = first; source <= last; ++source) {
        // Its sort key may have changed: take it out of the order and put it back where it now belongs.
        m_sorted.removeOne(source);
        m_sorted.insert(std::lower_bound(m_sorted.cbegin(), m_sorted.cend(), source, order), source);

        const int row = proxyRowOf(source);
        const bool shown = accepts(source);
        if (row < 0) {
            if (shown)
                insertVisible(source);
            continue;
        }
        if (!shown) {
            beginRemoveRows({}, row, row);
            m_visible.remove(row);
            markProxyRowsStale();
            endRemoveRows();
            continue;
        }
        QList<int> others = m_visible;
        others.remove(row);
        const int target = int(std::lower_bound(others.cbegin(), others.cend(), source, order) - others.cbegin());
        if (target != row) {
            beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
            m_visible = std::move(others);
            m_visible.insert(target, source);
            markProxyRowsStale();
            endMoveRows();
        }
        emit dataChanged(index(target, topLeft.column()), index(target, bottomRight.column()), roles);
    }
}

void AccountFilterProxy::onSourceLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged();
    m_layoutFrom = persistentIndexList();
    m_layoutSources.clear();
    for (const QModelIndex& index : std::as_const(m_layoutFrom))
        m_layoutSources.append(QPersistentModelIndex(mapToSource(index)));
}

void AccountFilterProxy::onSourceLayoutChanged()
{
    sortAll();
    m_visible = accepted(m_sorted);
    markProxyRowsStale();
    QModelIndexList to;
    for (const QPersistentModelIndex& source : std::as_const(m_layoutSources))
        to.append(mapFromSource(source));
    changePersistentIndexList(m_layoutFrom, to);
    m_layoutFrom.clear();
    m_layoutSources.clear();
    emit layoutChanged();
}

void AccountFilterProxy::onSourceReset()
{
    sortAll();
    m_visible = accepted(m_sorted);
    markProxyRowsStale();
    endResetModel();
}
