#include "CallMeterModel.h"

#include "CallPrice.h"
#include "ModelRoles.h"

CallMeterModel::CallMeterModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int CallMeterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_usages.size());
}

int CallMeterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallMeterModel::displayValue(const CallUsage& usage, int column) const
{
    switch (column) {
    case Action:
        return usage.action;
    case ProductColumn:
        return usage.product;
    case SessionCalls:
        return usage.sessionCalls;
    case MonthCalls:
        return usage.monthCalls;
    case UnitPrice:
        // The seeds price only some RDS actions; the rest cost something too, but no figure is published.
        return usage.unitPriceCny > 0 ? tr("¥%1").arg(usage.unitPriceCny, 0, 'f', 4) : tr("no price published");
    case FreeTier:
        return usage.freeCallsPerMonth > 0 ? QVariant(usage.freeCallsPerMonth) : QVariant(tr("none"));
    case MonthCost:
        return usage.unitPriceCny > 0 ? tr("¥%1").arg(usage.monthCostCny(), 0, 'f', 4) : tr("not known");
    default:
        return {};
    }
}

QVariant CallMeterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallUsage& usage = m_usages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(usage, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= SessionCalls ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case ModelRoles::DomainObjectRole:
        return QVariant::fromValue(usage);
    default:
        return {};
    }
}

QVariant CallMeterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Action:
        return tr("Action");
    case ProductColumn:
        return tr("Product");
    case SessionCalls:
        return tr("This session");
    case MonthCalls:
        return tr("This month");
    case UnitPrice:
        return tr("Price per call");
    case FreeTier:
        return tr("Free per month");
    case MonthCost:
        return tr("Cost this month");
    default:
        return {};
    }
}

void CallMeterModel::setUsages(const QList<CallUsage>& usages)
{
    beginResetModel();
    m_usages = usages;
    endResetModel();
    emit totalsChanged();
}

int CallMeterModel::rowOf(const QString& product, const QString& action) const
{
    for (int row = 0; row < m_usages.size(); ++row) {
        if (m_usages.at(row).product == product && m_usages.at(row).action == action)
            return row;
    }
    return -1;
}

void CallMeterModel::addCall(const QString& product, const QString& action)
{
    int row = rowOf(product, action);
    if (row < 0) {
        row = int(m_usages.size());
        const CallPrice price = CallPrice::forAction(product, action);
        beginInsertRows({}, row, row);
        m_usages.append(CallUsage { product, action, 0, 0, price.unitPriceCny(), price.freeCallsPerMonth });
        endInsertRows();
    }
    ++m_usages[row].sessionCalls;
    ++m_usages[row].monthCalls;
    emit dataChanged(index(row, SessionCalls), index(row, MonthCost));
    emit totalsChanged();
}

int CallMeterModel::totalSessionCalls() const
{
    int total = 0;
    for (const CallUsage& usage : m_usages)
        total += usage.sessionCalls;
    return total;
}

int CallMeterModel::totalMonthCalls() const
{
    int total = 0;
    for (const CallUsage& usage : m_usages)
        total += usage.monthCalls;
    return total;
}

double CallMeterModel::totalMonthCostCny() const
{
    double total = 0;
    for (const CallUsage& usage : m_usages)
        total += usage.monthCostCny();
    return total;
}
