#pragma once

#include "Account.h"
#include "ApiActionTable.h"
#include "FieldCheck.h"
#include "Instance.h"
#include "RoleMode.h"

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>

#include <optional>

class QAction;

// Every action of the main window, made once and shared by the menus, the toolbar and the context menu, so the
// three always agree on what is enabled. update() applies InstancePolicy to the current selection: an action
// that does not apply is disabled with the reason in its tooltip and status tip.
class AccountActions : public QObject
{
    Q_OBJECT

    // Declared before the actions: make() fills them while the actions are being initialised.
    QList<QAction*> m_all;
    QHash<QAction*, QString> m_help; // each action's own help text, shown while it is enabled
    RoleMode m_mode = RoleMode::Dba;

public:
    // What the window has selected; the account's instance is filled in even when the tree selects a region.
    struct Selection
    {
        std::optional<Instance> instance;
        std::optional<Account> account;
        int accountCount = 0; // accounts the instance has, for the quota
        bool accountBusy = false;
    };

    explicit AccountActions(QObject* parent = nullptr);

    void update(const Selection& selection);
    // Hides and disables every action whose operation the mode may not use (ApiActionTable::allows); the next
    // update() keeps them so. Helpdesk mode keeps Reset password and Unlock; audit mode keeps none.
    void setRoleMode(RoleMode mode);
    // Each account action with the operation it performs.
    QList<std::pair<QAction*, AccountOperation>> operationActions() const;

    QAction* const newAccount;
    QAction* const resetPassword;
    QAction* const modifyPrivileges;
    QAction* const editDescription;
    QAction* const deleteAccount;
    QAction* const lockAccount;
    QAction* const unlockAccount;
    QAction* const resetPrivilegedAccount;
    QAction* const testLogin;
    QAction* const operatorPermission;
    QAction* const refresh;
    QAction* const find;
    QAction* const callMeter;
    QAction* const profiles;
    QAction* const quit;
    QAction* const about;
    QAction* const shortcuts;

    // The actions that need a selected account, in menu order.
    QList<QAction*> accountActions() const;
    // Every action, in the order they were made (for Help -> Keyboard Shortcuts).
    QList<QAction*> allActions() const { return m_all; }

    // "help (Ctrl+R)": a tooltip that shows the action's shortcut, as every toolbar button's does.
    static QString toolTipWithShortcut(const QString& tip, const QKeySequence& shortcut);

private:
    QAction* make(const QString& text, const QString& icon, const QKeySequence& shortcut, const QString& help);
    void apply(QAction* action, const FieldCheck& check);
    void applyAccountCheck(QAction* action, const Selection& selection, const FieldCheck& check);
    void updatePrivilegeHint(const Selection& selection);
};
