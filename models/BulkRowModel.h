#pragma once

#include "BulkPlan.h"

#include <QAbstractTableModel>

// The rows of a bulk plan for the preview and run dialogs: what is planned or skipped and why, then each row's
// outcome with its RequestId and advice. Passwords are shown masked unless revealed, and never through the
// FilterText or any role a view exports; SecretRole hands one to the clipboard guard.
class BulkRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Profile,
        InstanceColumn,
        EngineColumn,
        AccountColumn,
        Call,
        Outcome,
        Differences,
        RequestId,
        Advice,
        Password,
        ColumnCount
    };
    enum Role { SecretRole = Qt::UserRole + 100, StateRole };

    explicit BulkRowModel(QObject* parent = nullptr);

    void setPlan(const BulkPlan& plan);
    const BulkPlan& plan() const { return m_plan; }
    const BulkRow& row(int index) const { return m_plan.rows.at(index); }
    int count() const { return int(m_plan.rows.size()); }
    // The runner updates a row's outcome through here, so the views repaint it.
    void updateRow(int index, const BulkRow& row);
    int countIn(BulkRow::State state) const;

    void setPasswordsRevealed(bool revealed);
    bool passwordsRevealed() const { return m_revealed; }
    // Forgets every password (the run dialog closes: they are shown once).
    void forgetPasswords();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const BulkRow& row);
    static QString adviceText(const BulkRow& row);

private:
    QVariant foreground(const BulkRow& row) const;

    BulkPlan m_plan;
    bool m_revealed = false;
};
