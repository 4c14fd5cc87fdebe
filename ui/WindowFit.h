#pragma once

#include <QObject>

class QWidget;

// Keeps a dialog large enough for its content at any font size. Qt does not make a window's minimum height follow
// the height-for-width of word-wrapped labels, and an explicit minimum width hides wider content, so text gets cut
// off at 150 % fonts or when an error appears. This watches the window's layout and grows the window (never shrinks
// it) to what the layout needs at its current width.
class WindowFit : public QObject
{
    Q_OBJECT

public:
    // Installs itself on window, which owns it.
    static WindowFit* install(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WindowFit(QWidget* window);
    void fit();

    QWidget* m_window;
    int m_baseMinimumWidth = 0;
    bool m_fitting = false;
};
