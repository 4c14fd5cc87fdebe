#pragma once

#include "CallUsage.h"

#include <QAbstractTableModel>
#include <QList>

// Calls per action with the seed's price and free tier, for the call meter. The app feeds it (addCall per call,
// setUsages with the persisted month counts at startup); the status bar shows the totals.
class CallMeterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Action, ProductColumn, SessionCalls, MonthCalls, UnitPrice, FreeTier, MonthCost, ColumnCount };

    explicit CallMeterModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setUsages(const QList<CallUsage>& usages);
    const QList<CallUsage>& usages() const { return m_usages; }
    // Counts one call in the session and the month; unknown actions get their price from CallPrice.
    void addCall(const QString& product, const QString& action);

    int totalSessionCalls() const;
    int totalMonthCalls() const;
    double totalMonthCostCny() const;

signals:
    void totalsChanged();

private:
    int rowOf(const QString& product, const QString& action) const;
    QVariant displayValue(const CallUsage& usage, int column) const;

    QList<CallUsage> m_usages;
};
