#include "BusyRowDelegate.h"

#include "ModelRoles.h"

BusyRowDelegate::BusyRowDelegate(int statusColumn, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_statusColumn(statusColumn)
{
}

void BusyRowDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(ModelRoles::BusyRole).toBool())
        return;
    option->font.setItalic(true);
    if (index.column() == m_statusColumn)
        option->text = tr("Working...");
}
