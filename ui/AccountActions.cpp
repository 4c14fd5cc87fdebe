#include "AccountActions.h"

#include "InstancePolicy.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>

AccountActions::AccountActions(QObject* parent)
    : QObject(parent)
    , newAccount(make(tr("&New Account..."),
          QStringLiteral("new"),
          QKeySequence(Qt::CTRL | Qt::Key_N),
          tr("Create a database account on the selected instance")))
    , resetPassword(make(tr("&Reset Password..."),
          QStringLiteral("reset-password"),
          QKeySequence(Qt::CTRL | Qt::Key_R),
          tr("Set a new password for the selected account")))
    , modifyPrivileges(make(tr("Modify &Privileges..."),
          QStringLiteral("privileges"),
          QKeySequence(Qt::CTRL | Qt::Key_P),
          tr("Change the role or the per-database privileges of the selected account")))
    , editDescription(make(tr("Edit &Description..."),
          QStringLiteral("edit"),
          QKeySequence(Qt::Key_F2),
          tr("Change the description of the selected account")))
    , deleteAccount(make(tr("De&lete Account..."),
          QStringLiteral("delete"),
          QKeySequence(QKeySequence::Delete),
          tr("Delete the selected account")))
    , lockAccount(make(tr("Loc&k Account"),
          QStringLiteral("lock"),
          QKeySequence(Qt::CTRL | Qt::Key_L),
          tr("Lock the selected PostgreSQL account so it cannot log in")))
    , unlockAccount(make(tr("&Unlock Account"),
          QStringLiteral("unlock"),
          QKeySequence(Qt::CTRL | Qt::Key_U),
          tr("Unlock the selected PostgreSQL account")))
    , resetPrivilegedAccount(make(tr("Reset Privileged &Account..."),
          QStringLiteral("reset-privileged"),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
          tr("Reset the permissions and password of the privileged (Super) account")))
    , testLogin(make(tr("&Test Login..."),
          QStringLiteral("unlock"),
          QKeySequence(Qt::CTRL | Qt::Key_T),
          tr("Log in to the instance with the selected account and a password, to prove it works")))
    , operatorPermission(make(tr("&Service-Account Permission..."),
          QStringLiteral("permission"),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
          tr("Grant or revoke the Alibaba Cloud service account's access to the instance")))
    , refresh(make(tr("Re&fresh"),
          QStringLiteral("refresh"),
          QKeySequence(Qt::Key_F5),
          tr("Reload regions, instances and the accounts of the selected instance")))
    , find(make(tr("&Find Accounts"),
          QString(),
          QKeySequence(Qt::CTRL | Qt::Key_F),
          tr("Filter the accounts by name, description, privilege or status")))
    , callMeter(make(tr("&Call Meter..."),
          QStringLiteral("meter"),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
          tr("Calls per action with the price and free tier")))
    , profiles(make(tr("&Profiles..."),
          QStringLiteral("profiles"),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
          tr("Manage Alibaba Cloud credential profiles")))
    , quit(make(tr("&Quit"), QStringLiteral("quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), tr("Quit Apsara Accounts")))
    , about(make(tr("&About Apsara Accounts"), QStringLiteral("about"), QKeySequence(Qt::Key_F1), tr("Version")))
    , shortcuts(make(tr("&Keyboard Shortcuts"),
          QString(),
          QKeySequence(Qt::CTRL | Qt::Key_Slash),
          tr("Every keyboard shortcut of the window and the dialogs")))
{
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
    update({});
}

QAction* AccountActions::make(
    const QString& text, const QString& icon, const QKeySequence& shortcut, const QString& help)
{
    auto* action = new QAction(text, this);
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/action-%1.svg").arg(icon)));
    action->setShortcut(shortcut);
    action->setToolTip(toolTipWithShortcut(help, shortcut));
    action->setStatusTip(help);
    // Remembered so an action that becomes enabled again gets its own help text back instead of a stale reason.
    m_help.insert(action, help);
    m_all << action;
    return action;
}

QList<QAction*> AccountActions::accountActions() const
{
    return { resetPassword,
        modifyPrivileges,
        editDescription,
        deleteAccount,
        lockAccount,
        unlockAccount,
        resetPrivilegedAccount,
        testLogin };
}

QString AccountActions::toolTipWithShortcut(const QString& tip, const QKeySequence& shortcut)
{
    const QString keys = shortcut.toString(QKeySequence::NativeText);
    return keys.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keys);
}

void AccountActions::apply(QAction* action, const FieldCheck& check)
{
    action->setEnabled(check.isValid());
    const QString tip = check.isValid() ? m_help.value(action) : check.message;
    action->setToolTip(toolTipWithShortcut(tip, action->shortcut()));
    action->setStatusTip(tip);
}

void AccountActions::applyAccountCheck(QAction* action, const Selection& selection, const FieldCheck& check)
{
    if (!selection.account || !selection.instance)
        apply(action, FieldCheck::invalid(tr("Select an account first.")));
    else if (selection.accountBusy)
        apply(action, FieldCheck::invalid(tr("A call on this account is still running; wait until it finishes.")));
    else
        apply(action, check);
}

void AccountActions::update(const Selection& selection)
{
    const FieldCheck noInstance = FieldCheck::invalid(tr("Select an instance first."));
    const std::optional<Instance>& instance = selection.instance;
    apply(newAccount, instance ? InstancePolicy::canCreateAccount(*instance, selection.accountCount) : noInstance);
    apply(operatorPermission, instance ? InstancePolicy::canManageOperatorPermission(*instance) : noInstance);

    const bool haveAccount = instance && selection.account;
    const Account account = selection.account.value_or(Account {});
    const Instance target = instance.value_or(Instance {});
    applyAccountCheck(
        resetPassword, selection, haveAccount ? InstancePolicy::canModifyAccount(target, account) : FieldCheck {});
    applyAccountCheck(
        modifyPrivileges, selection, haveAccount ? InstancePolicy::canChangePrivilege(target, account) : FieldCheck {});
    applyAccountCheck(
        editDescription, selection, haveAccount ? InstancePolicy::canModifyAccount(target, account) : FieldCheck {});
    applyAccountCheck(
        deleteAccount, selection, haveAccount ? InstancePolicy::canDeleteAccount(target, account) : FieldCheck {});
    applyAccountCheck(lockAccount, selection, haveAccount ? InstancePolicy::canLock(target, account) : FieldCheck {});
    applyAccountCheck(
        unlockAccount, selection, haveAccount ? InstancePolicy::canUnlock(target, account) : FieldCheck {});
    applyAccountCheck(resetPrivilegedAccount,
        selection,
        haveAccount ? InstancePolicy::canResetPrivilegedAccount(target, account) : FieldCheck {});
    applyAccountCheck(testLogin, selection, FieldCheck::valid());
    updatePrivilegeHint(selection);
    for (const auto& [action, operation] : operationActions()) {
        const bool allowed = ApiActionTable::allows(m_mode, operation);
        action->setVisible(allowed);
        if (!allowed)
            action->setEnabled(false);
    }
}

void AccountActions::setRoleMode(RoleMode mode)
{
    m_mode = mode;
    for (const auto& [action, operation] : operationActions()) {
        action->setVisible(ApiActionTable::allows(mode, operation));
        if (!action->isVisible())
            action->setEnabled(false);
    }
}

QList<std::pair<QAction*, AccountOperation>> AccountActions::operationActions() const
{
    using O = AccountOperation;
    return { { newAccount, O::CreateAccount },
        { resetPassword, O::ResetPassword },
        { modifyPrivileges, O::ModifyPrivileges },
        { editDescription, O::ModifyDescription },
        { deleteAccount, O::DeleteAccount },
        { lockAccount, O::Lock },
        { unlockAccount, O::Unlock },
        { resetPrivilegedAccount, O::ResetPrivilegedAccount },
        { operatorPermission, O::GrantOperatorPermission } };
}

// The Copy (RoleRepl) role exists only on standard Redis instances; say so where privileges are changed, so a
// helpdesk user knows why the dialog will not offer it.
void AccountActions::updatePrivilegeHint(const Selection& selection)
{
    if (!selection.instance || !modifyPrivileges->isEnabled() || selection.instance->product != Product::Redis)
        return;
    const FieldCheck copy = InstancePolicy::canUsePrivilege(*selection.instance, QStringLiteral("RoleRepl"));
    if (copy.isValid())
        return;
    const QString tip = modifyPrivileges->statusTip() + QLatin1Char(' ') + copy.message;
    modifyPrivileges->setStatusTip(tip);
    modifyPrivileges->setToolTip(toolTipWithShortcut(tip, modifyPrivileges->shortcut()));
}
