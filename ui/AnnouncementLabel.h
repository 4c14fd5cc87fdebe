#pragma once

#include <QLabel>

// A label for changes a user must learn about without looking (an account turned Available, the clipboard was
// cleared): it shows the text and raises Qt's accessibility events, so a screen reader speaks it. Qt 6.4 has no
// announcement event; a name change plus an Alert on the label is what screen readers pick up.
class AnnouncementLabel : public QLabel
{
    Q_OBJECT

public:
    explicit AnnouncementLabel(QWidget* parent = nullptr);

    void announce(const QString& text);

    // The events alone, for a widget that already shows the news itself (the error banner).
    static void raiseAlert(QWidget* widget);
};
