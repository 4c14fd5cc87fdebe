#pragma once

#include "BulkPlan.h"
#include "BulkTarget.h"

#include <QDialog>

class BulkRequestForm;
class BulkRowModel;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The preview of a bulk action: its inputs, then a table of every planned call and every row the rules refuse,
// with the reason (and, for Create, how each instance's account differs from the template). Nothing is sent from
// here: Run accepts, and the caller runs plan() in a BulkRunDialog. Delete asks for the number of accounts to be
// typed. Every rule is rechecked in updateOkButton().
class BulkPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    BulkPreviewDialog(BulkAction action, const QList<BulkTarget>& targets, QWidget* parent = nullptr);

    BulkPlan plan() const;

private slots:
    void replan();
    void updateOkButton();

private:
    QString selectionText() const;

    BulkAction m_action;
    QList<BulkTarget> m_targets;
    BulkRequestForm* m_form;
    BulkRowModel* m_rows;
    QTableView* m_table;
    QLabel* m_summary;
    QLabel* m_confirmLabel = nullptr;
    QLineEdit* m_confirm = nullptr;
    QDialogButtonBox* m_buttons;
    QPushButton* m_run;
};
