#pragma once

#include <QCoreApplication>

class AccountActions;
class ModeActions;
class QAction;
class QMenu;
class QMenuBar;
class QToolBar;

// Where each action of the window is offered: the menu bar, the toolbar and the two context menus, all built from
// the same QActions (AccountActions, ModeActions and the activity dock's toggle), so every place agrees on what is
// enabled. A new action is made in AccountActions (or ModeActions) and placed here, in the menus it belongs to.
// The menu titles keep the MainWindow translation context.
class MainMenus
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    MainMenus(AccountActions* actions, const ModeActions& modes, QAction* activity);

    // File, Account, View and Help.
    void fillMenuBar(QMenuBar* bar) const;
    // The Account menu: every action on the selected instance or account.
    void fillAccountMenu(QMenu* menu) const;
    void fillViewMenu(QMenu* menu) const;
    void fillToolBar(QToolBar* bar) const;
    // Right click on the account table, and on the instance tree.
    void fillAccountContextMenu(QMenu* menu) const;
    void fillInstanceContextMenu(QMenu* menu) const;

private:
    // Toolbar buttons may show only an icon: each gets the action's name and its help (or the reason it is
    // disabled) as the accessible description, kept up to date as the selection changes.
    static void describeToolButtons(QToolBar* bar);

    AccountActions* m_actions;
    const ModeActions* m_modes;
    QAction* m_activity;
};
