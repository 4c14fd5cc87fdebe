// What each action of the window opens. Every account dialog is one row of the table in connectDialogs(): the
// action, whether it needs a selected account, and how to make the dialog. MainWindow.cpp builds the window.
#include "AboutDialog.h"
#include "AccountActions.h"
#include "AccountService.h"
#include "AccountTableModel.h"
#include "ActivityDock.h"
#include "CallMeterDialog.h"
#include "CreateAccountDialog.h"
#include "DeleteAccountDialog.h"
#include "EditDescriptionDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "MnemonicText.h"
#include "ModifyPrivilegesDialog.h"
#include "OperatorPermissionDialog.h"
#include "PasswordField.h"
#include "ResetPasswordDialog.h"
#include "ResetPrivilegedAccountDialog.h"
#include "ShortcutsDialog.h"
#include "TestLoginDialog.h"
#include "TestLoginOffer.h"

#include <QApplication>
#include <QPointer>
#include <QStatusBar>

#include <functional>

namespace {

// One action that opens a dialog on the current selection.
struct DialogEntry
{
    QAction* action = nullptr;
    bool needsAccount = true; // false: the instance is enough
    // Makes the dialog; account is set whenever needsAccount is.
    std::function<QDialog*(const Instance& instance, const std::optional<Account>& account)> make;
};

// The account dialogs that take (service, instance, account, parent).
template<typename Dialog>
DialogEntry accountDialog(QAction* action, AccountService* service, QWidget* parent)
{
    return { action, true, [service, parent](const Instance& instance, const std::optional<Account>& account) {
                return new Dialog(service, instance, *account, parent);
            } };
}

// The status bar offers Test login of the account just created; a newer offer replaces (and wipes) the last.
void showTestLoginOffer(QStatusBar* bar, TestLoginOffer* offer)
{
    for (TestLoginOffer* older : bar->findChildren<TestLoginOffer*>())
        older->dismiss();
    bar->addWidget(offer);
    offer->show();
}

} // namespace

void MainWindow::connectDialogs()
{
    const QList<DialogEntry> table = {
        { m_actions->newAccount,
            false,
            [this](const Instance& instance, const std::optional<Account>&) {
                auto* dialog
                    = new CreateAccountDialog(m_service, instance, m_accounts->accountCount(instance.id), this);
                dialog->offerTestLogin(m_tester);
                connect(dialog, &CreateAccountDialog::testLoginOffered, this, [this](TestLoginOffer* offer) {
                    showTestLoginOffer(statusBar(), offer);
                });
                return dialog;
            } },
        { m_actions->resetPassword,
            true,
            [this](const Instance& instance, const std::optional<Account>& account) {
                auto* dialog = new ResetPasswordDialog(m_service, instance, *account, this);
                dialog->offerTestLogin(m_tester); // the helpdesk's reset too
                // The helpdesk gets a password that meets this engine's rules at once; shown once, copied
                // through the guard.
                if (m_mode == RoleMode::Helpdesk)
                    dialog->passwordField()->generate();
                return dialog;
            } },
        { m_actions->testLogin,
            true,
            [this](const Instance& instance, const std::optional<Account>& account) {
                return new TestLoginDialog(m_tester, instance, *account, this);
            } },
        accountDialog<ModifyPrivilegesDialog>(m_actions->modifyPrivileges, m_service, this),
        accountDialog<EditDescriptionDialog>(m_actions->editDescription, m_service, this),
        accountDialog<DeleteAccountDialog>(m_actions->deleteAccount, m_service, this),
        accountDialog<ResetPrivilegedAccountDialog>(m_actions->resetPrivilegedAccount, m_service, this),
        { m_actions->operatorPermission,
            false,
            [this](const Instance& instance, const std::optional<Account>&) {
                return new OperatorPermissionDialog(m_service, instance, this);
            } },
    };
    for (const DialogEntry& entry : table) {
        connect(entry.action, &QAction::triggered, this, [this, entry] {
            const std::optional<Instance> instance = currentInstance();
            const std::optional<Account> account = currentAccount();
            if (instance && (account || !entry.needsAccount) && entry.action->isEnabled())
                showDialog(entry.make(*instance, account));
        });
    }
    connect(m_actions->lockAccount, &QAction::triggered, this, [this] { setLocked(true); });
    connect(m_actions->unlockAccount, &QAction::triggered, this, [this] { setLocked(false); });
    connect(m_actions->callMeter, &QAction::triggered, this, &MainWindow::openCallMeter);
    connect(m_actions->about, &QAction::triggered, this, [this] { showDialog(new AboutDialog(this)); });
    connect(m_actions->shortcuts, &QAction::triggered, this, &MainWindow::openShortcuts);
}

void MainWindow::showDialog(QDialog* dialog)
{
    // Window-modal and non-blocking: the event loop keeps running, list loads and polling go on behind it.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // When it closes, the keyboard is back where it was (the account row), so the next key acts on it.
    const QPointer<QWidget> before = QApplication::focusWidget();
    connect(dialog, &QDialog::finished, this, [this, before] {
        activateWindow();
        if (before && before->window() == this)
            before->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void MainWindow::setCredentialTester(CredentialTester* tester)
{
    m_tester = tester;
}

void MainWindow::setLocked(bool locked)
{
    const std::optional<Instance> instance = currentInstance();
    const std::optional<Account> account = currentAccount();
    QAction* action = locked ? m_actions->lockAccount : m_actions->unlockAccount;
    if (!instance || !account || !action->isEnabled())
        return;
    const QString question = locked ? tr("Lock %1 on %2? It can no longer log in until it is unlocked.")
                                    : tr("Unlock %1 on %2? It can log in again.");
    if (MessageBox::question(
            this, MnemonicText::withoutMnemonic(action->text()), question.arg(account->name, instance->id))
        != QMessageBox::Yes) {
        return;
    }
    PendingOperation* operation = m_service->submit(*instance, SetAccountLockedWrite { account->name, locked });
    const QString name = account->name;
    connect(operation, &PendingOperation::succeeded, this, [this, name, locked](const QString& requestId) {
        statusBar()->showMessage(locked ? tr("Locked %1 (RequestId %2).").arg(name, requestId)
                                        : tr("Unlocked %1 (RequestId %2).").arg(name, requestId),
            10000);
    });
    // Lock has no dialog to show the error in, so it gets a box with everything support needs.
    connect(operation, &PendingOperation::failed, this, [this, name](const ServiceError& error) {
        if (error.outcomeUnknown) { // a lost answer: saying "not changed" could be false
            MessageBox::warning(this,
                tr("Outcome Unknown"),
                tr("%1 may or may not have been changed: no definite answer came back.\n\n%2\n\n%3")
                    .arg(name, error.message, error.summary()));
            return;
        }
        MessageBox::warning(this,
            tr("Account Not Changed"),
            tr("%1 was not changed.\n\n%2\n\n%3").arg(name, error.userText(), error.summary()));
    });
}

void MainWindow::openCallMeter()
{
    if (!m_callMeter)
        return;
    if (!m_callMeterDialog)
        m_callMeterDialog = new CallMeterDialog(m_callMeter, this);
    m_callMeterDialog->show();
    m_callMeterDialog->raise();
    m_callMeterDialog->activateWindow();
}

void MainWindow::openShortcuts()
{
    QList<QAction*> actions = m_actions->allActions();
    actions.insert(actions.indexOf(m_actions->callMeter), m_activityDock->toggleViewAction());
    showDialog(new ShortcutsDialog(actions, this));
}
