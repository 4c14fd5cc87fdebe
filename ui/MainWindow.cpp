#include "MainWindow.h"

#include "AccountActions.h"
#include "AccountDetailPane.h"
#include "AccountFilterProxy.h"
#include "AccountTableModel.h"
#include "ActivityDock.h"
#include "ActivityLogModel.h"
#include "AnnouncementLabel.h"
#include "BusyRowDelegate.h"
#include "CallMeterDialog.h"
#include "CallMeterModel.h"
#include "DemoBanner.h"
#include "InstanceTreeModel.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
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
    , m_modes(this)
    , m_actions(new AccountActions(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Apsara Accounts"));
    setAccessibleName(tr("Apsara Accounts"));
    m_proxy->setSourceModel(m_accounts);

    buildCentralWidget();
    m_activityDock = new ActivityDock(this);
    m_activityDock->setObjectName(QStringLiteral("activityDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    m_activityDock->hide();
    setUpActivityAction();
    buildMenus();
    buildStatusBar();
    connectActions();
    connectDialogs();
    connectModeActions();
    setUpAccessReport();
    setUpBulkActions();
    connectModels();
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
    buildInstanceTree();
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

void MainWindow::buildInstanceTree()
{
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("instanceTree"));
    m_tree->setAccessibleName(tr("Regions, products and instances"));
    m_tree->setModel(m_instances);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection); // several instances for Bulk Create
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
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

    setUpAccountTable();

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

void MainWindow::setUpAccountTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("accountTable"));
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new BusyRowDelegate(AccountTableModel::StatusColumn, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several accounts at once (Shift/Ctrl+click) for the Bulk actions; the single actions use the first.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
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

MainMenus MainWindow::menus() const
{
    return MainMenus(m_actions, m_modes, m_activityDock->toggleViewAction());
}

void MainWindow::buildMenus()
{
    menus().fillMenuBar(menuBar());
    QToolBar* bar = addToolBar(tr("Actions"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setAccessibleName(tr("Actions"));
    bar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    menus().fillToolBar(bar);
}

void MainWindow::setUpActivityAction()
{
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
}

void MainWindow::buildStatusBar()
{
    m_loadingBar = new QProgressBar(this);
    m_loadingBar->setObjectName(QStringLiteral("loadingIndicator"));
    m_loadingBar->setRange(0, 0); // busy indicator: a list load has no known length
    m_loadingBar->setAccessibleName(tr("Loading"));
    m_loadingBar->setMaximumWidth(160);
    m_loadingBar->setTextVisible(false);
    m_loadingBar->hide();
    m_loadingLabel = new QLabel(this);
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    m_loadingLabel->setAccessibleName(tr("What is loading"));
    m_callMeterButton = new QPushButton(this);
    m_callMeterButton->setObjectName(QStringLiteral("callMeterButton"));
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

void MainWindow::setTabOrders()
{
    setTabOrder(m_banner->connectButton(), m_tree);
    setTabOrder(m_tree, m_filter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_detail->privilegeTable());
    setTabOrder(m_detail->privilegeTable(), m_detail->requestIdField());
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
