#include "AccountFilterProxy.h"

#include "AccountTableModel.h"
#include "ModelRoles.h"

#include <algorithm>

namespace {
// Changes touching more rows than this are applied as one layout change instead of row-by-row signals: each row
// signal shifts the whole visible list, so a big scattered change would cost rows x visible rows.
constexpr qsizetype kFineGrainedLimit = 256;

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
    m_order.setSource(source);
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
                    m_order.setSource(nullptr);
                    m_sorted.clear();
                    m_visible.clear();
                    markProxyRowsStale();
                    endResetModel();
                }),
        };
    }
    sortAll();
    m_visible = m_order.accepted(m_sorted);
    markProxyRowsStale();
    endResetModel();
}

void AccountFilterProxy::setInstanceFilter(const QString& instanceId)
{
    if (instanceId == m_order.instanceId())
        return;
    const bool narrowing = m_order.instanceId().isEmpty();
    m_order.setInstanceId(instanceId);
    refilter(narrowing);
}

void AccountFilterProxy::setTextFilter(const QString& text)
{
    const QString lowered = text.trimmed().toLower();
    if (lowered == m_order.text())
        return;
    // A row containing the new text contains the old one too, so only the rows shown now need checking.
    const bool narrowing = lowered.contains(m_order.text());
    m_order.setText(lowered);
    refilter(narrowing);
}

void AccountFilterProxy::sort(int column, Qt::SortOrder order)
{
    relayout([&] {
        m_order.setSort(column, order);
        sortAll();
        m_visible = m_order.accepted(m_sorted);
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

void AccountFilterProxy::sortAll()
{
    m_sorted = m_order.sortedRows();
}

void AccountFilterProxy::refilter(bool narrowing)
{
    QList<int> rows = m_order.accepted(narrowing ? m_visible : m_sorted);
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
        m_visible.cbegin(), m_visible.cend(), sourceRow, [this](int l, int r) { return m_order.precedes(l, r); });
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
    const auto order = [this](int l, int r) { return m_order.precedes(l, r); };
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

    const QList<int> shown = m_order.accepted(added);
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
            m_visible = m_order.accepted(m_sorted);
        });
        if (!m_visible.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
        return;
    }
    const auto order = [this](int l, int r) { return m_order.precedes(l, r); };
    for (int source = first; source <= last; ++source) {
        // Its sort key may have changed: take it out of the order and put it back where it now belongs.
        m_sorted.removeOne(source);
        m_sorted.insert(std::lower_bound(m_sorted.cbegin(), m_sorted.cend(), source, order), source);

        const int row = proxyRowOf(source);
        const bool shown = m_order.accepts(source);
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
    m_visible = m_order.accepted(m_sorted);
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
    m_visible = m_order.accepted(m_sorted);
    markProxyRowsStale();
    endResetModel();
}
