#include "RuleFormLayout.h"

#include "FieldHint.h"

#include <QLabel>

RuleFormLayout::RuleFormLayout(QWidget* parent)
    : QGridLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
    setColumnStretch(1, 1);
}

FieldHint* RuleFormLayout::addField(const QString& label, QWidget* field, const QString& ruleText)
{
    addWidget(makeLabel(label, field), m_row, 0, Qt::AlignTop);
    addWidget(field, m_row, 1, Qt::AlignTop); // beside its label even when the rule beside it runs to many lines
    if (!ruleText.isEmpty()) {
        auto* rule = new FieldHint(parentWidget());
        rule->setRuleText(ruleText);
        rule->setAccessibleName(tr("Rule for %1").arg(field->accessibleName()));
        rule->setMaximumWidth(rule->fontMetrics().averageCharWidth() * 36);
        addWidget(rule, m_row, 2, Qt::AlignTop);
    }
    ++m_row;
    auto* hint = new FieldHint(parentWidget());
    hint->setAccessibleName(tr("Problem with %1").arg(field->accessibleName()));
    addWidget(hint, m_row, 1, 1, 2);
    ++m_row;
    return hint;
}

void RuleFormLayout::addRow(const QString& label, QWidget* field)
{
    addWidget(makeLabel(label, field), m_row, 0, Qt::AlignTop);
    addWidget(field, m_row, 1, 1, 2);
    ++m_row;
}

void RuleFormLayout::addWide(QWidget* widget)
{
    addWidget(widget, m_row, 0, 1, 3);
    ++m_row;
}

QLabel* RuleFormLayout::makeLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text, parentWidget());
    // A compound field (the password field) takes the focus through its proxy; Alt+letter must land there.
    label->setBuddy(buddy->focusProxy() ? buddy->focusProxy() : buddy);
    return label;
}
