#include "FocusChain.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QLayout>
#include <QTableWidget>
#include <QWidget>

namespace FocusChain {

void set(const QList<QWidget*>& widgets)
{
    QWidget* previous = nullptr;
    for (QWidget* widget : widgets) {
        if (!widget)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

void setWithButtons(const QList<QWidget*>& fields, QDialogButtonBox* box)
{
    set(fields + buttonsInLayoutOrder(box));
}

QList<QWidget*> buttonsInLayoutOrder(QDialogButtonBox* box)
{
    QList<QWidget*> buttons;
    if (!box || !box->layout())
        return buttons;
    QLayout* layout = box->layout();
    for (int i = 0; i < layout->count(); ++i) {
        if (auto* button = qobject_cast<QAbstractButton*>(layout->itemAt(i)->widget()))
            buttons << button;
    }
    return buttons;
}

QList<QWidget*> withCellWidgets(QTableWidget* table)
{
    QList<QWidget*> widgets;
    if (!table)
        return widgets;
    widgets << table;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            if (QWidget* cell = table->cellWidget(row, column))
                widgets << cell;
        }
    }
    return widgets;
}

} // namespace FocusChain
