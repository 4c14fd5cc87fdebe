#include "FieldHint.h"

#include <QEvent>

FieldHint::FieldHint(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Field hint"));
    render();
}

void FieldHint::setRuleText(const QString& text)
{
    m_ruleText = text;
    render();
}

void FieldHint::setCheck(const FieldCheck& check)
{
    m_check = check;
    render();
}

QColor FieldHint::errorColor(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x80, 0x80) : QColor(0xb3, 0x1b, 0x1b);
}

QColor FieldHint::mutedColor(const QPalette& palette)
{
    return palette.color(QPalette::PlaceholderText);
}

void FieldHint::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    // Re-derive the colours when the application switches between light and dark palettes. PaletteChange is
    // not handled: render() itself sets the palette.
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::ParentChange)
        render();
}

void FieldHint::render()
{
    const bool error = isShowingError();
    const QString text = m_check.state == FieldCheck::State::Valid ? m_ruleText : m_check.message;
    setText(text);
    setAccessibleDescription(text);
    // Only the foreground role changes; the window palette stays the application's own.
    QPalette p = parentWidget() ? parentWidget()->palette() : palette();
    p.setColor(QPalette::WindowText, error ? errorColor(p) : mutedColor(p));
    setPalette(p);
}
