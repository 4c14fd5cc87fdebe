#pragma once

#include "BulkRequest.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QRadioButton;

// The inputs of one bulk action, above the preview's table: the password choice (generated per account or one
// typed), the database and privilege, the description, the delete option or the Create template. Emits changed()
// on every edit so the preview plans again; holds passwords only in memory.
class BulkRequestForm : public QWidget
{
    Q_OBJECT

public:
    explicit BulkRequestForm(BulkAction action, QWidget* parent = nullptr);

    BulkRequest request() const;
    // Empty when the inputs are complete; else what is missing, for the preview's hint line.
    QString missingInput() const;

signals:
    void changed();

private:
    void addPasswordChoice(QFormLayout* form);
    void addCreateTemplate(QFormLayout* form);
    QComboBox* privilegeChoices(const QStringList& wireValues);
    QLineEdit* lineEdit(const QString& accessibleName);
    QStringList databaseNames() const;
    void nameInputs();

    BulkAction m_action;
    QRadioButton* m_generate = nullptr;
    QRadioButton* m_typed = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_database = nullptr;
    QComboBox* m_privilege = nullptr;
    QLineEdit* m_description = nullptr;
    QCheckBox* m_revokeFirst = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_role = nullptr;
};
