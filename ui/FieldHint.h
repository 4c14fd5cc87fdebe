#pragma once

#include "FieldCheck.h"

#include <QLabel>

// The line under a field: the rule in muted text while the input is fine or still incomplete, the broken rule in
// the error colour once it is invalid. Colours come from the palette, so dark palettes stay readable.
class FieldHint : public QLabel
{
    Q_OBJECT

public:
    explicit FieldHint(QWidget* parent = nullptr);

    // Shown (muted) while the field is valid; empty for no text.
    void setRuleText(const QString& text);

    void setCheck(const FieldCheck& check);
    FieldCheck check() const { return m_check; }
    bool isShowingError() const { return m_check.state == FieldCheck::State::Invalid; }

    // A red that stays readable on both light and dark window colours.
    static QColor errorColor(const QPalette& palette);
    static QColor mutedColor(const QPalette& palette);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QString m_ruleText;
    FieldCheck m_check;
};
