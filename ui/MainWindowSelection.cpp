// MainWindow following the selection, the keyboard and the models: what is selected, what applies to it, and
// what the window shows while the service works. MainWindow.cpp builds the window.
#include "AccountActions.h"
#include "AccountDetailPane.h"
#include "AccountFilterProxy.h"
#include "AccountService.h"
#include "AccountTableModel.h"
#include "AnnouncementLabel.h"
#include "DemoBanner.h"
#include "InstancePolicy.h"
#include "InstanceTreeModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiLogging.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QShortcut>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

void MainWindow::connectActions()
{
    connect(m_actions->refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_actions->profiles, &QAction::triggered, this, &MainWindow::profilesRequested);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    // Esc in the filter box clears it: the quickest way back to the full list.
    auto* clearFilter = new QShortcut(QKeySequence(Qt::Key_Escape), m_filter, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clearFilter, &QShortcut::activated, m_filter, &QLineEdit::clear);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AccountFilterProxy::setTextFilter);
    auto* intoResults = new QShortcut(QKeySequence(Qt::Key_Down), m_filter, nullptr, nullptr, Qt::WidgetShortcut);
    connect(intoResults, &QShortcut::activated, this, &MainWindow::moveIntoResults);
    connect(m_filter, &QLineEdit::returnPressed, this, &MainWindow::openSingleMatch);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onInstanceSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onAccountSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::selectCurrentRow);
    connect(m_table, &QAbstractItemView::activated, this, &MainWindow::openMainAction);
    // Enter on an instance (or a region) goes on into its accounts; a key, not "activated", which a mouse click
    // can also send on single-click desktops.
    for (const int key : { Qt::Key_Return, Qt::Key_Enter }) {
        auto* intoAccounts = new QShortcut(QKeySequence(key), m_tree, nullptr, nullptr, Qt::WidgetShortcut);
        connect(intoAccounts, &QShortcut::activated, this, &MainWindow::moveIntoResults);
    }
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showAccountMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showInstanceMenu);
    connect(m_banner, &DemoBanner::connectRequested, this, &MainWindow::connectRequested);
}

void MainWindow::connectModels()
{
    // Statuses, busy flags and counts change under the selection: re-check what applies.
    connect(m_accounts, &QAbstractItemModel::dataChanged, this, &MainWindow::onAccountSelected);
    connect(m_accounts, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateActions);
    connect(m_accounts, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        announceAvailable(first, last);
    });
    connect(m_accounts, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        announceAvailable(from.row(), to.row());
    });
    connect(m_accounts, &QAbstractItemModel::rowsRemoved, this, &MainWindow::onAccountSelected);
    connect(m_instances, &QAbstractItemModel::dataChanged, this, &MainWindow::onInstanceSelected);
    connect(m_instances, &QAbstractItemModel::rowsInserted, this, &MainWindow::expandInserted);
}

void MainWindow::connectService()
{
    connect(m_service, &AccountService::loadingChanged, this, &MainWindow::setLoading);
    connect(m_service, &AccountService::backgroundError, this, &MainWindow::showBackgroundError);
}

void MainWindow::expandInserted(const QModelIndex& parent, int first, int last)
{
    for (int row = first; row <= last; ++row)
        m_tree->expandRecursively(m_instances->index(row, 0, parent));
}

std::optional<Instance> MainWindow::selectedTreeInstance() const
{
    return m_instances->instanceAt(m_tree->currentIndex());
}

std::optional<Instance> MainWindow::instanceById(const QString& instanceId) const
{
    // The table shows the tree's current node (a region or profile node: every instance under it); when two profiles
    // list the instance, the one under that node's profile is meant.
    const QModelIndex underNode
        = m_instances->indexOfInstance(m_instances->profileAt(m_tree->currentIndex()), instanceId);
    return m_instances->instanceAt(underNode.isValid() ? underNode : m_instances->indexOfInstance(instanceId));
}

std::optional<Account> MainWindow::currentAccount() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_accounts->accountAt(m_proxy->mapToSource(rows.first()).row());
}

std::optional<Instance> MainWindow::currentInstance() const
{
    const std::optional<Instance> selected = selectedTreeInstance();
    if (const std::optional<Account> account = currentAccount()) {
        if (selected && selected->id == account->instanceId)
            return selected; // under the profile the user chose, when two profiles list it
        return instanceById(account->instanceId);
    }
    return selected;
}

bool MainWindow::selectInstance(const QString& instanceId)
{
    const QModelIndex index = m_instances->indexOfInstance(instanceId);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    return true;
}

bool MainWindow::selectAccount(const QString& instanceId, const QString& name)
{
    const int row = m_accounts->rowOf(instanceId, name);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_accounts->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectRow(index.row());
    m_table->setCurrentIndex(index);
    return true;
}

void MainWindow::onInstanceSelected()
{
    const std::optional<Instance> instance = selectedTreeInstance();
    const QString instanceId = instance ? instance->id : QString();
    if (m_proxy->instanceFilter() != instanceId) {
        m_proxy->setInstanceFilter(instanceId);
        // The instance column only tells accounts apart when several instances are listed.
        m_table->setColumnHidden(AccountTableModel::InstanceColumn, instance.has_value());
        if (instance && InstancePolicy::canManageAccounts(*instance).isValid())
            m_service->refreshAccounts(*instance);
    }
    const FieldCheck manage = instance ? InstancePolicy::canManageAccounts(*instance) : FieldCheck::valid();
    m_instanceNotice->setText(manage.message);
    m_instanceNotice->setVisible(!manage.isValid());
    onAccountSelected();
}

void MainWindow::onAccountSelected()
{
    m_detail->setAccount(currentAccount());
    updateActions();
}

void MainWindow::updateActions()
{
    AccountActions::Selection selection;
    selection.instance = currentInstance();
    selection.account = currentAccount();
    if (selection.instance)
        selection.accountCount = m_accounts->accountCount(selection.instance->id);
    if (selection.account)
        selection.accountBusy
            = m_accounts->isBusy(m_accounts->rowOf(selection.account->instanceId, selection.account->name));
    m_actions->update(selection);
}

void MainWindow::openMainAction()
{
    // Enter and double-click open the helpdesk's everyday action; when it does not apply, say why.
    if (m_actions->resetPassword->isEnabled())
        m_actions->resetPassword->trigger();
    else
        statusBar()->showMessage(m_actions->resetPassword->statusTip(), 5000);
}

void MainWindow::moveIntoResults()
{
    if (m_proxy->rowCount() == 0)
        return;
    m_table->setFocus(Qt::TabFocusReason);
    const QModelIndex first = m_proxy->index(0, AccountTableModel::NameColumn);
    m_table->setCurrentIndex(first);
    m_table->selectRow(0);
    m_table->scrollTo(first);
}

void MainWindow::openSingleMatch()
{
    const int matches = m_proxy->rowCount();
    if (matches == 0) {
        statusBar()->showMessage(tr("No account matches \"%1\".").arg(m_filter->text()), 5000);
        return;
    }
    moveIntoResults();
    if (matches == 1)
        openMainAction();
}

// The selection follows the keyboard: a row that is current (Tab into the list, arrows) is also the selected
// account, so Enter, Delete and the shortcuts act on the row that has focus.
void MainWindow::selectCurrentRow(const QModelIndex& current)
{
    if (!current.isValid() || m_table->selectionModel()->isRowSelected(current.row(), {}))
        return;
    m_table->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::announceAvailable(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const std::optional<Account> account = m_accounts->accountAt(row);
        if (!account)
            continue;
        if (account->status != QLatin1String("Available")) {
            m_notYetAvailable.insert(account->key());
        } else if (m_notYetAvailable.remove(account->key())) {
            m_announcement->announce(tr("%1 on %2 is now available.").arg(account->name, account->instanceId));
        }
    }
}

void MainWindow::showAccountMenu(const QPoint& position)
{
    QMenu menu(this);
    menus().fillAccountContextMenu(&menu);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void MainWindow::showInstanceMenu(const QPoint& position)
{
    QMenu menu(this);
    menus().fillInstanceContextMenu(&menu);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void MainWindow::refresh()
{
    m_service->refreshInventory();
    if (const std::optional<Instance> instance = selectedTreeInstance();
        instance && InstancePolicy::canManageAccounts(*instance).isValid()) {
        m_service->refreshAccounts(*instance);
    }
}

void MainWindow::setLoading(bool loading, const QString& what)
{
    m_loadingBar->setVisible(loading);
    m_loadingLabel->setText(loading ? what : QString());
}

void MainWindow::showBackgroundError(const ServiceError& error)
{
    qCWarning(lcUi) << "background call failed:" << error.action << error.code << error.requestId;
    QString text = error.userText();
    if (!error.recommendedAction().isEmpty())
        text += QStringLiteral("\n\n") + error.recommendedAction();
    text += QStringLiteral("\n\n") + error.summary();
    MessageBox::warning(this, tr("Background Call Failed"), text);
}
