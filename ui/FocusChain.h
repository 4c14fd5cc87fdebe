#pragma once

#include <QList>

class QDialogButtonBox;
class QTableWidget;
class QWidget;

// The Tab order of a form, set to follow its layout (Qt's default is the order the widgets were created in, which
// puts a base dialog's buttons before the subclass's fields).
namespace FocusChain {

// Tab visits these widgets in this order; null entries are skipped, unlisted widgets keep their place.
void set(const QList<QWidget*>& widgets);
// The fields, then the buttons of box from left to right as the platform lays them out.
void setWithButtons(const QList<QWidget*>& fields, QDialogButtonBox* box);
QList<QWidget*> buttonsInLayoutOrder(QDialogButtonBox* box);
// The table, then the widgets in its cells row by row, left to right (a table with combo boxes in its cells).
QList<QWidget*> withCellWidgets(QTableWidget* table);

} // namespace FocusChain
