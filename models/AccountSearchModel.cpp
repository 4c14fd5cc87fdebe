#include "AccountSearchModel.h"

#include "AccountIndex.h"
#include "AccountText.h"

#include <iterator>

AccountSearchModel::AccountSearchModel(AccountIndex* index, QObject* parent)
    : QAbstractTableModel(parent)
    , m_index(index)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(index, &AccountIndex::changed, this, &AccountSearchModel::rerun);
}

int AccountSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AccountSearchModel::setQueryText(const QString& text)
{
    m_text = text;
    m_query = AccountQuery::parse(text);
    rerun();
}

void AccountSearchModel::rerun()
{
    beginResetModel();
    m_rows = (m_index && !m_query.isEmpty()) ? m_index->search(m_query, DefaultLimit) : QList<int>();
    endResetModel();
}

AccountIndex* AccountSearchModel::accountIndex() const
{
    return m_index;
}

std::optional<IndexedAccount> AccountSearchModel::accountAt(int row) const
{
    if (!m_index || row < 0 || row >= m_rows.size() || m_rows.at(row) >= m_index->size())
        return std::nullopt;
    return m_index->at(m_rows.at(row));
}

QString AccountSearchModel::whereText(const IndexedAccount& a)
{
    const QString instance
        = a.instanceDescription.isEmpty() ? a.instanceId : tr("%1 (%2)").arg(a.instanceId, a.instanceDescription);
    return tr("%1 › %2 › %3 %4").arg(a.profile, a.region, a.engine, instance);
}

QString AccountSearchModel::privilegesText(const IndexedAccount& a)
{
    QStringList parts;
    for (const DatabasePrivilege& p : a.privileges) {
        const QString name = AccountText::privilegeName(p.privilege);
        parts << (p.dbName.isEmpty() ? name : tr("%1: %2").arg(p.dbName, name));
    }
    return AccountText::list(parts);
}

QString AccountSearchModel::ageText(const QDateTime& seen, const QDateTime& now)
{
    if (!seen.isValid())
        return tr("never");
    const qint64 seconds = std::max<qint64>(0, seen.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return tr("%n days ago", nullptr, int(seconds / 86400));
}

QVariant AccountSearchModel::data(const QModelIndex& index, int role) const
{
    const std::optional<IndexedAccount> a = accountAt(index.row());
    if (!a || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case NameColumn:
        return a->name;
    case WhereColumn:
        return whereText(*a);
    case TypeColumn:
        return AccountText::typeName(a->type);
    case StatusColumn:
        return AccountText::statusName(a->status);
    case PrivilegesColumn:
        return privilegesText(*a);
    case SeenColumn:
        return role == Qt::ToolTipRole ? a->seen.toLocalTime().toString(Qt::ISODate) : ageText(a->seen, m_now());
    default:
        return {};
    }
}

QVariant AccountSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // One title per Column, in its order.
    // clang-format off
    static constexpr const char* titles[] = {
        QT_TR_NOOP("Account"), QT_TR_NOOP("Where"), QT_TR_NOOP("Type"),
        QT_TR_NOOP("Status"), QT_TR_NOOP("Privileges"), QT_TR_NOOP("Seen"),
    };
    // clang-format on
    static_assert(std::size(titles) == ColumnCount);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}
