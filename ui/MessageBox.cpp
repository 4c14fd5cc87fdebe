#include "MessageBox.h"

namespace {

// The one piece of test-only state of ui/: a pre-set answer for the next box. Function-local so it exists only
// when used; production code never sets it, so every box is shown to the user.
struct NextAnswer
{
    QMessageBox::StandardButton answer = QMessageBox::NoButton;
    QString lastText;
};

NextAnswer& nextAnswer()
{
    static NextAnswer state;
    return state;
}

} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Question, parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
}

QMessageBox::StandardButton MessageBox::warning(QWidget* parent,
    const QString& title,
    const QString& text,
    QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer().answer = answer;
}

QString MessageBox::lastAnsweredText()
{
    return nextAnswer().lastText;
}

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon,
    QWidget* parent,
    const QString& title,
    const QString& text,
    QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton)
{
    NextAnswer& preset = nextAnswer();
    if (preset.answer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = preset.answer;
        preset.answer = QMessageBox::NoButton;
        preset.lastText = text;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText); // messages carry server text, which must never render as HTML
    box.setDefaultButton(defaultButton);
    box.setAccessibleName(title);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}
