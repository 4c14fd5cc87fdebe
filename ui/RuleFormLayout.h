#pragma once

#include <QGridLayout>

class FieldHint;
class QLabel;

// The form layout of the account dialogs: label | field | the rule in muted text beside it, and under the field
// a FieldHint that says what is wrong as the user types.
class RuleFormLayout : public QGridLayout
{
    Q_OBJECT

public:
    explicit RuleFormLayout(QWidget* parent);

    // Returns the hint under the field; ruleText may be empty (no rule column for this row).
    FieldHint* addField(const QString& label, QWidget* field, const QString& ruleText = {});
    // A row without a hint (combos, tables, explanations).
    void addRow(const QString& label, QWidget* field);
    void addWide(QWidget* widget);

private:
    QLabel* makeLabel(const QString& text, QWidget* buddy);
    int m_row = 0;
};
