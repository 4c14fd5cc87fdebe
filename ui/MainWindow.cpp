#include "MainWindow.h"

#include "AboutDialog.h"
#include "AccountActions.h"
#include "AccountDetailPane.h"
#include "AccountFilterProxy.h"
#include "AccountSearchModel.h"
#include "AccountService.h"
#include "AccountTableModel.h"
#include "ActivityDock.h"
#include "ActivityLogModel.h"
#include "AnnouncementLabel.h"
#include "BusyRowDelegate.h"
#include "CallMeterDialog.h"
#include "CallMeterModel.h"
#include "CreateAccountDialog.h"
#include "DeleteAccountDialog.h"
#include "DemoBanner.h"
#include "EditDescriptionDialog.h"
#include "FindPanel.h"
#include "InstancePolicy.h"
#include "InstanceTreeModel.h"
#include "MessageBox.h"
#include "ModelRoles.h"
#include "ModifyPrivilegesDialog.h"
#include "OperatorPermissionDialog.h"
#include "PasswordField.h"
#include "RamPolicyDialog.h"
#include "ResetPasswordDialog.h"
#include "ResetPrivilegedAccountDialog.h"
#include "ShortcutsDialog.h"
#include "TestLoginDialog.h"
#include "UiLogging.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QString kSettingsGroup = QStringLiteral("MainWindow");

} // namespace

MainWindow::MainWindow(
    AccountService* service, InstanceTreeModel* instances, AccountTableModel* accounts, QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_instances(instances)
    , m_accounts(accounts)
    , m_proxy(new AccountFilterProxy(this))
    , m_actions(new AccountActions(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Apsara Accounts"));
    setAccessibleName(tr("Apsara Accounts"));
    m_proxy->setSourceModel(m_accounts);

    buildCentralWidget();
    buildModeActions();
    m_activityDock = new ActivityDock(this);
    m_activityDock->setObjectName(QStringLiteral("activityDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    m_activityDock->hide();
    buildMenus();
    buildToolBar();
    buildStatusBar();
    connectActions();
    connectService();
    setTabOrders();

    m_actions->callMeter->setEnabled(false); // until setCallMeterModel()
    m_tree->expandAll();
    setDefaultColumnWidths();
    resizeToFont();
    restoreSettings();
    onInstanceSelected();
}

MainWindow::~MainWindow()
{
    // Dialogs still open cancel their calls as they are destroyed below, and a cancelled call is still logged: the
    // half-destroyed window must not hear of it (its Find panel, which tickets new activity rows, is gone first).
    if (m_activity)
        disconnect(m_activity, nullptr, this, nullptr);
}

// 1200x760 at the usual font size, larger with a larger font, never beyond the screen.
void MainWindow::resizeToFont()
{
    const int character = fontMetrics().averageCharWidth();
    QSize size(std::max(1200, 160 * character), std::max(760, 36 * fontMetrics().height()));
    if (const QScreen* display = screen())
        size = size.boundedTo(display->availableGeometry().size());
    resize(size);
}

void MainWindow::buildCentralWidget()
{
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("instanceTree"));
    m_tree->setAccessibleName(tr("Regions, products and instances"));
    m_tree->setModel(m_instances);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);

    m_banner = new DemoBanner(this);
    m_banner->hide();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(buildAccountsPane());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    // In character units, so the tree keeps its instance names readable at large font sizes.
    const int character = fontMetrics().averageCharWidth();
    m_splitter->setSizes({ std::max(340, 44 * character), std::max(860, 110 * character) });

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

QWidget* MainWindow::buildAccountsPane()
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("accountFilter"));
    m_filter->setAccessibleName(tr("Filter accounts"));
    m_filter->setPlaceholderText(tr("Filter accounts by name, description, privilege or status (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);

    m_instanceNotice = new QLabel(this);
    m_instanceNotice->setTextFormat(Qt::PlainText);
    m_instanceNotice->setObjectName(QStringLiteral("instanceNotice"));
    m_instanceNotice->setAccessibleName(tr("Why the instance cannot be managed"));
    m_instanceNotice->setWordWrap(true);
    m_instanceNotice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_instanceNotice->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("accountTable"));
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new BusyRowDelegate(AccountTableModel::StatusColumn, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AccountTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setTabKeyNavigation(false); // Tab leaves the list; the arrows move within it
    m_table->setAccessibleDescription(
        tr("Enter opens Reset Password for the selected account; the Account menu lists every action"));

    m_detail = new AccountDetailPane(this);
    m_detail->setObjectName(QStringLiteral("accountDetail"));

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_filter);
    topLayout->addWidget(m_instanceNotice);
    topLayout->addWidget(m_table, 1);

    m_accountsSplitter = new QSplitter(Qt::Vertical, this);
    m_accountsSplitter->setObjectName(QStringLiteral("accountsSplitter"));
    m_accountsSplitter->setChildrenCollapsible(false);
    m_accountsSplitter->addWidget(top);
    m_accountsSplitter->addWidget(m_detail);
    m_accountsSplitter->setStretchFactor(0, 3);
    m_accountsSplitter->setStretchFactor(1, 1);
    return m_accountsSplitter;
}

// Widths in character units, so the columns fit English and Chinese alike until the user's own are restored.
void MainWindow::setDefaultColumnWidths()
{
    const int character = m_table->fontMetrics().averageCharWidth();
    QHeaderView* header = m_table->horizontalHeader();
    header->resizeSection(AccountTableModel::NameColumn, 20 * character);
    header->resizeSection(AccountTableModel::InstanceColumn, 24 * character);
    header->resizeSection(AccountTableModel::TypeColumn, 22 * character);
    header->resizeSection(AccountTableModel::StatusColumn, 16 * character);
    header->resizeSection(AccountTableModel::PrivilegesColumn, 36 * character);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->profiles);
    file->addSeparator();
    file->addAction(m_actions->quit);

    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountMenu->addAction(m_actions->newAccount);
    m_accountMenu->addSeparator();
    m_accountMenu->addActions(m_actions->accountActions());
    m_accountMenu->addSeparator();
    m_accountMenu->addAction(m_actions->operatorPermission);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions->find);
    view->addAction(m_findEverywhere);
    view->addAction(m_actions->refresh);
    view->addSeparator();
    QAction* activity = m_activityDock->toggleViewAction();
    activity->setText(tr("&Activity"));
    activity->setIcon(QIcon(QStringLiteral(":/icons/action-activity.svg")));
    activity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    activity->setStatusTip(tr("Show every call of this session"));
    activity->setToolTip(AccountActions::toolTipWithShortcut(activity->statusTip(), activity->shortcut()));
    // Opened from the keyboard, the keyboard goes with it: the list of calls takes the focus.
    connect(activity, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            m_activityDock->table()->setFocus(Qt::ShortcutFocusReason);
    });
    view->addAction(activity);
    view->addAction(m_actions->callMeter);
    view->addSeparator();
    view->addAction(m_helpdeskMode);

    m_accountMenu->addAction(m_copyAccount);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->shortcuts);
    help->addAction(m_ramPolicy);
    help->addAction(m_actions->about);
}

void MainWindow::buildToolBar()
{
    QToolBar* bar = addToolBar(tr("Actions"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setAccessibleName(tr("Actions"));
    bar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    bar->addAction(m_actions->refresh);
    bar->addSeparator();
    bar->addAction(m_actions->newAccount);
    bar->addActions(m_actions->accountActions());
    bar->addAction(m_actions->operatorPermission);
    bar->addSeparator();
    bar->addAction(m_activityDock->toggleViewAction());
    bar->addAction(m_actions->callMeter);
    describeToolButtons(bar);
}

// The toolbar buttons may show only an icon: each gets the action's name, and its help (or the reason it is
// disabled) as the description, kept up to date as the selection changes.
void MainWindow::describeToolButtons(QToolBar* bar)
{
    for (QAction* action : bar->actions()) {
        QWidget* button = bar->widgetForAction(action);
        if (!button || action->isSeparator())
            continue;
        auto describe = [button, action] {
            button->setAccessibleName(QString(action->text()).remove(QLatin1Char('&')));
            button->setAccessibleDescription(action->toolTip());
        };
        describe();
        connect(action, &QAction::changed, button, describe);
    }
}

void MainWindow::buildStatusBar()
{
    m_loadingBar = new QProgressBar(this);
    m_loadingBar->setRange(0, 0); // busy indicator: a list load has no known length
    m_loadingBar->setAccessibleName(tr("Loading"));
    m_loadingBar->setMaximumWidth(160);
    m_loadingBar->setTextVisible(false);
    m_loadingBar->hide();
    m_loadingLabel = new QLabel(this);
    m_loadingLabel->setAccessibleName(tr("What is loading"));
    m_callMeterButton = new QPushButton(this);
    m_callMeterButton->setFlat(true);
    m_callMeterButton->setAccessibleName(tr("Call meter"));
    m_callMeterButton->setToolTip(tr("Calls per action with the price and free tier"));
    m_callMeterButton->hide();
    m_announcement = new AnnouncementLabel(this);
    statusBar()->addWidget(m_loadingBar);
    statusBar()->addWidget(m_loadingLabel, 1);
    statusBar()->addWidget(m_announcement);
    statusBar()->addPermanentWidget(m_callMeterButton);
}

void MainWindow::connectActions()
{
    connect(m_actions->newAccount, &QAction::triggered, this, &MainWindow::openCreateAccount);
    connect(m_actions->resetPassword, &QAction::triggered, this, &MainWindow::openResetPassword);
    connect(m_actions->testLogin, &QAction::triggered, this, &MainWindow::openTestLogin);
    connect(m_actions->modifyPrivileges, &QAction::triggered, this, &MainWindow::openModifyPrivileges);
    connect(m_actions->editDescription, &QAction::triggered, this, &MainWindow::openEditDescription);
    connect(m_actions->deleteAccount, &QAction::triggered, this, &MainWindow::openDeleteAccount);
    connect(m_actions->lockAccount, &QAction::triggered, this, [this] { setLocked(true); });
    connect(m_actions->unlockAccount, &QAction::triggered, this, [this] { setLocked(false); });
    connect(m_actions->resetPrivilegedAccount, &QAction::triggered, this, &MainWindow::openResetPrivilegedAccount);
    connect(m_actions->operatorPermission, &QAction::triggered, this, &MainWindow::openOperatorPermission);
    connect(m_actions->refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_actions->callMeter, &QAction::triggered, this, &MainWindow::openCallMeter);
    connect(m_actions->profiles, &QAction::triggered, this, &MainWindow::profilesRequested);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::openAbout);
    connect(m_actions->shortcuts, &QAction::triggered, this, &MainWindow::openShortcuts);
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

void MainWindow::setTabOrders()
{
    setTabOrder(m_banner->connectButton(), m_tree);
    setTabOrder(m_tree, m_filter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_detail->privilegeTable());
    setTabOrder(m_detail->privilegeTable(), m_detail->requestIdField());
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
    return m_instances->instanceAt(m_instances->indexOfInstance(instanceId));
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
    if (const std::optional<Account> account = currentAccount())
        return instanceById(account->instanceId);
    return selectedTreeInstance();
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
    menu.addAction(m_actions->newAccount);
    menu.addSeparator();
    menu.addActions(m_actions->accountActions());
    menu.addSeparator();
    menu.addAction(m_actions->operatorPermission);
    menu.addAction(m_actions->refresh);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void MainWindow::showInstanceMenu(const QPoint& position)
{
    QMenu menu(this);
    menu.addAction(m_actions->newAccount);
    menu.addAction(m_actions->operatorPermission);
    menu.addSeparator();
    menu.addAction(m_actions->refresh);
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

void MainWindow::openCreateAccount()
{
    const std::optional<Instance> instance = currentInstance();
    if (!instance || !m_actions->newAccount->isEnabled())
        return;
    showDialog(new CreateAccountDialog(m_service, *instance, m_accounts->accountCount(instance->id), this));
}

void MainWindow::openResetPassword()
{
    const std::optional<Instance> instance = currentInstance();
    const std::optional<Account> account = currentAccount();
    if (!instance || !account || !m_actions->resetPassword->isEnabled())
        return;
    auto* dialog = new ResetPasswordDialog(m_service, *instance, *account, this);
    // The helpdesk gets a password that meets this engine's rules at once; shown once, copied through the guard.
    if (m_mode == RoleMode::Helpdesk)
        dialog->passwordField()->generate();
    showDialog(dialog);
}

void MainWindow::setCredentialTester(CredentialTester* tester)
{
    m_tester = tester;
}

void MainWindow::openTestLogin()
{
    const std::optional<Instance> instance = currentInstance();
    const std::optional<Account> account = currentAccount();
    if (instance && account && m_actions->testLogin->isEnabled())
        showDialog(new TestLoginDialog(m_tester, *instance, *account, this));
}

void MainWindow::openModifyPrivileges()
{
    const std::optional<Instance> instance = currentInstance();
    const std::optional<Account> account = currentAccount();
    if (instance && account && m_actions->modifyPrivileges->isEnabled())
        showDialog(new ModifyPrivilegesDialog(m_service, *instance, *account, this));
}

void MainWindow::openEditDescription()
{
    const std::optional<Instance> instance = currentInstance();
    const std::optional<Account> account = currentAccount();
    if (instance && account && m_actions->editDescription->isEnabled())
        showDialog(new EditDescriptionDialog(m_service, *instance, *account, this));
}

void MainWindow::openDeleteAccount()
{
    const std::optional<Instance> instance = currentInstance();
    const std::optional<Account> account = currentAccount();
    if (instance && account && m_actions->deleteAccount->isEnabled())
        showDialog(new DeleteAccountDialog(m_service, *instance, *account, this));
}

void MainWindow::openResetPrivilegedAccount()
{
    const std::optional<Instance> instance = currentInstance();
    const std::optional<Account> account = currentAccount();
    if (instance && account && m_actions->resetPrivilegedAccount->isEnabled())
        showDialog(new ResetPrivilegedAccountDialog(m_service, *instance, *account, this));
}

void MainWindow::openOperatorPermission()
{
    const std::optional<Instance> instance = currentInstance();
    if (instance && m_actions->operatorPermission->isEnabled())
        showDialog(new OperatorPermissionDialog(m_service, *instance, this));
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
    if (MessageBox::question(this, action->text().remove(QLatin1Char('&')), question.arg(account->name, instance->id))
        != QMessageBox::Yes) {
        return;
    }
    PendingOperation* operation = m_service->setAccountLocked(*instance, account->name, locked);
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

void MainWindow::openAbout()
{
    showDialog(new AboutDialog(this));
}

void MainWindow::openShortcuts()
{
    QList<QAction*> actions = m_actions->allActions();
    actions.insert(actions.indexOf(m_actions->callMeter), m_activityDock->toggleViewAction());
    showDialog(new ShortcutsDialog(actions, this));
}

void MainWindow::setActivityModel(ActivityLogModel* model)
{
    if (m_activity)
        disconnect(m_activity, nullptr, this, nullptr);
    m_activity = model;
    m_activityDock->setModel(model);
    if (model)
        connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
            tagTicket(first, last);
        });
}

void MainWindow::setCallMeterModel(CallMeterModel* model)
{
    if (m_callMeter)
        disconnect(m_callMeter, nullptr, this, nullptr);
    m_callMeter = model;
    delete m_callMeterDialog;
    m_callMeterDialog = nullptr;
    m_callMeterButton->setVisible(model != nullptr);
    m_actions->callMeter->setEnabled(model != nullptr);
    if (model) {
        connect(model, &CallMeterModel::totalsChanged, this, &MainWindow::updateCallMeterButton);
        connect(m_callMeterButton, &QPushButton::clicked, this, &MainWindow::openCallMeter, Qt::UniqueConnection);
    }
    updateCallMeterButton();
}

void MainWindow::updateCallMeterButton()
{
    if (!m_callMeter)
        return;
    m_callMeterButton->setText(tr("Calls: %1 (¥%2 this month)")
                                   .arg(m_callMeter->totalSessionCalls())
                                   .arg(m_callMeter->totalMonthCostCny(), 0, 'f', 2));
}

void MainWindow::setDemoMode(bool demo)
{
    m_banner->setVisible(demo);
}

bool MainWindow::isDemoMode() const
{
    return !m_banner->isHidden();
}

void MainWindow::setContext(const QString& profileName, const QString& regionId, bool demo)
{
    setWindowTitle(tr("Apsara Accounts — %1 — %2").arg(profileName, regionId));
    m_profileName = profileName;
    setDemoMode(demo);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("accountsSplitter"), m_accountsSplitter->saveState());
    settings.setValue(QStringLiteral("accountsHeader"), m_table->horizontalHeader()->saveState());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_accountsSplitter->restoreState(settings.value(QStringLiteral("accountsSplitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("accountsHeader")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
