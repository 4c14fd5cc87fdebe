#pragma once

#include <QMessageBox>
#include <QString>

// Every confirmation and background-error box of the app goes through here, so tests can answer them without a
// human (KeePassXC's MessageBox seam). Each function returns the button the user (or the test) chose.
class MessageBox
{
public:
    // Yes or No, with No the default.
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton warning(QWidget* parent,
        const QString& title,
        const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    // Any other kind of box (QMessageBox::Information, ...).
    static QMessageBox::StandardButton show(QMessageBox::Icon icon,
        QWidget* parent,
        const QString& title,
        const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

    // THE test seam: the next box is not shown and returns this answer instead (once). NoButton = show boxes.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box answered through the seam, so a test can check what would have been asked.
    static QString lastAnsweredText();
};
