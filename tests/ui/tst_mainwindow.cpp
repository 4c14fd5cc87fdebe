#include "AccountActions.h"
#include "AccountDetailPane.h"
#include "AccountTableModel.h"
#include "ActivityDock.h"
#include "ActivityLogModel.h"
#include "AnnouncementLabel.h"
#include "CallMeterModel.h"
#include "DeleteAccountDialog.h"
#include "DemoBanner.h"
#include "FakeAccountService.h"
#include "InstanceTreeModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ModelRoles.h"
#include "NamedChild.h"
#include "PasswordField.h"
#include "ResetPasswordDialog.h"
#include "ShortcutsDialog.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <memory>

namespace {

// The keys the shortcuts list shows for a description ("Refresh" -> "F5"); empty when it is not listed.
QString shortcutFor(const QWidget* dialog, const QString& description)
{
    const auto* table = namedChild<QTableWidget>(dialog, "shortcutTable");
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == description)
            return table->item(row, 1)->text();
    }
    return {};
}

// Counts list loads, which FakeAccountService ignores.
class CountingAccountService : public FakeAccountService
{
public:
    using FakeAccountService::FakeAccountService;
    void refreshInventory() override { ++inventoryRefreshes; }
    void refreshAccounts(const Instance& instance) override { accountRefreshes << instance.id; }

    int inventoryRefreshes = 0;
    QStringList accountRefreshes;
};

Instance instance(const QString& id, const QString& region, Engine engine, const QString& version)
{
    Instance i;
    i.id = id;
    i.regionId = region;
    i.engine = engine;
    i.product = ProductInfo::productOf(engine);
    i.engineVersion = version;
    i.status = QStringLiteral("Running");
    i.instanceClass = QStringLiteral("rds.mysql.s2.large");
    return i;
}

Account account(const QString& instanceId, const QString& name, const QString& status = QStringLiteral("Available"))
{
    Account a;
    a.instanceId = instanceId;
    a.name = name;
    a.type = QStringLiteral("Normal");
    a.status = status;
    return a;
}

QWidget* modalDialog()
{
    return QApplication::activeModalWidget();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void treeShowsRegionsProductsAndInstances();
    void selectingAnInstanceFiltersTheTableAndLoadsItsAccounts();
    void ctrlFFocusesTheFilterAndFiltersAsYouType();
    void nothingSelectedDisablesAccountActionsWithReason();
    void lockDisabledOnMySqlWithReason();
    void lockAndUnlockFollowPostgreSqlStatus();
    void lockAsksThenCallsTheService();
    void createDisabledAtTheRedisQuota();
    void copyRoleHintOnlyOffStandardRedis();
    void unusableInstanceShowsTheReason();
    void busyAccountDisablesItsActions();
    void enterOpensResetPassword();
    void detailPaneShowsPrivilegesAndRequestId();
    void actionIconsRender();
    void everyActionIsInTheMenusWithAShortcut();
    void statusBarShowsListLoads();
    void backgroundErrorGoesToAMessageBox();
    void refreshReloadsInventoryAndAccounts();
    void callMeterLabelAndActivityDock();
    void titleAndDemoBanner();
    void settingsPersist();
    void filterDownMovesIntoTheResults();
    void filterEnterOnOneMatchOpensResetPassword();
    void tabIntoTheListSelectsTheCurrentRow();
    void enterInTheTreeMovesIntoTheAccounts();
    void functionKeysWorkFromAnyWidget();
    void everyActionShowsItsShortcutInItsTooltip();
    void toolButtonsHaveNamesAndDescriptions();
    void helpListsTheKeyboardShortcuts();
    void accountTurningAvailableIsAnnounced();

private:
    void fillModels();
    QList<QAction*> menuActions() const;
    // The window's parts by object name (the names accessibility tools see); init() fails the test if one is missing.
    QTreeView* instanceTree() const { return m_window->findChild<QTreeView*>(QStringLiteral("instanceTree")); }
    QTableView* accountTable() const { return m_window->findChild<QTableView*>(QStringLiteral("accountTable")); }
    QLineEdit* accountFilter() const { return m_window->findChild<QLineEdit*>(QStringLiteral("accountFilter")); }
    AccountDetailPane* accountDetail() const
    {
        return m_window->findChild<AccountDetailPane*>(QStringLiteral("accountDetail"));
    }

    std::unique_ptr<CountingAccountService> m_service;
    std::unique_ptr<InstanceTreeModel> m_instances;
    std::unique_ptr<AccountTableModel> m_accounts;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ApsaraAccountsTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_service = std::make_unique<CountingAccountService>();
    m_instances = std::make_unique<InstanceTreeModel>();
    m_accounts = std::make_unique<AccountTableModel>();
    fillModels();
    m_window = std::make_unique<MainWindow>(m_service.get(), m_instances.get(), m_accounts.get());
    QVERIFY(instanceTree());
    QVERIFY(accountTable());
    QVERIFY(accountFilter());
    QVERIFY(accountDetail());
}

void TestMainWindow::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_window.reset();
    m_accounts.reset();
    m_instances.reset();
    m_service.reset();
    QSettings().clear();
}

void TestMainWindow::fillModels()
{
    m_instances->setRegions({ Region { QStringLiteral("cn-hangzhou"), QStringLiteral("China (Hangzhou)"), {} },
        Region { QStringLiteral("cn-shanghai"), QStringLiteral("China (Shanghai)"), {} } });
    Instance redisCluster = instance(QStringLiteral("r-cluster"), QStringLiteral("cn-hangzhou"), Engine::Redis, {});
    redisCluster.engineVersion = QStringLiteral("5.0");
    redisCluster.architecture = Architecture::Cluster;
    m_instances->setInstances(QStringLiteral("cn-hangzhou"),
        { instance(QStringLiteral("rm-mysql"), QStringLiteral("cn-hangzhou"), Engine::MySQL, QStringLiteral("8.0")),
            instance(QStringLiteral("pgm-pg"), QStringLiteral("cn-hangzhou"), Engine::PostgreSQL, QStringLiteral("14")),
            instance(QStringLiteral("r-std"), QStringLiteral("cn-hangzhou"), Engine::Redis, QStringLiteral("5.0")),
            redisCluster });
    m_instances->setInstances(QStringLiteral("cn-shanghai"),
        { instance(QStringLiteral("r-old"), QStringLiteral("cn-shanghai"), Engine::Redis, QStringLiteral("2.8")) });

    Account appUser = account(QStringLiteral("rm-mysql"), QStringLiteral("app_user"));
    appUser.description = QStringLiteral("orders service");
    appUser.privileges = { DatabasePrivilege {
                               QStringLiteral("orders"), QStringLiteral("ReadWrite"), QStringLiteral("SELECT,INSERT") },
        DatabasePrivilege { QStringLiteral("billing"), QStringLiteral("ReadOnly"), QStringLiteral("SELECT") } };
    appUser.lastRequestId = QStringLiteral("REQ-LAST-1");
    Account root = account(QStringLiteral("rm-mysql"), QStringLiteral("root_admin"));
    root.type = QStringLiteral("Super");
    m_accounts->setAccounts(QStringLiteral("rm-mysql"), { appUser, root });
    m_accounts->setAccounts(QStringLiteral("pgm-pg"),
        { account(QStringLiteral("pgm-pg"), QStringLiteral("pg_app")),
            account(QStringLiteral("pgm-pg"), QStringLiteral("pg_locked"), QStringLiteral("Locked")) });
    QList<Account> full;
    for (int i = 0; i < 20; ++i)
        full << account(QStringLiteral("r-std"), QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0')));
    m_accounts->setAccounts(QStringLiteral("r-std"), full);
    m_accounts->setAccounts(
        QStringLiteral("r-cluster"), { account(QStringLiteral("r-cluster"), QStringLiteral("cache_ro")) });
}

QList<QAction*> TestMainWindow::menuActions() const
{
    QList<QAction*> all;
    for (QAction* menu : m_window->menuBar()->actions()) {
        if (menu->menu())
            all << menu->menu()->actions();
    }
    return all;
}

void TestMainWindow::treeShowsRegionsProductsAndInstances()
{
    QTreeView* tree = instanceTree();
    QAbstractItemModel* model = tree->model();
    QCOMPARE(model->rowCount(), 2);
    const QModelIndex hangzhou = model->index(0, 0);
    QCOMPARE(hangzhou.data(ModelRoles::NodeKindRole).toString(), QStringLiteral("region"));
    QCOMPARE(model->rowCount(hangzhou), 2); // RDS and Redis
    const QModelIndex product = model->index(0, 0, hangzhou);
    QCOMPARE(product.data(ModelRoles::NodeKindRole).toString(), QStringLiteral("product"));
    const QModelIndex mysql = m_instances->indexOfInstance(QStringLiteral("rm-mysql"));
    QCOMPARE(mysql.data(ModelRoles::NodeKindRole).toString(), QStringLiteral("instance"));
    QVERIFY(mysql.data().toString().contains(QStringLiteral("8.0")));
    QVERIFY(mysql.data().toString().contains(QStringLiteral("Running")));
    QVERIFY(!mysql.data(Qt::DecorationRole).value<QIcon>().isNull());
}

void TestMainWindow::selectingAnInstanceFiltersTheTableAndLoadsItsAccounts()
{
    QTableView* table = accountTable();
    QCOMPARE(table->model()->rowCount(), 25); // no instance selected: every loaded account
    QVERIFY(!table->isColumnHidden(AccountTableModel::InstanceColumn));
    QVERIFY(m_window->selectInstance(QStringLiteral("pgm-pg")));
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(table->isColumnHidden(AccountTableModel::InstanceColumn));
    QCOMPARE(m_service->accountRefreshes, QStringList { QStringLiteral("pgm-pg") });
    QCOMPARE(m_window->currentInstance()->id, QStringLiteral("pgm-pg"));
    QVERIFY(m_window->selectInstance(QStringLiteral("rm-mysql")));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, AccountTableModel::NameColumn).data().toString(), QStringLiteral("app_user"));
    QVERIFY(!m_window->selectInstance(QStringLiteral("rm-missing")));
}

void TestMainWindow::ctrlFFocusesTheFilterAndFiltersAsYouType()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    instanceTree()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(accountFilter()->hasFocus());
    QTest::keyClicks(accountFilter(), QStringLiteral("user1"));
    QCOMPARE(accountTable()->model()->rowCount(), 10); // user10 .. user19
    QTest::keyClicks(accountFilter(), QStringLiteral("9"));
    QCOMPARE(accountTable()->model()->rowCount(), 1);
    QTest::keyClick(accountFilter(), Qt::Key_Escape);
    QVERIFY(accountFilter()->text().isEmpty());
    QCOMPARE(accountTable()->model()->rowCount(), 25);
}

void TestMainWindow::nothingSelectedDisablesAccountActionsWithReason()
{
    AccountActions* actions = m_window->actions();
    for (QAction* action : actions->accountActions()) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY(action->toolTip().contains(QStringLiteral("Select an account first")));
    }
    QVERIFY(!actions->newAccount->isEnabled());
    QVERIFY(actions->newAccount->statusTip().contains(QStringLiteral("Select an instance first")));
    QVERIFY(actions->refresh->isEnabled());
}

void TestMainWindow::lockDisabledOnMySqlWithReason()
{
    m_window->selectInstance(QStringLiteral("rm-mysql"));
    QVERIFY(m_window->selectAccount(QStringLiteral("rm-mysql"), QStringLiteral("app_user")));
    AccountActions* actions = m_window->actions();
    QVERIFY(!actions->lockAccount->isEnabled());
    QVERIFY(actions->lockAccount->toolTip().contains(QStringLiteral("only for PostgreSQL")));
    QVERIFY(actions->lockAccount->statusTip().contains(QStringLiteral("only for PostgreSQL")));
    QVERIFY(!actions->unlockAccount->isEnabled());
    QVERIFY(actions->resetPassword->isEnabled());
    QVERIFY(actions->resetPassword->toolTip().contains(QStringLiteral("new password")));
    QVERIFY(actions->newAccount->isEnabled());
    // Reset privileged account applies to the Super account only.
    QVERIFY(!actions->resetPrivilegedAccount->isEnabled());
    QVERIFY(actions->resetPrivilegedAccount->toolTip().contains(QStringLiteral("Super")));
    QVERIFY(m_window->selectAccount(QStringLiteral("rm-mysql"), QStringLiteral("root_admin")));
    QVERIFY(actions->resetPrivilegedAccount->isEnabled());
}

void TestMainWindow::lockAndUnlockFollowPostgreSqlStatus()
{
    m_window->selectInstance(QStringLiteral("pgm-pg"));
    AccountActions* actions = m_window->actions();
    QVERIFY(m_window->selectAccount(QStringLiteral("pgm-pg"), QStringLiteral("pg_app")));
    QVERIFY(actions->lockAccount->isEnabled());
    QVERIFY(!actions->unlockAccount->isEnabled());
    QVERIFY(actions->unlockAccount->toolTip().contains(QStringLiteral("not locked")));
    QVERIFY(m_window->selectAccount(QStringLiteral("pgm-pg"), QStringLiteral("pg_locked")));
    QVERIFY(!actions->lockAccount->isEnabled());
    QVERIFY(actions->lockAccount->toolTip().contains(QStringLiteral("already locked")));
    QVERIFY(actions->unlockAccount->isEnabled());
    QVERIFY(!actions->resetPrivilegedAccount->isEnabled()); // not on PostgreSQL
}

void TestMainWindow::lockAsksThenCallsTheService()
{
    m_window->selectInstance(QStringLiteral("pgm-pg"));
    QVERIFY(m_window->selectAccount(QStringLiteral("pgm-pg"), QStringLiteral("pg_app")));
    MessageBox::setNextAnswer(QMessageBox::No);
    m_window->actions()->lockAccount->trigger();
    QVERIFY(MessageBox::lastAnsweredText().contains(QStringLiteral("pg_app")));
    QVERIFY(m_service->calls.isEmpty()); // the user said No

    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->actions()->lockAccount->trigger();
    QCOMPARE(m_service->calls.size(), 1);
    QCOMPARE(m_service->lastCall().method(), QStringLiteral("LockAccount"));
    QCOMPARE(m_service->lastCall().account(), QStringLiteral("pg_app"));
    QVERIFY(m_service->lastCall().as<SetAccountLockedWrite>().locked);

    // A failure has no dialog to land in, so it is shown in a box with the Code and RequestId.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_service->failLast(FakeAccountService::error(ServiceError::Category::Conflict,
        403,
        QStringLiteral("IncorrectDBInstanceState"),
        QStringLiteral("REQ-LOCK-9")));
    QVERIFY(MessageBox::lastAnsweredText().contains(QStringLiteral("REQ-LOCK-9")));
}

void TestMainWindow::createDisabledAtTheRedisQuota()
{
    m_window->selectInstance(QStringLiteral("r-std"));
    AccountActions* actions = m_window->actions();
    QVERIFY(!actions->newAccount->isEnabled());
    QVERIFY(actions->newAccount->toolTip().contains(QStringLiteral("20")));
    m_accounts->removeAccount(QStringLiteral("r-std"), QStringLiteral("user00"));
    QVERIFY(actions->newAccount->isEnabled()); // 19 accounts: room for one more
    QVERIFY(actions->newAccount->toolTip().contains(QStringLiteral("Create a database account")));
}

void TestMainWindow::copyRoleHintOnlyOffStandardRedis()
{
    AccountActions* actions = m_window->actions();
    m_window->selectInstance(QStringLiteral("r-cluster"));
    QVERIFY(m_window->selectAccount(QStringLiteral("r-cluster"), QStringLiteral("cache_ro")));
    QVERIFY(actions->modifyPrivileges->isEnabled());
    QVERIFY(actions->modifyPrivileges->toolTip().contains(QStringLiteral("Copy privilege exists only on standard")));

    m_window->selectInstance(QStringLiteral("r-std"));
    QVERIFY(m_window->selectAccount(QStringLiteral("r-std"), QStringLiteral("user05")));
    QVERIFY(actions->modifyPrivileges->isEnabled());
    QVERIFY(!actions->modifyPrivileges->toolTip().contains(QStringLiteral("Copy")));
}

void TestMainWindow::unusableInstanceShowsTheReason()
{
    m_window->show();
    m_window->selectInstance(QStringLiteral("r-old"));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("instanceNotice"))->isVisible());
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("instanceNotice"))->text().contains(QStringLiteral("2.8")));
    QVERIFY(!m_window->actions()->newAccount->isEnabled());
    QCOMPARE(m_window->actions()->newAccount->statusTip(),
        m_window->findChild<QLabel*>(QStringLiteral("instanceNotice"))->text());
    QVERIFY(m_service->accountRefreshes.isEmpty()); // nothing to load from an instance that cannot have accounts
    QVERIFY(m_instances->indexOfInstance(QStringLiteral("r-old"))
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("2.8")));

    Instance restarting = *m_instances->instanceAt(m_instances->indexOfInstance(QStringLiteral("rm-mysql")));
    restarting.status = QStringLiteral("Restarting");
    m_instances->updateInstance(restarting);
    m_window->selectInstance(QStringLiteral("rm-mysql"));
    QVERIFY(
        m_window->findChild<QLabel*>(QStringLiteral("instanceNotice"))->text().contains(QStringLiteral("Restarting")));
    QVERIFY(m_window->selectAccount(QStringLiteral("rm-mysql"), QStringLiteral("app_user")));
    QVERIFY(!m_window->actions()->resetPassword->isEnabled());

    m_window->selectInstance(QStringLiteral("pgm-pg"));
    QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("instanceNotice"))->isVisible());
}

void TestMainWindow::busyAccountDisablesItsActions()
{
    m_window->selectInstance(QStringLiteral("pgm-pg"));
    QVERIFY(m_window->selectAccount(QStringLiteral("pgm-pg"), QStringLiteral("pg_app")));
    QVERIFY(m_window->actions()->resetPassword->isEnabled());
    m_accounts->setBusy(QStringLiteral("pgm-pg"), QStringLiteral("pg_app"), true);
    QVERIFY(!m_window->actions()->resetPassword->isEnabled());
    QVERIFY(m_window->actions()->resetPassword->toolTip().contains(QStringLiteral("still running")));
    m_accounts->setBusy(QStringLiteral("pgm-pg"), QStringLiteral("pg_app"), false);
    QVERIFY(m_window->actions()->resetPassword->isEnabled());
}

void TestMainWindow::enterOpensResetPassword()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->selectInstance(QStringLiteral("rm-mysql"));
    QVERIFY(m_window->selectAccount(QStringLiteral("rm-mysql"), QStringLiteral("app_user")));
    accountTable()->setFocus();
    QTest::keyClick(accountTable(), Qt::Key_Return);
    QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
    auto* dialog = qobject_cast<ResetPasswordDialog*>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    QCOMPARE(dialog->parentWidget(), m_window.get());
    dialog->reject();
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);

    // On an account the main action does not apply to, Enter opens nothing.
    m_accounts->setBusy(QStringLiteral("rm-mysql"), QStringLiteral("app_user"), true);
    QTest::keyClick(accountTable(), Qt::Key_Return);
    QTest::qWait(50);
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

void TestMainWindow::detailPaneShowsPrivilegesAndRequestId()
{
    m_window->selectInstance(QStringLiteral("rm-mysql"));
    QVERIFY(m_window->selectAccount(QStringLiteral("rm-mysql"), QStringLiteral("app_user")));
    AccountDetailPane* detail = accountDetail();
    QVERIFY(namedChild<QLabel>(detail, "accountHeadline")->text().contains(QStringLiteral("app_user")));
    QTableWidget* privileges = detail->privilegeTable();
    QCOMPARE(privileges->rowCount(), 2);
    QCOMPARE(privileges->item(0, 0)->text(), QStringLiteral("orders"));
    QCOMPARE(privileges->item(1, 0)->text(), QStringLiteral("billing"));
    QCOMPARE(privileges->item(0, 2)->text(), QStringLiteral("SELECT,INSERT"));
    QCOMPARE(detail->requestIdField()->text(), QStringLiteral("REQ-LAST-1"));
    QVERIFY(detail->requestIdField()->isReadOnly());

    // A refresh that changes the account updates the pane in place.
    std::optional<Account> changed;
    for (int row = 0; row < m_accounts->rowCount() && !changed; ++row) {
        const std::optional<Account> account = m_accounts->accountAt(row);
        if (account->instanceId == QStringLiteral("rm-mysql") && account->name == QStringLiteral("app_user"))
            changed = account;
    }
    QVERIFY(changed);
    changed->lastRequestId = QStringLiteral("REQ-LAST-2");
    m_accounts->upsertAccount(*changed);
    QCOMPARE(detail->requestIdField()->text(), QStringLiteral("REQ-LAST-2"));
    accountTable()->clearSelection();
    QCOMPARE(namedChild<QLabel>(detail, "accountHeadline")->text(), QStringLiteral("No account selected"));
    QCOMPARE(privileges->rowCount(), 0);
}

void TestMainWindow::actionIconsRender()
{
    AccountActions* a = m_window->actions();
    for (QAction* action : a->accountActions() + QList<QAction*> { a->newAccount, a->refresh, a->profiles, a->quit }) {
        QVERIFY2(!action->icon().pixmap(24, 24).isNull(), qPrintable(action->text()));
    }
    QVERIFY(!m_window->findChild<ActivityDock*>(QStringLiteral("activityDock"))
                 ->toggleViewAction()
                 ->icon()
                 .pixmap(24, 24)
                 .isNull());
}

void TestMainWindow::everyActionIsInTheMenusWithAShortcut()
{
    AccountActions* a = m_window->actions();
    const QList<QAction*> expected = { a->newAccount,
        a->resetPassword,
        a->modifyPrivileges,
        a->editDescription,
        a->deleteAccount,
        a->lockAccount,
        a->unlockAccount,
        a->resetPrivilegedAccount,
        a->operatorPermission,
        a->refresh,
        a->find,
        a->callMeter,
        a->profiles,
        a->quit,
        a->about,
        m_window->findChild<ActivityDock*>(QStringLiteral("activityDock"))->toggleViewAction() };
    const QList<QAction*> inMenus = menuActions();
    for (QAction* action : expected) {
        QVERIFY2(inMenus.contains(action), qPrintable(action->text()));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
    }
    QCOMPARE(a->newAccount->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QCOMPARE(a->resetPassword->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    QCOMPARE(a->modifyPrivileges->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    QCOMPARE(a->editDescription->shortcut(), QKeySequence(Qt::Key_F2));
    QCOMPARE(a->deleteAccount->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(a->lockAccount->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QCOMPARE(a->unlockAccount->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_U));
    QCOMPARE(a->refresh->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(m_window->findChild<ActivityDock*>(QStringLiteral("activityDock"))->toggleViewAction()->shortcut(),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

    // Distinct shortcuts, or Qt reports them as ambiguous and runs neither.
    QSet<QKeySequence> seen;
    for (QAction* action : expected) {
        QVERIFY2(!seen.contains(action->shortcut()), qPrintable(action->text()));
        seen.insert(action->shortcut());
    }

    QSignalSpy profiles(m_window.get(), &MainWindow::profilesRequested);
    a->profiles->trigger();
    QCOMPARE(profiles.count(), 1);
}

void TestMainWindow::statusBarShowsListLoads()
{
    m_window->show();
    QVERIFY(!m_window->findChild<QProgressBar*>(QStringLiteral("loadingIndicator"))->isVisible());
    emit m_service->loadingChanged(true, QStringLiteral("Loading instances of cn-hangzhou"));
    QVERIFY(m_window->findChild<QProgressBar*>(QStringLiteral("loadingIndicator"))->isVisible());
    QCOMPARE(m_window->findChild<QProgressBar*>(QStringLiteral("loadingIndicator"))->maximum(), 0); // busy indicator
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("loadingLabel"))->text(),
        QStringLiteral("Loading instances of cn-hangzhou"));
    emit m_service->loadingChanged(false, QString());
    QVERIFY(!m_window->findChild<QProgressBar*>(QStringLiteral("loadingIndicator"))->isVisible());
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("loadingLabel"))->text().isEmpty());
}

void TestMainWindow::backgroundErrorGoesToAMessageBox()
{
    MessageBox::setNextAnswer(QMessageBox::Ok);
    emit m_service->backgroundError(FakeAccountService::error(
        ServiceError::Category::Throttled, 429, QStringLiteral("Throttling.User"), QStringLiteral("REQ-BG-7")));
    const QString text = MessageBox::lastAnsweredText();
    QVERIFY2(text.contains(QStringLiteral("Throttling.User")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("REQ-BG-7")), qPrintable(text));
}

void TestMainWindow::refreshReloadsInventoryAndAccounts()
{
    m_window->actions()->refresh->trigger();
    QCOMPARE(m_service->inventoryRefreshes, 1);
    QVERIFY(m_service->accountRefreshes.isEmpty());
    m_window->selectInstance(QStringLiteral("rm-mysql"));
    m_window->actions()->refresh->trigger();
    QCOMPARE(m_service->inventoryRefreshes, 2);
    QCOMPARE(m_service->accountRefreshes, (QStringList { QStringLiteral("rm-mysql"), QStringLiteral("rm-mysql") }));
}

void TestMainWindow::callMeterLabelAndActivityDock()
{
    QVERIFY(!m_window->actions()->callMeter->isEnabled()); // nothing to show yet
    CallMeterModel meter;
    m_window->setCallMeterModel(&meter);
    QVERIFY(m_window->actions()->callMeter->isEnabled());
    QCOMPARE(m_window->findChild<QPushButton*>(QStringLiteral("callMeterButton"))->text(),
        QStringLiteral("Calls: 0 (¥0.00 this month)"));
    meter.setUsages({ CallUsage { QStringLiteral("rds"), QStringLiteral("CreateAccount"), 0, 1000, 0.001, 0 } });
    meter.addCall(QStringLiteral("rds"), QStringLiteral("CreateAccount"));
    QCOMPARE(m_window->findChild<QPushButton*>(QStringLiteral("callMeterButton"))->text(),
        QStringLiteral("Calls: 1 (¥1.00 this month)"));
    m_window->findChild<QPushButton*>(QStringLiteral("callMeterButton"))->click();
    QVERIFY(m_window->findChild<QDialog*>() && m_window->findChild<QDialog*>()->isVisible());

    ActivityLogModel log;
    m_window->setActivityModel(&log);
    QCOMPARE(m_window->findChild<ActivityDock*>(QStringLiteral("activityDock"))->table()->model(), &log);
    QVERIFY(m_window->findChild<ActivityDock*>(QStringLiteral("activityDock"))->isHidden());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->findChild<ActivityDock*>(QStringLiteral("activityDock"))->isVisible());
    QTRY_VERIFY(m_window->findChild<ActivityDock*>(QStringLiteral("activityDock"))->table()->hasFocus());
    m_window->setCallMeterModel(nullptr);
}

void TestMainWindow::titleAndDemoBanner()
{
    m_window->show();
    m_window->setContext(QStringLiteral("prod"), QStringLiteral("cn-hangzhou"), false);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Apsara Accounts — prod — cn-hangzhou"));
    QVERIFY(!m_window->findChild<DemoBanner*>(QStringLiteral("demoBanner"))->isVisible());
    m_window->setContext(QStringLiteral("Demo"), QStringLiteral("cn-hangzhou"), true);
    QVERIFY(m_window->findChild<DemoBanner*>(QStringLiteral("demoBanner"))->isVisible());
    m_window->selectInstance(QStringLiteral("rm-mysql"));
    m_window->selectAccount(QStringLiteral("rm-mysql"), QStringLiteral("app_user"));
    // A developer aid to look at the window without X: APSARA_UI_GRAB_DIR=/tmp/x ./tst_mainwindow
    if (const QString dir = qEnvironmentVariable("APSARA_UI_GRAB_DIR"); !dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/main-window.png")));
    QSignalSpy connectRequested(m_window.get(), &MainWindow::connectRequested);
    m_window->findChild<DemoBanner*>(QStringLiteral("demoBanner"))->connectButton()->click();
    QCOMPARE(connectRequested.count(), 1);
}

void TestMainWindow::settingsPersist()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto* splitter = m_window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    m_window->resize(1000, 700);
    QTRY_COMPARE(m_window->size(), QSize(1000, 700));
    splitter->setSizes({ 250, 750 });
    const QList<int> sizes = splitter->sizes();
    accountTable()->horizontalHeader()->resizeSection(AccountTableModel::NameColumn, 233);
    QVERIFY(m_window->close()); // closing saves
    m_window = std::make_unique<MainWindow>(m_service.get(), m_instances.get(), m_accounts.get());
    QVERIFY(accountTable());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    QCOMPARE(accountTable()->horizontalHeader()->sectionSize(AccountTableModel::NameColumn), 233);
    QCOMPARE(m_window->size(), QSize(1000, 700));
}

void TestMainWindow::filterDownMovesIntoTheResults()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(accountFilter()->hasFocus());
    QTest::keyClicks(accountFilter(), QStringLiteral("user1"));
    QTest::keyClick(accountFilter(), Qt::Key_Down);
    QVERIFY(accountTable()->hasFocus());
    QVERIFY(m_window->currentAccount());
    QCOMPARE(m_window->currentAccount()->name, QStringLiteral("user10"));
    QCOMPARE(accountTable()->currentIndex().row(), 0);
    // The arrows go on moving the selection, so the shortcuts act on the row that has focus.
    QTest::keyClick(accountTable(), Qt::Key_Down);
    QCOMPARE(m_window->currentAccount()->name, QStringLiteral("user11"));
    QVERIFY(namedChild<QLabel>(accountDetail(), "accountHeadline")->text().contains(QStringLiteral("user11")));

    // With several matches Enter moves into the results but opens nothing.
    accountFilter()->setFocus();
    QTest::keyClick(accountFilter(), Qt::Key_Return);
    QVERIFY(accountTable()->hasFocus());
    QVERIFY(modalDialog() == nullptr);
}

void TestMainWindow::filterEnterOnOneMatchOpensResetPassword()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(accountFilter()->hasFocus());
    QTest::keyClicks(accountFilter(), QStringLiteral("pg_app"));
    QCOMPARE(accountTable()->model()->rowCount(), 1);
    QTest::keyClick(accountFilter(), Qt::Key_Return);
    QTRY_VERIFY(modalDialog() != nullptr);
    auto* dialog = qobject_cast<ResetPasswordDialog*>(modalDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Reset Password of pg_app"));
    QTRY_VERIFY(dialog->passwordField()->passwordEdit()->hasFocus());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(modalDialog() == nullptr);

    // No match: nothing opens and the status bar says why.
    accountFilter()->setFocus();
    accountFilter()->selectAll();
    QTest::keyClicks(accountFilter(), QStringLiteral("nobody_here"));
    QTest::keyClick(accountFilter(), Qt::Key_Return);
    QVERIFY(modalDialog() == nullptr);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("nobody_here")));
}

void TestMainWindow::functionKeysWorkFromAnyWidget()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->selectInstance(QStringLiteral("rm-mysql"));
    QVERIFY(m_window->selectAccount(QStringLiteral("rm-mysql"), QStringLiteral("app_user")));
    const int before = m_service->inventoryRefreshes;
    for (QWidget* from : { static_cast<QWidget*>(instanceTree()),
             static_cast<QWidget*>(accountFilter()),
             static_cast<QWidget*>(accountTable()) }) {
        from->setFocus();
        QTest::keyClick(from, Qt::Key_F5);
    }
    QCOMPARE(m_service->inventoryRefreshes, before + 3);
    accountTable()->setFocus();
    QTest::keyClick(accountTable(), Qt::Key_F2); // Edit Description of the focused row
    QTRY_VERIFY(modalDialog() != nullptr);
    QVERIFY(modalDialog()->windowTitle().contains(QStringLiteral("app_user")));
    QTest::keyClick(modalDialog(), Qt::Key_Escape);
    QTRY_VERIFY(modalDialog() == nullptr);
}

void TestMainWindow::enterInTheTreeMovesIntoTheAccounts()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->selectInstance(QStringLiteral("pgm-pg")));
    instanceTree()->setFocus();
    QTest::keyClick(instanceTree(), Qt::Key_Return);
    QTRY_VERIFY(accountTable()->hasFocus());
    QCOMPARE(m_window->currentAccount()->name, QStringLiteral("pg_app"));
}

void TestMainWindow::tabIntoTheListSelectsTheCurrentRow()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->selectInstance(QStringLiteral("pgm-pg"));
    accountFilter()->setFocus();
    QTest::keyClick(accountFilter(), Qt::Key_Tab);
    QTRY_VERIFY(accountTable()->hasFocus());
    QVERIFY(m_window->currentAccount()); // a current row is also the selected account
    QCOMPARE(m_window->currentAccount()->name, QStringLiteral("pg_app"));
    QVERIFY(m_window->actions()->deleteAccount->isEnabled());
    QTest::keyClick(accountTable(), Qt::Key_Delete);
    QTRY_VERIFY(modalDialog() != nullptr);
    auto* dialog = qobject_cast<DeleteAccountDialog*>(modalDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("pg_app")));
    dialog->reject();
    QTRY_VERIFY(modalDialog() == nullptr);
}

void TestMainWindow::everyActionShowsItsShortcutInItsTooltip()
{
    m_window->selectInstance(QStringLiteral("rm-mysql"));
    QVERIFY(m_window->selectAccount(QStringLiteral("rm-mysql"), QStringLiteral("app_user")));
    for (QAction* action : menuActions()) {
        if (action->isSeparator() || action->menu()) // a submenu (Account > Bulk) opens by its mnemonic
            continue;
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(
            action->toolTip().contains(keys), qPrintable(action->text() + QStringLiteral(": ") + action->toolTip()));
    }
    // Disabled actions say why, and still show the shortcut.
    QAction* lock = m_window->actions()->lockAccount;
    QVERIFY(!lock->isEnabled());
    QVERIFY(lock->toolTip().contains(QStringLiteral("PostgreSQL")));
    QVERIFY(lock->toolTip().contains(lock->shortcut().toString(QKeySequence::NativeText)));
}

void TestMainWindow::toolButtonsHaveNamesAndDescriptions()
{
    auto* bar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QVERIFY(bar);
    QAction* reset = m_window->actions()->resetPassword;
    auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(reset));
    QVERIFY(button);
    QCOMPARE(button->accessibleName(), QStringLiteral("Reset Password..."));
    // The Chinese catalogue appends the mnemonic: the name follows the text and drops the "(&R)" with the "&".
    const QString english = reset->text();
    reset->setText(QStringLiteral("重置密码(&R)..."));
    QCOMPARE(button->accessibleName(), QStringLiteral("重置密码..."));
    reset->setText(english);
    QVERIFY(button->accessibleDescription().contains(QStringLiteral("Select an account first")));
    m_window->selectInstance(QStringLiteral("rm-mysql"));
    QVERIFY(m_window->selectAccount(QStringLiteral("rm-mysql"), QStringLiteral("app_user")));
    QVERIFY(button->accessibleDescription().contains(QStringLiteral("new password")));
    for (QAction* action : bar->actions()) {
        if (QWidget* widget = bar->widgetForAction(action); widget && !action->isSeparator()) {
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(action->text()));
            QVERIFY2(!widget->accessibleDescription().isEmpty(), qPrintable(action->text()));
        }
    }
}

void TestMainWindow::helpListsTheKeyboardShortcuts()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Slash, Qt::ControlModifier);
    QTRY_VERIFY(modalDialog() != nullptr);
    auto* dialog = qobject_cast<ShortcutsDialog*>(modalDialog());
    QVERIFY(dialog);
    QCOMPARE(shortcutFor(dialog, QStringLiteral("Reset Password")), QStringLiteral("Ctrl+R"));
    QCOMPARE(shortcutFor(dialog, QStringLiteral("Refresh")), QStringLiteral("F5"));
    QCOMPARE(shortcutFor(dialog, QStringLiteral("Activity")), QStringLiteral("Ctrl+Shift+A"));
    QCOMPARE(shortcutFor(dialog, QStringLiteral("From the filter: move into the results")), QStringLiteral("Down"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(modalDialog() == nullptr);
}

void TestMainWindow::accountTurningAvailableIsAnnounced()
{
    Account created = account(QStringLiteral("rm-mysql"), QStringLiteral("new_app"), QStringLiteral("Creating"));
    m_accounts->upsertAccount(created);
    QVERIFY(m_window->statusBar()->findChild<AnnouncementLabel*>()->text().isEmpty());
    created.status = QStringLiteral("Available");
    m_accounts->upsertAccount(created);
    const QString expected = QStringLiteral("new_app on rm-mysql is now available.");
    QCOMPARE(m_window->statusBar()->findChild<AnnouncementLabel*>()->text(), expected);
    // What a screen reader reads from the label (the Alert event itself needs a running AT-SPI bridge, which the
    // offscreen platform does not have).
    QAccessibleInterface* spoken
        = QAccessible::queryAccessibleInterface(m_window->statusBar()->findChild<AnnouncementLabel*>());
    QVERIFY(spoken);
    QCOMPARE(spoken->text(QAccessible::Name), expected);
    // Accounts that were Available all along are not announced again.
    m_window->statusBar()->findChild<AnnouncementLabel*>()->clear();
    m_accounts->upsertAccount(created);
    Account renamed = created;
    renamed.description = QStringLiteral("changed");
    m_accounts->upsertAccount(renamed);
    QVERIFY(m_window->statusBar()->findChild<AnnouncementLabel*>()->text().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
