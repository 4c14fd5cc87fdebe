#include "AccountTableModel.h"

#include "AccountText.h"
#include "ModelRoles.h"

#include <QTextDocument>

#include <algorithm>
#include <iterator>

namespace {

QString keyOf(const QString& instanceId, const QString& name)
{
    return instanceId + QLatin1Char('/') + name;
}

} // namespace

AccountTableModel::AccountTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int AccountTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == PrivilegesColumn)
            return AccountText::privilegeDetail(row.account);
        // A tooltip renders anything that looks like HTML; escaped, the server's text shows as typed.
        if (index.column() == DescriptionColumn && !row.account.description.isEmpty())
            return Qt::convertFromPlainText(row.account.description);
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            return row.account.status == QLatin1String("Available") ? m_icons.ok() : m_icons.warning();
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        // What the status icon says, for screen readers: the icon's colour and shape are not the only signal.
        if (index.column() == StatusColumn) {
            return row.account.status == QLatin1String("Available")
                ? tr("Ready to use")
                : tr("Not usable right now: %1").arg(AccountText::statusName(row.account.status));
        }
        return {};
    case ModelRoles::DomainObjectRole:
        return QVariant::fromValue(row.account);
    case ModelRoles::SortRole:
        return sortData(row, index.column());
    case ModelRoles::FilterTextRole:
        return row.filterText;
    case ModelRoles::BusyRole:
        return row.busy;
    default:
        return {};
    }
}

QVariant AccountTableModel::displayData(const Row& row, int column) const
{
    const Account& a = row.account;
    switch (column) {
    case NameColumn:
        return a.name;
    case InstanceColumn:
        return a.instanceId;
    case TypeColumn:
        return AccountText::typeName(a.type);
    case StatusColumn:
        return AccountText::statusName(a.status);
    case PrivilegesColumn:
        return AccountText::privilegeSummary(a);
    case DescriptionColumn:
        return a.description;
    default:
        return {};
    }
}

QVariant AccountTableModel::sortData(const Row& row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.sortName;
    case StatusColumn:
        return AccountText::statusRank(row.account.status);
    case InstanceColumn:
        return row.account.instanceId;
    default:
        return displayData(row, column).toString().toLower();
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // One title per Column, in its order.
    // clang-format off
    static constexpr const char* titles[] = {
        QT_TR_NOOP("Name"), QT_TR_NOOP("Instance"), QT_TR_NOOP("Type"),
        QT_TR_NOOP("Status"), QT_TR_NOOP("Privileges"), QT_TR_NOOP("Description"),
    };
    // clang-format on
    static_assert(std::size(titles) == ColumnCount);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}

AccountTableModel::Row AccountTableModel::makeRow(const Account& account)
{
    Row row;
    row.account = account;
    row.sortName = account.name.toLower();
    const QChar sep = QLatin1Char('\n');
    // Both the wire and the translated privilege and status names, so "readwrite" and "read/write" both match.
    QString privileges;
    for (const DatabasePrivilege& p : account.privileges) {
        privileges += p.dbName + sep + p.privilege + sep + AccountText::privilegeName(p.privilege) + sep;
    }
    row.filterText = (account.name + sep + account.description + sep + privileges + account.status + sep
        + AccountText::statusName(account.status))
                         .toLower();
    return row;
}

void AccountTableModel::setAccounts(const QString& instanceId, const QList<Account>& accounts)
{
    QList<Account> added;
    QList<int> gone;
    diff(instanceId, accounts, added, gone);
    removeRowsAt(gone);
    appendRows(added);
}

void AccountTableModel::setAccountsOfInstances(const QHash<QString, QList<Account>>& accountsByInstance)
{
    QList<Account> added;
    QList<int> gone;
    for (auto it = accountsByInstance.cbegin(); it != accountsByInstance.cend(); ++it)
        diff(it.key(), it.value(), added, gone);
    removeRowsAt(gone);
    appendRows(added);
}

void AccountTableModel::diff(
    const QString& instanceId, const QList<Account>& accounts, QList<Account>& added, QList<int>& gone)
{
    QSet<QString> incoming;
    incoming.reserve(accounts.size());
    for (const Account& given : accounts) {
        Account account = given;
        account.instanceId = instanceId;
        incoming.insert(account.name);
        const auto it = m_rowByKey.constFind(account.key());
        if (it == m_rowByKey.constEnd())
            added.append(account);
        else if (!(m_rows.at(*it).account == account))
            replaceRow(*it, account);
    }
    const auto names = m_namesByInstance.constFind(instanceId);
    if (names == m_namesByInstance.constEnd())
        return;
    for (const QString& name : *names) {
        if (!incoming.contains(name))
            gone.append(m_rowByKey.value(keyOf(instanceId, name)));
    }
}

void AccountTableModel::upsertAccount(const Account& account)
{
    const int row = rowOf(account.instanceId, account.name);
    if (row < 0)
        appendRows({ account });
    else if (!(m_rows.at(row).account == account))
        replaceRow(row, account);
}

void AccountTableModel::removeAccount(const QString& instanceId, const QString& name)
{
    const int row = rowOf(instanceId, name);
    if (row >= 0)
        removeRowsAt({ row });
}

void AccountTableModel::removeInstance(const QString& instanceId)
{
    setAccounts(instanceId, {});
}

std::optional<Account> AccountTableModel::accountAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).account;
}

int AccountTableModel::rowOf(const QString& instanceId, const QString& name) const
{
    return m_rowByKey.value(keyOf(instanceId, name), -1);
}

void AccountTableModel::setBusy(const QString& instanceId, const QString& name, bool busy)
{
    const int row = rowOf(instanceId, name);
    if (row < 0 || m_rows.at(row).busy == busy)
        return;
    m_rows[row].busy = busy;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1), { ModelRoles::BusyRole });
}

bool AccountTableModel::isBusy(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).busy;
}

int AccountTableModel::accountCount(const QString& instanceId) const
{
    const auto it = m_namesByInstance.constFind(instanceId);
    return it == m_namesByInstance.constEnd() ? 0 : int(it->size());
}

void AccountTableModel::appendRows(const QList<Account>& accounts)
{
    if (accounts.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(accounts.size()) - 1);
    for (const Account& account : accounts) {
        m_rowByKey.insert(account.key(), int(m_rows.size()));
        m_namesByInstance[account.instanceId].insert(account.name);
        m_rows.append(makeRow(account));
    }
    endInsertRows();
}

void AccountTableModel::replaceRow(int row, const Account& account)
{
    const bool busy = m_rows.at(row).busy;
    m_rows[row] = makeRow(account);
    m_rows[row].busy = busy;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AccountTableModel::removeRowsAt(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    for (int row : rows) {
        const Account& a = m_rows.at(row).account;
        m_rowByKey.remove(a.key());
        auto names = m_namesByInstance.find(a.instanceId);
        names->remove(a.name);
        if (names->isEmpty())
            m_namesByInstance.erase(names);
    }
    // Bottom up, one contiguous run at a time, so earlier row numbers stay right.
    qsizetype end = rows.size();
    while (end > 0) {
        qsizetype start = end - 1;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        const int first = rows.at(start);
        const int last = rows.at(end - 1);
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        end = start;
    }
    reindexFrom(rows.first());
}

void AccountTableModel::reindexFrom(int firstRow)
{
    for (int row = firstRow; row < m_rows.size(); ++row)
        m_rowByKey[m_rows.at(row).account.key()] = row;
}
