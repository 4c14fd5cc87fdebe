#include "BulkPlanner.h"
#include "BulkRowModel.h"
#include "BulkRunner.h"
#include "BulkTestData.h"
#include "FakeAccountService.h"

#include <QSignalSpy>
#include <QTest>

using namespace BulkTestData;

namespace {

// The fake service plus the read a bulk Retry makes, and the read-back switch and reloads the runner asks for.
class ReadingService : public FakeAccountService
{
public:
    using FakeAccountService::FakeAccountService;

    void readAccount(const Instance&, const QString& name, QObject*, AccountReadDone done) override
    {
        reads << name;
        done(readAnswer, std::nullopt);
    }
    void setReadBackEachWrite(bool on) override { readBackSwitches << on; }
    void refreshAccounts(const Instance& instance) override { reloaded << instance.id; }

    std::optional<Account> readAnswer;
    QStringList reads;
    QList<bool> readBackSwitches;
    QStringList reloaded;
};

ServiceError unknownOutcome()
{
    ServiceError e
        = FakeAccountService::error(ServiceError::Category::Timeout, 0, QString(), QStringLiteral("REQ-LOST"));
    e.outcomeUnknown = true;
    return e;
}

} // namespace

class BulkRunnerTest : public QObject
{
    Q_OBJECT

private slots:
    void keepsAWindowInFlightAndReloadsEachInstanceOnce();
    void cancelStopsSendingAndSaysWhatWasSent();
    void retrySendsOnlyFailedRows();
    void unknownRowIsReadBeforeAnyResend();
    void unknownResetIsNeverResent();
    void deleteRevokesFirstAndRetryOnlyDeletes();
    void aProfileWithoutConnectionFailsItsRows();

private:
    static BulkPlan plan(BulkAction action, int accounts, const QString& description = {});
    // Loads the plan into the runner's rows and starts it with three calls in flight at most.
    static void startThreeAtATime(BulkRowModel& rows, BulkRunner& runner, const BulkPlan& plan)
    {
        rows.setPlan(plan);
        runner.setMaxInFlight(3);
        runner.start();
    }
};

BulkPlan BulkRunnerTest::plan(BulkAction action, int accounts, const QString& description)
{
    const Instance a = instance(QStringLiteral("rm-a"), Engine::MySQL);
    const Instance b = instance(QStringLiteral("rm-b"), Engine::MySQL);
    QList<BulkTarget> targets;
    for (int i = 0; i < accounts; ++i) {
        const Instance& on = i % 2 ? b : a;
        targets << target(on, account(on, QStringLiteral("user%1").arg(i)));
    }
    BulkRequest request;
    request.action = action;
    request.description = description;
    return BulkPlanner::plan(request, targets);
}

void BulkRunnerTest::keepsAWindowInFlightAndReloadsEachInstanceOnce()
{
    ReadingService service;
    BulkRowModel rows;
    BulkRunner runner(&rows, [&](const QString&) { return &service; });
    QSignalSpy finished(&runner, &BulkRunner::finished);
    startThreeAtATime(rows, runner, plan(BulkAction::ResetPassword, 10));
    QCOMPARE(service.calls.size(), 3);
    QCOMPARE(service.readBackSwitches, QList<bool> { false });
    for (int i = 0; i < 10; ++i) {
        QVERIFY(service.calls.size() <= i + 3);
        service.calls[i].operation->succeed(QStringLiteral("REQ-%1").arg(i));
    }
    QCOMPARE(finished.count(), 1);
    QCOMPARE(service.calls.size(), 10);
    QCOMPARE(rows.countIn(BulkRow::State::Succeeded), 10);
    QCOMPARE(rows.row(4).requestId, QStringLiteral("REQ-4"));
    QCOMPARE(runner.progress().succeeded, 10);
    QCOMPARE(service.readBackSwitches, (QList<bool> { false, true }));
    QCOMPARE(service.reloaded.size(), 2); // one reload per instance, not one read per write
    // Each call got its row's own generated password.
    QCOMPARE(service.calls.at(2).as<ResetPasswordWrite>().password, rows.row(2).password);
    QVERIFY(
        service.calls.at(2).as<ResetPasswordWrite>().password != service.calls.at(3).as<ResetPasswordWrite>().password);
}

void BulkRunnerTest::cancelStopsSendingAndSaysWhatWasSent()
{
    ReadingService service;
    BulkRowModel rows;
    BulkRunner runner(&rows, [&](const QString&) { return &service; });
    QSignalSpy finished(&runner, &BulkRunner::finished);
    startThreeAtATime(rows, runner, plan(BulkAction::ResetPassword, 10));
    service.calls[0].operation->succeed(QStringLiteral("REQ-0"));
    QCOMPARE(service.calls.size(), 4);
    runner.cancel();
    QCOMPARE(rows.countIn(BulkRow::State::NotSent), 6);
    QCOMPARE(finished.count(), 0); // the three calls already handed over finish first
    for (int i = 1; i < 4; ++i)
        service.calls[i].operation->succeed(QStringLiteral("REQ-%1").arg(i));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(service.calls.size(), 4);
    QCOMPARE(runner.sentCount(), 4);
    QVERIFY(runner.progress().cancelled);
    QCOMPARE(runner.retryableCount(), 6);
}

void BulkRunnerTest::retrySendsOnlyFailedRows()
{
    ReadingService service;
    BulkRowModel rows;
    rows.setPlan(plan(BulkAction::EditDescription, 4, QStringLiteral("rotated")));
    BulkRunner runner(&rows, [&](const QString&) { return &service; });
    runner.start();
    QCOMPARE(service.calls.size(), 4);
    service.calls[0].operation->succeed(QStringLiteral("REQ-0"));
    service.calls[1].operation->fail(FakeAccountService::error(
        ServiceError::Category::Conflict, 400, QStringLiteral("IncorrectDBInstanceState"), QStringLiteral("REQ-1")));
    service.calls[2].operation->succeed(QStringLiteral("REQ-2"));
    service.calls[3].operation->succeed(QStringLiteral("REQ-3"));
    QCOMPARE(rows.row(1).state, BulkRow::State::Failed);
    QVERIFY(!BulkRowModel::adviceText(rows.row(1)).isEmpty());
    QCOMPARE(runner.retryableCount(), 1);
    runner.retryFailed();
    QCOMPARE(service.calls.size(), 5);
    QCOMPARE(service.calls.at(4).account(), QStringLiteral("user1"));
    service.calls[4].operation->succeed(QStringLiteral("REQ-4"));
    QCOMPARE(rows.countIn(BulkRow::State::Succeeded), 4);
    QVERIFY(service.reads.isEmpty()); // a definite failure needs no read
}

void BulkRunnerTest::unknownRowIsReadBeforeAnyResend()
{
    ReadingService service;
    BulkRowModel rows;
    rows.setPlan(plan(BulkAction::EditDescription, 2, QStringLiteral("rotated")));
    BulkRunner runner(&rows, [&](const QString&) { return &service; });
    runner.start();
    service.calls[0].operation->fail(unknownOutcome());
    service.calls[1].operation->fail(unknownOutcome());
    QCOMPARE(rows.countIn(BulkRow::State::Unknown), 2);
    // The first read shows the new description: applied, so not sent again.
    Account applied = account(rows.row(0).target.instance, QStringLiteral("user0"));
    applied.description = QStringLiteral("rotated");
    service.readAnswer = applied;
    QSignalSpy finished(&runner, &BulkRunner::finished);
    runner.retryFailed();
    QCOMPARE(service.reads.size(), 2);
    QCOMPARE(service.calls.size(), 2);
    QCOMPARE(rows.countIn(BulkRow::State::Succeeded), 2);
    QCOMPARE(finished.count(), 1);

    // A read proving the old state is what allows one resend.
    BulkRowModel again;
    again.setPlan(plan(BulkAction::EditDescription, 1, QStringLiteral("rotated")));
    BulkRunner second(&again, [&](const QString&) { return &service; });
    second.start();
    service.calls.last().operation->fail(unknownOutcome());
    service.readAnswer = account(again.row(0).target.instance, QStringLiteral("user0"));
    second.retryFailed();
    QCOMPARE(service.calls.size(), 4);
    QCOMPARE(service.calls.last().method(), QStringLiteral("ModifyAccountDescription"));
}

void BulkRunnerTest::unknownResetIsNeverResent()
{
    ReadingService service;
    BulkRowModel rows;
    rows.setPlan(plan(BulkAction::ResetPassword, 1));
    BulkRunner runner(&rows, [&](const QString&) { return &service; });
    runner.start();
    service.calls[0].operation->fail(unknownOutcome());
    QCOMPARE(rows.row(0).state, BulkRow::State::Unknown);
    QCOMPARE(runner.retryableCount(), 0);
    runner.retryFailed();
    QCOMPARE(service.calls.size(), 1);
    QVERIFY(BulkRowModel::adviceText(rows.row(0)).contains(QStringLiteral("new reset")));
}

void BulkRunnerTest::deleteRevokesFirstAndRetryOnlyDeletes()
{
    ReadingService service;
    const Instance a = instance(QStringLiteral("rm-a"), Engine::MySQL);
    BulkRequest request;
    request.action = BulkAction::Delete;
    request.revokeBeforeDelete = true;
    BulkRowModel rows;
    rows.setPlan(BulkPlanner::plan(request,
        { target(a,
            account(
                a, QStringLiteral("holder"), { { QStringLiteral("orders"), QStringLiteral("ReadWrite"), {} } })) }));
    BulkRunner runner(&rows, [&](const QString&) { return &service; });
    runner.start();
    QCOMPARE(service.lastCall().method(), QStringLiteral("RevokeAccountPrivilege"));
    QCOMPARE(service.lastCall().as<ModifyPrivilegesWrite>().change.revokes, QStringList { QStringLiteral("orders") });
    service.succeedLast(QStringLiteral("REQ-REVOKE"));
    QCOMPARE(service.lastCall().method(), QStringLiteral("DeleteAccount"));
    service.failLast(
        FakeAccountService::error(ServiceError::Category::Server, 400, QStringLiteral("X"), QStringLiteral("REQ-D")));
    QCOMPARE(rows.row(0).state, BulkRow::State::Failed);
    QVERIFY(BulkRowModel::stateText(rows.row(0)).contains(QStringLiteral("revoked")));
    runner.retryFailed();
    QCOMPARE(service.calls.size(), 3);
    QCOMPARE(service.lastCall().method(), QStringLiteral("DeleteAccount"));
}

void BulkRunnerTest::aProfileWithoutConnectionFailsItsRows()
{
    BulkRowModel rows;
    rows.setPlan(plan(BulkAction::ResetPassword, 2));
    BulkRunner runner(&rows, [](const QString&) -> AccountService* { return nullptr; });
    QSignalSpy finished(&runner, &BulkRunner::finished);
    runner.start();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(rows.countIn(BulkRow::State::Failed), 2);
    QVERIFY(rows.row(0).error->message.contains(QStringLiteral("not open")));
}

QTEST_GUILESS_MAIN(BulkRunnerTest)
#include "tst_bulkrunner.moc"
