#pragma once

#include <QStyledItemDelegate>

// Shows a row whose call is in flight (ModelRoles::BusyRole) in italics, with "Working..." in the status column,
// so the user sees which account is busy without a modal wait.
class BusyRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    BusyRowDelegate(int statusColumn, QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_statusColumn = -1;
};
