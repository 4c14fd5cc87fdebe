#include "BulkActions.h"

#include "ApiActionTable.h"
#include "BulkPreviewDialog.h"
#include "BulkRunDialog.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QWidget>

namespace {

AccountOperation operationOf(BulkAction action)
{
    switch (action) {
    case BulkAction::ResetPassword:
        return AccountOperation::ResetPassword;
    case BulkAction::Lock:
        return AccountOperation::Lock;
    case BulkAction::Unlock:
        return AccountOperation::Unlock;
    case BulkAction::Grant:
    case BulkAction::Revoke:
        return AccountOperation::ModifyPrivileges;
    case BulkAction::EditDescription:
        return AccountOperation::ModifyDescription;
    case BulkAction::Delete:
        return AccountOperation::DeleteAccount;
    case BulkAction::Create:
        return AccountOperation::CreateAccount;
    }
    return AccountOperation::Browse;
}

} // namespace

BulkActions::BulkActions(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    // Ctrl+Shift+R is Reset Privileged Account: the bulk reset (password rotation) is Ctrl+Shift+W.
    make(BulkAction::ResetPassword,
        QStringLiteral("bulkResetPassword"),
        tr("Bulk &Reset Passwords..."),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
        tr("New passwords for every selected account, previewed before anything is sent"));
    make(BulkAction::Lock,
        QStringLiteral("bulkLock"),
        tr("Bulk &Lock..."),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        tr("Lock every selected PostgreSQL account; others are listed as skipped"));
    make(BulkAction::Unlock,
        QStringLiteral("bulkUnlock"),
        tr("Bulk &Unlock..."),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
        tr("Unlock every selected PostgreSQL account"));
    make(BulkAction::Grant,
        QStringLiteral("bulkGrant"),
        tr("Bulk &Grant..."),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
        tr("Grant one privilege on a database name to every selected account"));
    make(BulkAction::Revoke,
        QStringLiteral("bulkRevoke"),
        tr("Bulk Re&voke..."),
        QKeySequence(),
        tr("Revoke every selected account's access to a database name"));
    make(BulkAction::EditDescription,
        QStringLiteral("bulkEditDescription"),
        tr("Bulk &Edit Descriptions..."),
        QKeySequence(), // Ctrl+Shift+E is File > Access Report
        tr("Give every selected account the same description"));
    make(BulkAction::Delete,
        QStringLiteral("bulkDelete"),
        tr("Bulk &Delete..."),
        QKeySequence(),
        tr("Delete every selected account, after typing how many"));
    make(BulkAction::Create,
        QStringLiteral("bulkCreate"),
        tr("Bulk &Create on Instances..."),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
        tr("Create the same account on every selected instance from one template"));
    update(0, 0, RoleMode::Dba);
}

QAction* BulkActions::make(
    BulkAction action, const QString& name, const QString& text, const QKeySequence& shortcut, const QString& help)
{
    auto* qaction = new QAction(text, this);
    qaction->setObjectName(name); // what accessibility tools and the tests find the entry by
    qaction->setShortcut(shortcut);
    qaction->setShortcutContext(Qt::WindowShortcut);
    qaction->setStatusTip(help);
    qaction->setToolTip(
        shortcut.isEmpty() ? help : tr("%1 (%2)").arg(help, shortcut.toString(QKeySequence::NativeText)));
    connect(qaction, &QAction::triggered, this, [this, action] { open(action); });
    m_window->addAction(qaction);
    m_all << qaction;
    m_kinds << action;
    return qaction;
}

void BulkActions::setSources(TargetSource accounts, TargetSource instances)
{
    m_accounts = std::move(accounts);
    m_instances = std::move(instances);
}

void BulkActions::fillMenu(QMenu* menu) const
{
    menu->addActions(m_all);
}

void BulkActions::update(int selectedAccounts, int selectedInstances, RoleMode mode)
{
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        const BulkAction action = m_kinds.at(i);
        const bool allowed = ApiActionTable::allows(mode, operationOf(action));
        const bool selected = action == BulkAction::Create ? selectedInstances > 0 : selectedAccounts > 0;
        m_all.at(i)->setEnabled(allowed && selected);
    }
}

BulkPreviewDialog* BulkActions::open(BulkAction action)
{
    const TargetSource& source = action == BulkAction::Create ? m_instances : m_accounts;
    const QList<BulkTarget> targets = source ? source() : QList<BulkTarget>();
    if (targets.isEmpty())
        return nullptr;
    auto* preview = new BulkPreviewDialog(action, targets, m_window);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QDialog::accepted, this, [this, preview] { run(preview); });
    preview->open();
    return preview;
}

void BulkActions::run(BulkPreviewDialog* preview)
{
    auto* dialog = new BulkRunDialog(preview->plan(), m_services, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->start();
    emit runStarted(dialog);
}
