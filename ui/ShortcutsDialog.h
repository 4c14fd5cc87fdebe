#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

// Help -> Keyboard Shortcuts: every action's shortcut and the keys that work without a menu (the filter's Down and
// Enter, Esc, the password field's Ctrl+H and Ctrl+G, Alt+underlined letter), so nobody has to find them by mouse.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);

private:
    void addRow(const QString& description, const QString& keys);

    QTableWidget* m_table = nullptr;
};
