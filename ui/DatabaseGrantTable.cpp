#include "DatabaseGrantTable.h"

#include "AccountText.h"
#include "InstancePolicy.h"

#include <QComboBox>
#include <QHeaderView>

DatabaseGrantTable::DatabaseGrantTable(
    Mode mode, const Instance& instance, const QList<DatabasePrivilege>& current, QWidget* parent)
    : QTableWidget(parent)
    , m_mode(mode)
    , m_privileges(InstancePolicy::privilegesFor(instance))
{
    setObjectName(QStringLiteral("databaseGrantTable"));
    setAccessibleName(tr("Database privileges"));
    if (mode == Mode::Create) {
        setColumnCount(2);
        setHorizontalHeaderLabels({ tr("Database"), tr("Privilege") });
    } else {
        setColumnCount(4);
        setHorizontalHeaderLabels({ tr("Database"), tr("Current"), tr("Change"), tr("Privilege") });
    }
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);

    // Databases the account holds privileges on but the instance list lacks (not loaded yet) still appear.
    QStringList names;
    for (const Database& db : instance.databases)
        names << db.name;
    for (const DatabasePrivilege& p : current) {
        if (!p.dbName.isEmpty() && !names.contains(p.dbName))
            names << p.dbName;
    }
    for (const QString& name : names) {
        QString held;
        for (const DatabasePrivilege& p : current) {
            if (p.dbName == name)
                held = p.privilege;
        }
        addRow(name, held);
    }
    resizeColumnsToContents();
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* changedItem) {
        syncRow(changedItem->row());
        emit changed();
    });
}

int DatabaseGrantTable::column(Column c) const
{
    if (m_mode == Mode::Modify)
        return c;
    return c == PrivilegeColumn ? 1 : 0;
}

void DatabaseGrantTable::addRow(const QString& database, const QString& currentPrivilege)
{
    const int row = rowCount();
    insertRow(row);
    auto* name = new QTableWidgetItem(database);
    name->setFlags(Qt::ItemIsEnabled | (m_mode == Mode::Create ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
    if (m_mode == Mode::Create)
        name->setCheckState(Qt::Unchecked);
    name->setData(Qt::AccessibleTextRole, database);
    setItem(row, column(NameColumn), name);

    auto* privilege = new QComboBox(this);
    privilege->setAccessibleName(tr("Privilege on %1").arg(database));
    for (const QString& p : m_privileges)
        privilege->addItem(AccountText::privilegeName(p), p);
    const int held = privilege->findData(currentPrivilege);
    if (held >= 0)
        privilege->setCurrentIndex(held);
    setCellWidget(row, column(PrivilegeColumn), privilege);
    connect(privilege, &QComboBox::currentIndexChanged, this, &DatabaseGrantTable::changed);

    if (m_mode == Mode::Modify) {
        auto* current = new QTableWidgetItem(
            currentPrivilege.isEmpty() ? tr("none") : AccountText::privilegeName(currentPrivilege));
        current->setFlags(Qt::ItemIsEnabled);
        setItem(row, CurrentColumn, current);
        auto* action = new QComboBox(this);
        action->setAccessibleName(tr("Change on %1").arg(database));
        action->addItem(tr("Unchanged"), QVariant::fromValue(static_cast<int>(Action::Unchanged)));
        action->addItem(currentPrivilege.isEmpty() ? tr("Grant") : tr("Change to"),
            QVariant::fromValue(static_cast<int>(Action::Grant)));
        action->addItem(tr("Revoke"), QVariant::fromValue(static_cast<int>(Action::Revoke)));
        if (currentPrivilege.isEmpty()) {
            // Nothing to revoke: say why instead of silently offering a no-op.
            action->setItemData(2, false, Qt::UserRole - 1); // QStandardItemModel: disables the item
            action->setItemData(2, tr("The account holds no privilege on this database."), Qt::ToolTipRole);
        }
        setCellWidget(row, ActionColumn, action);
        connect(action, &QComboBox::currentIndexChanged, this, [this, row] {
            syncRow(row);
            emit changed();
        });
    }
    syncRow(row);
}

void DatabaseGrantTable::syncRow(int row)
{
    auto* privilege = qobject_cast<QComboBox*>(cellWidget(row, column(PrivilegeColumn)));
    if (m_mode == Mode::Create) {
        privilege->setEnabled(item(row, NameColumn)->checkState() == Qt::Checked);
        return;
    }
    auto* action = qobject_cast<QComboBox*>(cellWidget(row, ActionColumn));
    privilege->setEnabled(static_cast<Action>(action->currentData().toInt()) == Action::Grant);
}

int DatabaseGrantTable::rowOf(const QString& database) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, NameColumn)->text() == database)
            return row;
    }
    return -1;
}

QList<DatabasePrivilege> DatabaseGrantTable::grants() const
{
    QList<DatabasePrivilege> result;
    for (int row = 0; row < rowCount(); ++row) {
        const bool wanted = m_mode == Mode::Create
            ? item(row, NameColumn)->checkState() == Qt::Checked
            : static_cast<Action>(qobject_cast<QComboBox*>(cellWidget(row, ActionColumn))->currentData().toInt())
                == Action::Grant;
        if (!wanted)
            continue;
        const auto* privilege = qobject_cast<QComboBox*>(cellWidget(row, column(PrivilegeColumn)));
        result.append({ item(row, NameColumn)->text(), privilege->currentData().toString(), QString() });
    }
    return result;
}

QStringList DatabaseGrantTable::revokes() const
{
    QStringList result;
    if (m_mode != Mode::Modify)
        return result;
    for (int row = 0; row < rowCount(); ++row) {
        const auto* action = qobject_cast<QComboBox*>(cellWidget(row, ActionColumn));
        if (static_cast<Action>(action->currentData().toInt()) == Action::Revoke)
            result << item(row, NameColumn)->text();
    }
    return result;
}

void DatabaseGrantTable::setChecked(const QString& database, bool checked)
{
    const int row = rowOf(database);
    if (row < 0 || m_mode != Mode::Create)
        return;
    item(row, NameColumn)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    syncRow(row);
}

void DatabaseGrantTable::setAction(const QString& database, Action action)
{
    if (QComboBox* combo = actionCombo(database))
        combo->setCurrentIndex(combo->findData(static_cast<int>(action)));
}

void DatabaseGrantTable::setPrivilege(const QString& database, const QString& privilege)
{
    if (QComboBox* combo = privilegeCombo(database))
        combo->setCurrentIndex(combo->findData(privilege));
}

QComboBox* DatabaseGrantTable::privilegeCombo(const QString& database) const
{
    const int row = rowOf(database);
    return row < 0 ? nullptr : qobject_cast<QComboBox*>(cellWidget(row, column(PrivilegeColumn)));
}

QComboBox* DatabaseGrantTable::actionCombo(const QString& database) const
{
    const int row = rowOf(database);
    return row < 0 || m_mode != Mode::Modify ? nullptr : qobject_cast<QComboBox*>(cellWidget(row, ActionColumn));
}
