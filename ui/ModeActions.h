#pragma once

#include <QCoreApplication>

class QAction;
class QObject;

// The window's actions beyond the account actions: Find everywhere, the helpdesk switch, the RAM policy and Copy
// account details. Made once here; MainWindow connects them and MainMenus places them. Their texts keep the
// MainWindow translation context they were written in.
class ModeActions
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    explicit ModeActions(QObject* parent);

    QAction* const findEverywhere; // disabled until the window has a search model
    QAction* const helpdeskMode; // checkable
    QAction* const ramPolicy;
    QAction* const copyAccount;
};
