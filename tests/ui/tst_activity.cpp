#include "ActivityDock.h"
#include "ActivityLogModel.h"
#include "CallMeterDialog.h"
#include "CallMeterModel.h"
#include "NamedChild.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

CallRecord record(const QString& action, const QString& target, bool ok = true)
{
    CallRecord r;
    r.id = 1;
    r.time = QDateTime(QDate(2024, 5, 1), QTime(8, 30, 0), Qt::UTC);
    r.product = QStringLiteral("rds");
    r.action = action;
    r.target = target;
    r.httpStatus = ok ? 200 : 400;
    r.durationMs = 42;
    r.requestId = QStringLiteral("REQ-1");
    r.retries = ok ? 0 : 2;
    r.ok = ok;
    r.errorCode = ok ? QString() : QStringLiteral("InvalidAccountName.Duplicate");
    return r;
}

} // namespace

class TestActivity : public QObject
{
    Q_OBJECT

private slots:
    void appendInsertsOneRowAtTheEnd();
    void showsOutcomeAndFields();
    void csvQuotesOnlyWhatNeedsIt_data();
    void csvQuotesOnlyWhatNeedsIt();
    void csvHasHeaderAndOneLinePerCall();
    void dockExportsUtf8CsvAndCopiesRequestId();
    void callMeterCountsAndPrices();
    void callMeterDialogShowsTotals();
};

void TestActivity::appendInsertsOneRowAtTheEnd()
{
    ActivityLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(record(QStringLiteral("CreateAccount"), QStringLiteral("rm-1/app")));
    model.append(record(QStringLiteral("DeleteAccount"), QStringLiteral("rm-1/old"), false));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(model.index(1, ActivityLogModel::Action).data().toString(), QStringLiteral("DeleteAccount"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestActivity::showsOutcomeAndFields()
{
    ActivityLogModel model;
    model.append(record(QStringLiteral("DeleteAccount"), QStringLiteral("rm-1/old"), false));
    QCOMPARE(model.index(0, ActivityLogModel::Time).data().toString(), QStringLiteral("2024-05-01T08:30:00Z"));
    QCOMPARE(model.index(0, ActivityLogModel::Outcome).data().toString(),
        QStringLiteral("Failed: InvalidAccountName.Duplicate"));
    QCOMPARE(model.index(0, ActivityLogModel::HttpStatus).data().toString(), QStringLiteral("400"));
    QCOMPARE(model.index(0, ActivityLogModel::RequestId).data().toString(), QStringLiteral("REQ-1"));
    QCOMPARE(model.index(0, ActivityLogModel::Retries).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(0, ActivityLogModel::Duration).data().toString(), QStringLiteral("42"));
}

void TestActivity::csvQuotesOnlyWhatNeedsIt_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("rm-1/app") << QStringLiteral("rm-1/app");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("line1\nline2") << QStringLiteral("\"line1\nline2\"");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("chinese") << QStringLiteral("测试账号") << QStringLiteral("测试账号");
    QTest::newRow("chinese comma") << QStringLiteral("杭州,上海") << QStringLiteral("\"杭州,上海\"");
}

void TestActivity::csvQuotesOnlyWhatNeedsIt()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(ActivityLogModel::csvField(value), expected);
}

void TestActivity::csvHasHeaderAndOneLinePerCall()
{
    ActivityLogModel model;
    model.append(record(QStringLiteral("CreateAccount"), QStringLiteral("rm-1/测试,\"x\"")));
    const QStringList lines = model.toCsv().split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 3); // header, one record, the empty rest after the final line break
    QCOMPARE(lines.at(0),
        QStringLiteral("Time (UTC),Product,Action,Target,Outcome,HTTP,Duration (ms),RequestId,Retries,Ticket"));
    QCOMPARE(lines.at(1),
        QStringLiteral("2024-05-01T08:30:00Z,rds,CreateAccount,\"rm-1/测试,\"\"x\"\"\",OK,200,42,REQ-1,0,"));
    QVERIFY(lines.at(2).isEmpty());
    // The helpdesk's ticket reference joins the call it was made for, and its export.
    QVERIFY(model.setTicket(QStringLiteral("REQ-1"), QStringLiteral("INC-4711")));
    QVERIFY(!model.setTicket(QStringLiteral("REQ-unknown"), QStringLiteral("INC-1")));
    QCOMPARE(model.index(0, ActivityLogModel::Ticket).data().toString(), QStringLiteral("INC-4711"));
    QVERIFY(model.toCsv().split(QStringLiteral("\r\n")).at(1).endsWith(QLatin1String(",REQ-1,0,INC-4711")));
}

void TestActivity::dockExportsUtf8CsvAndCopiesRequestId()
{
    ActivityLogModel model;
    model.append(record(QStringLiteral("CreateAccount"), QStringLiteral("rm-1/账号")));
    ActivityDock dock;
    dock.setModel(&model);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("log.csv"));
    QString error;
    QVERIFY2(dock.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith(QByteArrayLiteral("\xEF\xBB\xBF")));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)), model.toCsv());

    QVERIFY(!dock.exportCsv(dir.filePath(QStringLiteral("missing/dir/log.csv")), &error));
    QVERIFY(!error.isEmpty());

    QCOMPARE(dock.copySelectedRequestId(), QString()); // nothing selected, nothing copied
    dock.table()->selectRow(0);
    QCOMPARE(dock.copySelectedRequestId(), QStringLiteral("REQ-1"));
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("REQ-1"));
}

void TestActivity::callMeterCountsAndPrices()
{
    CallMeterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy totals(&model, &CallMeterModel::totalsChanged);
    // LockAccount: ¥0.001 per call, 100 free per month (seed).
    model.setUsages({ CallUsage { QStringLiteral("rds"), QStringLiteral("LockAccount"), 0, 100, 0.001, 100 } });
    model.addCall(QStringLiteral("rds"), QStringLiteral("LockAccount"));
    model.addCall(QStringLiteral("rds"), QStringLiteral("CreateAccount"));
    model.addCall(QStringLiteral("rds"), QStringLiteral("CreateAccount"));
    QCOMPARE(totals.count(), 4);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.usages().at(0).monthCalls, 101);
    QCOMPARE(model.usages().at(1).sessionCalls, 2);
    QCOMPARE(model.usages().at(1).unitPriceCny, 0.001); // from CallPrice
    QCOMPARE(model.totalSessionCalls(), 3);
    QCOMPARE(model.totalMonthCalls(), 103);
    QVERIFY(qAbs(model.totalMonthCostCny() - 0.003) < 1e-9); // 1 billable lock + 2 creates
    QCOMPARE(model.index(1, CallMeterModel::FreeTier).data().toString(), QStringLiteral("none"));
    QCOMPARE(model.index(0, CallMeterModel::MonthCost).data().toString(), QStringLiteral("¥0.0010"));
}

void TestActivity::callMeterDialogShowsTotals()
{
    CallMeterModel model;
    CallMeterDialog dialog(&model);
    model.addCall(QStringLiteral("rds"), QStringLiteral("CreateAccount"));
    QCOMPARE(namedChild<QTableView>(dialog, "callMeterTable")->model()->rowCount(), 1);
    QCOMPARE(namedChild<QLabel>(dialog, "callMeterTotal")->text(),
        QStringLiteral("1 call(s) this session, 1 this month, ¥0.0010 this month after the free tiers."));
}

QTEST_MAIN(TestActivity)
#include "tst_activity.moc"
