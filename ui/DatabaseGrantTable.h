#pragma once

#include "DatabasePrivilege.h"
#include "Instance.h"

#include <QStringList>
#include <QTableWidget>

class QComboBox;

// The RDS databases of an instance with a privilege per database. Create mode: tick the databases to grant.
// Modify mode: per database leave it unchanged, grant (or change) a privilege, or revoke it; several at once.
class DatabaseGrantTable : public QTableWidget
{
    Q_OBJECT

public:
    enum class Mode { Create, Modify };
    enum class Action { Unchanged, Grant, Revoke };

    DatabaseGrantTable(
        Mode mode, const Instance& instance, const QList<DatabasePrivilege>& current = {}, QWidget* parent = nullptr);

    QList<DatabasePrivilege> grants() const; // ticked (Create) or set to Grant (Modify)
    QStringList revokes() const; // Modify: set to Revoke

    // For keyboard-free callers and tests; names are database names.
    void setChecked(const QString& database, bool checked);
    void setAction(const QString& database, Action action);
    void setPrivilege(const QString& database, const QString& privilege);
    QComboBox* privilegeCombo(const QString& database) const;
    QComboBox* actionCombo(const QString& database) const;

signals:
    void changed();

private:
    enum Column { NameColumn, CurrentColumn, ActionColumn, PrivilegeColumn };
    void addRow(const QString& database, const QString& currentPrivilege);
    int rowOf(const QString& database) const;
    void syncRow(int row);
    int column(Column c) const;

    Mode m_mode;
    QStringList m_privileges;
};
