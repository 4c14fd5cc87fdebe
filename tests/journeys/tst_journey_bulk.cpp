// Bulk journeys: a DBA rotates 30 passwords across RDS and Redis after a leak (two rows refused by the rules are
// shown in the preview, skipped and reported), the same with injected faults (every row's outcome is checked
// against the sandbox: nothing lost, doubled or misreported), and one service account created on five instances
// of three engines from one template. All through the real window, controller, client and built-in sandbox.
#include "../ui/NamedChild.h"
#include "AccountIndexFile.h"
#include "AccountSearchModel.h"
#include "ActivityLogModel.h"
#include "ApiClient.h"
#include "BulkActions.h"
#include "BulkPreviewDialog.h"
#include "BulkRequestForm.h"
#include "BulkRowModel.h"
#include "BulkRunDialog.h"
#include "FindPanel.h"
#include "InstanceTreeModel.h"
#include "JourneyFixture.h"
#include "MainWindow.h"
#include "SandboxOptions.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>

namespace {

const QString Restarting = QStringLiteral("rm-bp1z9y8x7w6v5u4t");
const QString RedisStandard = QStringLiteral("r-bp1a2b3c4d5e6f7g8");

// 28 accounts the rules allow, Redis first (the fault plan hits the first resets), and the two accounts of the
// Restarting instance, which the rules refuse.
const QStringList Redis = { QStringLiteral("web-frontend"),
    QStringLiteral("api-gateway"),
    QStringLiteral("session-store"),
    QStringLiteral("cart-service"),
    QStringLiteral("payment-cache"),
    QStringLiteral("search-indexer"),
    QStringLiteral("recommend-svc"),
    QStringLiteral("notify-worker"),
    QStringLiteral("geo-lookup"),
    QStringLiteral("rate-limiter") };
const QStringList Rds = { QStringLiteral("dba_super"),
    QStringLiteral("app_rw"),
    QStringLiteral("report_ro"),
    QStringLiteral("etl_loader"),
    QStringLiteral("schema_migrator"),
    QStringLiteral("crm_admin"),
    QStringLiteral("crm_app"),
    QStringLiteral("crm_audit"),
    QStringLiteral("pg_owner"),
    QStringLiteral("etl_writer"),
    QStringLiteral("dw_reader"),
    QStringLiteral("mssql_admin"),
    QStringLiteral("finance_app"),
    QStringLiteral("hr_readonly"),
    QStringLiteral("ledger_owner"),
    QStringLiteral("maria_admin"),
    QStringLiteral("shop_app"),
    QStringLiteral("inventory_ro") };
const QStringList Refused = { QStringLiteral("staging_admin"), QStringLiteral("staging_app") };

// docs/screenshots: with APSARA_SCREENSHOT_DIR set, the journeys save what the user sees at these moments.
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("APSARA_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QTest::qWait(50); // one paint after the last change
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Selects the named accounts among Find's results, in this order, as Ctrl+click would.
bool selectFound(MainWindow* window, const QStringList& names)
{
    FindPanel* find = window->findPanel();
    QTableView* view = find->resultView();
    QAbstractItemModel* results = view->model();
    view->selectionModel()->clearSelection();
    int selected = 0;
    for (const QString& name : names) {
        for (int row = 0; row < results->rowCount(); ++row) {
            if (results->index(row, AccountSearchModel::NameColumn).data().toString() == name) {
                view->selectionModel()->select(
                    results->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
                ++selected;
                break;
            }
        }
    }
    return selected == names.size() && find->selectedAccounts().size() == names.size();
}

// The Restarting instance's two accounts, as Find's index remembers them from a session when the instance ran:
// Find lists them, and the plan refuses them because the instance is not Running today.
void rememberRestartingAccounts()
{
    QList<IndexedAccount> remembered;
    for (const QString& name : Refused) {
        IndexedAccount account;
        account.profile = QStringLiteral("Demo");
        account.region = QStringLiteral("cn-hangzhou");
        account.product = QStringLiteral("rds");
        account.engine = QStringLiteral("MySQL");
        account.instanceId = Restarting;
        account.name = name;
        account.type = QStringLiteral("Normal");
        account.status = QStringLiteral("Available");
        account.seen = QDateTime::currentDateTimeUtc().addDays(-1);
        remembered << account;
    }
    QVERIFY(AccountIndexFile(AccountIndexFile::defaultPath()).save(remembered));
}

// Opens Find, lists every account, and selects the journey's 30.
bool selectThirty(JourneyFixture& journey)
{
    MainWindow* window = journey.window();
    window->findEverywhereAction()->trigger();
    QTest::keyClicks(window->findPanel()->queryField(), QStringLiteral("status:available"));
    const bool listed
        = QTest::qWaitFor([&] { return selectFound(window, Redis + Rds + Refused); }, JourneyFixture::StartTimeoutMs);
    if (!listed) {
        QStringList shown;
        QAbstractItemModel* results = window->findPanel()->resultView()->model();
        for (int row = 0; row < results->rowCount(); ++row)
            shown << results->index(row, AccountSearchModel::NameColumn).data().toString();
        qWarning() << "Find lists" << shown;
    }
    return listed;
}

// The preview of a bulk reset over the selection, after checking what it plans and refuses.
QPointer<BulkPreviewDialog> previewReset(JourneyFixture& journey)
{
    namedChild<QAction>(journey.window(), "bulkResetPassword")->trigger();
    QPointer<BulkPreviewDialog> preview = journey.dialog<BulkPreviewDialog>();
    if (!preview)
        return {};
    const BulkPlan plan = preview->plan();
    if (plan.rows.size() != 30 || plan.allowedCount() != 28)
        return {};
    for (const BulkRow& row : plan.rows) {
        const bool refused = Refused.contains(row.accountName);
        if (refused == row.isAllowed())
            return {};
        if (refused && !row.skipReason.contains(QStringLiteral("Restarting")))
            return {};
    }
    return preview;
}

// Sending is over when Close is offered again (it is off while calls are out).
bool finished(const BulkRunDialog* run)
{
    return namedChild<QPushButton>(run, "bulkCloseButton")->isEnabled();
}

QPointer<BulkRunDialog> runAndWait(JourneyFixture& journey, BulkPreviewDialog* preview, const QString& midRunShot = {})
{
    QTest::mouseClick(namedChild<QPushButton>(preview, "bulkRunButton"), Qt::LeftButton);
    QPointer<BulkRunDialog> run = journey.dialog<BulkRunDialog>();
    if (!run)
        return {};
    if (!midRunShot.isEmpty()) {
        const bool halfway = QTest::qWaitFor(
            [&] { return run && namedChild<QProgressBar>(run, "bulkProgress")->value() >= 20; }, 60000);
        if (halfway && run && !finished(run))
            screenshot(run, midRunShot);
    }
    // 28 calls at 100/s, plus the client's checks of any unknown outcome (backoff and reads).
    if (!QTest::qWaitFor([&] { return run && finished(run); }, 60000))
        return {};
    return run;
}

// The sandbox's own answer to "is this Redis account's password this one?": ModifyAccountPassword checks the old
// password before it changes anything, and changing it to itself leaves the account as it was.
std::optional<bool> redisPasswordIs(JourneyFixture& journey, const QString& account, const QString& password)
{
    ApiClient client;
    client.setCredentials(Credentials::accessKey(
        QLatin1String(SandboxOptions::DemoAccessKeyId), QLatin1String(SandboxOptions::DemoAccessKeySecret)));
    client.setRegion(QStringLiteral("cn-hangzhou"));
    const QUrl endpoint = journey.session()->sandboxEndpoint();
    client.endpoints().setOverrides({ { QStringLiteral("rds"), endpoint }, { QStringLiteral("r-kvstore"), endpoint } });
    ApiRequest request;
    request.product = Product::Redis;
    request.action = QStringLiteral("ModifyAccountPassword");
    request.parameters = { { QStringLiteral("InstanceId"), RedisStandard },
        { QStringLiteral("AccountName"), account },
        { QStringLiteral("OldAccountPassword"), password },
        { QStringLiteral("NewAccountPassword"), password } };
    request.target = RedisStandard;
    std::optional<bool> matches;
    ApiCall* call = client.send(request);
    QObject::connect(call, &ApiCall::finished, call, [&] { matches = true; });
    QObject::connect(call, &ApiCall::failed, call, [&](const ServiceError& error) {
        if (error.code == QLatin1String("InvalidAccountPassword.Mismatch"))
            matches = false;
        else
            qWarning() << "password check failed:" << error.summary();
    });
    if (!QTest::qWaitFor([&] { return matches.has_value(); }, JourneyFixture::CallTimeoutMs))
        qWarning() << "no answer to the password check";
    return matches;
}

} // namespace

class TestJourneyBulk : public QObject
{
    Q_OBJECT

private slots:
    void rotateThirtyPasswordsWithTwoRefused()
    {
        rememberRestartingAccounts();
        JourneyFixture journey;
        QVERIFY(journey.start());
        QVERIFY(selectThirty(journey));
        QPointer<BulkPreviewDialog> preview = previewReset(journey);
        QVERIFY2(preview, "the preview plans 28 resets and refuses the Restarting instance's two accounts");
        // What the user reads before anything is sent.
        QVERIFY(namedChild<QLabel>(preview, "bulkPreviewSummary")->text().contains(QStringLiteral("28")));
        const QString lastOutcome
            = tableModel<BulkRowModel>(preview)->index(29, BulkRowModel::Outcome).data().toString();
        QVERIFY2(lastOutcome.startsWith(QStringLiteral("Skipped")), qPrintable(lastOutcome));
        QCOMPARE(journey.activityCount(QStringLiteral("ResetAccountPassword")), 0);
        screenshot(preview, QStringLiteral("bulk-preview"));

        QPointer<BulkRunDialog> run = runAndWait(journey, preview);
        QVERIFY(run);
        const BulkRowModel* rows = tableModel<BulkRowModel>(run);
        const QLabel* summary = namedChild<QLabel>(run, "bulkRunSummary");
        QCOMPARE(rows->countIn(BulkRow::State::Succeeded), 28);
        QCOMPARE(rows->countIn(BulkRow::State::Skipped), 2);
        QVERIFY2(summary->text().contains(QStringLiteral("skipped by the rules")), qPrintable(summary->text()));
        QCOMPARE(namedChild<QProgressBar>(run, "bulkProgress")->value(), 28);
        // Each row's RequestId is the one the activity log recorded for that reset.
        const QStringList logged = journey.activityRequestIds(QStringLiteral("ResetAccountPassword"));
        for (int i = 0; i < rows->count(); ++i) {
            const BulkRow& row = rows->row(i);
            if (row.isAllowed())
                QVERIFY2(logged.contains(row.requestId), qPrintable(row.accountName));
        }
        // The sandbox holds each new password.
        for (int i = 0; i < Redis.size(); ++i)
            QCOMPARE(redisPasswordIs(journey, Redis.at(i), rows->row(i).password), std::optional<bool>(true));
        QVERIFY(!namedChild<QPushButton>(run, "bulkRetryButton")->isEnabled());
        namedChild<QTableView>(run, "bulkRunTable")->selectRow(1);
        screenshot(run, QStringLiteral("bulk-run"));
    }

    void rotateWithInjectedFaultsLosesDoublesAndMisreportsNothing()
    {
        // Six of the 28 resets (21 %) meet a fault: some before the change (nothing happened), some after it (the
        // change happened but the answer is lost), some rejected before processing (safely retried).
        JourneyFixture journey({ QStringLiteral("--fault-plan"),
            QStringLiteral("ResetAccountPassword=500,ResetAccountPassword=drop@after,ResetAccountPassword=503,"
                           "ResetAccountPassword=truncate@after,ResetAccountPassword=drop,"
                           "ResetAccountPassword=500@after") });
        rememberRestartingAccounts();
        QVERIFY(journey.start());
        QVERIFY(selectThirty(journey));
        QPointer<BulkPreviewDialog> preview = previewReset(journey);
        QVERIFY(preview);
        QPointer<BulkRunDialog> run = runAndWait(journey, preview, QStringLiteral("bulk-run-faults"));
        QVERIFY(run);
        BulkRowModel* rows = tableModel<BulkRowModel>(run);
        QCOMPARE(rows->countIn(BulkRow::State::Skipped), 2);
        const int succeeded = rows->countIn(BulkRow::State::Succeeded);
        const int unknown = rows->countIn(BulkRow::State::Unknown);
        const int failed = rows->countIn(BulkRow::State::Failed);
        QCOMPARE(succeeded + unknown + failed, 28);
        QVERIFY2(succeeded < 28, "some faults must show");
        // Every Redis row against the sandbox's truth: Succeeded holds the new password; Failed does not; Unknown is
        // said as unknown (either is possible) and offers no blind resend.
        for (int i = 0; i < Redis.size(); ++i) {
            const BulkRow& row = rows->row(i);
            const std::optional<bool> holds = redisPasswordIs(journey, row.accountName, row.password);
            QVERIFY(holds.has_value());
            if (row.state == BulkRow::State::Succeeded)
                QVERIFY2(*holds, qPrintable(row.accountName + QStringLiteral(" reported done but not applied")));
            if (row.state == BulkRow::State::Failed)
                QVERIFY2(!*holds, qPrintable(row.accountName + QStringLiteral(" reported failed but applied")));
            if (row.state == BulkRow::State::Unknown)
                QVERIFY(!BulkRowModel::adviceText(row).isEmpty());
        }
        // An unknown reset is never resent: Retry offers only the definite failures.
        const int sentBefore = journey.activityCount(QStringLiteral("ResetAccountPassword"));
        auto* retry = namedChild<QPushButton>(run, "bulkRetryButton");
        QCOMPARE(retry->isEnabled(), failed > 0);
        if (failed > 0) {
            QVERIFY2(retry->text().contains(QStringLiteral(" %1 ").arg(failed)), qPrintable(retry->text()));
            retry->click();
            QVERIFY(!finished(run));
            QVERIFY(QTest::qWaitFor([&] { return finished(run); }, 30000));
        }
        QVERIFY(journey.activityCount(QStringLiteral("ResetAccountPassword")) <= sentBefore + failed * 3);
        QCOMPARE(rows->countIn(BulkRow::State::Unknown), unknown);
    }

    void createOneAccountOnFiveInstancesOfThreeEngines()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        MainWindow* window = journey.window();
        const QStringList five = { QStringLiteral("rm-bp1k8x3n2q7w4e5r6"),
            QStringLiteral("rm-bp19a2c4d6f8h0j1k"),
            QStringLiteral("pgm-bp1m3n5b7v9c1x2z"),
            RedisStandard,
            QStringLiteral("r-bp1h9j8k7l6m5n4b3") };
        // Each instance's databases and accounts are listed before the plan checks them.
        for (const QString& id : five)
            QVERIFY(journey.openInstance(id));
        auto* tree = journey.part<QTreeView>(QStringLiteral("instanceTree"));
        QVERIFY(tree);
        tree->selectionModel()->clearSelection();
        auto* instances = qobject_cast<InstanceTreeModel*>(tree->model());
        QVERIFY(instances);
        for (const QString& id : five) // as Ctrl+click on each instance would
            tree->selectionModel()->select(
                instances->indexOfInstance(id), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        namedChild<QAction>(window, "bulkCreate")->trigger();
        QPointer<BulkPreviewDialog> preview = journey.dialog<BulkPreviewDialog>();
        QVERIFY(preview);
        QCOMPARE(tableModel<BulkRowModel>(preview)->count(), 5);
        QTest::keyClicks(namedChild<QLineEdit>(preview, "nameEdit"), QStringLiteral("svcaudit"));
        QTest::keyClicks(namedChild<QLineEdit>(preview, "databaseEdit"), QStringLiteral("orders"));
        auto* privilege = namedChild<QComboBox>(preview, "privilegeCombo");
        privilege->setCurrentIndex(privilege->findData(QStringLiteral("ReadOnly")));
        auto* role = namedChild<QComboBox>(preview, "roleCombo");
        role->setCurrentIndex(role->findData(QStringLiteral("RoleReadOnly")));
        QCOMPARE(preview->plan().allowedCount(), 5);
        // The per-instance differences the user sees.
        const auto differences = [&](int row) {
            return tableModel<BulkRowModel>(preview)->index(row, BulkRowModel::Differences).data().toString();
        };
        QVERIFY(differences(0).isEmpty());
        QVERIFY(differences(1).contains(QStringLiteral("No database orders")));
        QVERIFY(differences(2).contains(QStringLiteral("No database orders")));
        QVERIFY(differences(3).contains(QStringLiteral("Role")));
        screenshot(preview, QStringLiteral("bulk-create-preview"));

        QPointer<BulkRunDialog> run = runAndWait(journey, preview);
        QVERIFY(run);
        QCOMPARE(tableModel<BulkRowModel>(run)->countIn(BulkRow::State::Succeeded), 5);
        for (int i = 0; i < five.size(); ++i) {
            const std::optional<Instance> instance = journey.instance(five.at(i));
            QVERIFY(instance);
            std::optional<Account> held;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    held = journey.held(*instance, QStringLiteral("svcaudit"));
                    return held.has_value();
                },
                JourneyFixture::CallTimeoutMs));
            if (instance->product == Product::Redis)
                QCOMPARE(held->privileges.value(0).privilege, QStringLiteral("RoleReadOnly"));
            else if (i == 0)
                QCOMPARE(held->privileges.value(0),
                    (DatabasePrivilege {
                        QStringLiteral("orders"), QStringLiteral("ReadOnly"), held->privileges.value(0).detail }));
            else
                QVERIFY(held->privileges.isEmpty());
        }
    }
};

JOURNEY_MAIN(TestJourneyBulk)
#include "tst_journey_bulk.moc"
