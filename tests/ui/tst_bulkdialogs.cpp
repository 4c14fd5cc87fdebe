#include "../models/BulkTestData.h"
#include "../models/CatalogueStub.h"
#include "AccountRules.h"
#include "BulkPreviewDialog.h"
#include "BulkRequestForm.h"
#include "BulkRowModel.h"
#include "BulkRunDialog.h"
#include "ClipboardGuard.h"
#include "FakeAccountService.h"
#include "MessageBox.h"
#include "NamedChild.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace BulkTestData;

namespace {
// "2 call(s) will be sent" as written, or "2 calls" / "1 row" once an English catalogue resolves the plural.
QRegularExpression plural(const QString& text)
{
    QString pattern = QRegularExpression::escape(text);
    pattern.replace(QStringLiteral("\\(s\\)"), QStringLiteral("(\\(s\\)|s)?"));
    return QRegularExpression(pattern);
}
} // namespace

class BulkDialogsTest : public QObject
{
    Q_OBJECT

private slots:
    void previewListsPlannedAndSkippedRowsWithReasons();
    void selectionAndSummaryReachTheTranslatorAsWholeSentences();
    void typedPasswordIsRecheckedAsItIsTyped();
    void deleteNeedsTheCountTyped();
    void createPreviewShowsPerInstanceDifferences();
    void runShowsResultsAndCopiesEachPasswordThroughTheGuard();
    void exportAsksFirstAndWritesAnOwnerOnlyFile();
    void cancelSaysWhatWasSentAndRetryResendsOnlyFailures();

private:
    static QList<BulkTarget> resetTargets();
};

QList<BulkTarget> BulkDialogsTest::resetTargets()
{
    const Instance mysql = instance(QStringLiteral("rm-1"), Engine::MySQL);
    const Instance redis = instance(QStringLiteral("r-1"), Engine::Redis, QStringLiteral("6.0"));
    const Instance legacy = instance(QStringLiteral("r-old"), Engine::Redis, QStringLiteral("2.8"));
    return { target(mysql, account(mysql, QStringLiteral("app_rw"))),
        target(redis, account(redis, QStringLiteral("cache"))),
        target(legacy, account(legacy, QStringLiteral("old"))) };
}

void BulkDialogsTest::previewListsPlannedAndSkippedRowsWithReasons()
{
    BulkPreviewDialog dialog(BulkAction::ResetPassword, resetTargets());
    auto* run = namedChild<QPushButton>(dialog, "bulkRunButton");
    const BulkRowModel* rows = tableModel<BulkRowModel>(dialog);
    const QLabel* summary = namedChild<QLabel>(dialog, "bulkPreviewSummary");
    dialog.show();
    QCOMPARE(rows->count(), 3);
    QVERIFY2(summary->text().contains(plural(QStringLiteral("2 call(s) will be sent"))), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(plural(QStringLiteral("1 row(s) will be skipped"))));
    const QString outcome = rows->index(2, BulkRowModel::Outcome).data().toString();
    QVERIFY2(
        outcome.startsWith(QStringLiteral("Skipped")) && outcome.contains(QStringLiteral("4.0")), qPrintable(outcome));
    QVERIFY(namedChild<QTableView>(dialog, "bulkPreviewTable")->isColumnHidden(BulkRowModel::Password));
    QVERIFY(run->isEnabled());
    QVERIFY(run->text().contains(QStringLiteral("2")));
    // The plan handed to the runner holds one generated password per allowed row.
    const BulkPlan plan = dialog.plan();
    QVERIFY(AccountRules(Engine::Redis).checkPassword(plan.rows.at(1).password).isValid());
    QVERIFY(plan.rows.at(2).password.isEmpty());
}

// A translator gets each sentence whole and may reorder it; the counts come in as %n and as %1 / %2 phrases.
void BulkDialogsTest::selectionAndSummaryReachTheTranslatorAsWholeSentences()
{
    QList<BulkTarget> targets = resetTargets();
    targets.last().profileId = QStringLiteral("p2");
    {
        BulkPreviewDialog english(BulkAction::ResetPassword, targets);
        auto* selection = english.findChild<QLabel*>(QStringLiteral("bulkPreviewSelection"));
        QVERIFY(selection);
        QVERIFY2(selection->text().contains(plural(QStringLiteral(
                     "Selected: 3 account(s) on 3 instance(s) in 2 profile(s). Nothing is sent until you press Run."))),
            qPrintable(selection->text()));
    }
    CatalogueStub reordered;
    reordered.add("BulkPreviewDialog",
        "Selected: %n account(s) on %1 in %2. Nothing is sent until you press Run.",
        QStringLiteral("[%2 | %1 | %n]"));
    reordered.add("BulkPreviewDialog", "%n instance(s)", QStringLiteral("I%n"));
    reordered.add("BulkPreviewDialog", "%n profile(s)", QStringLiteral("P%n"));
    reordered.add("BulkPreviewDialog",
        "%n call(s) will be sent; %1 will be skipped (the Outcome column says why).",
        QStringLiteral("{%1 / %n}"));
    reordered.add("BulkPreviewDialog", "%n row(s)", QStringLiteral("R%n"));
    QVERIFY(QCoreApplication::installTranslator(&reordered));
    BulkPreviewDialog dialog(BulkAction::ResetPassword, targets);
    QCoreApplication::removeTranslator(&reordered);
    auto* selection = dialog.findChild<QLabel*>(QStringLiteral("bulkPreviewSelection"));
    auto* summary = dialog.findChild<QLabel*>(QStringLiteral("bulkPreviewSummary"));
    QVERIFY(selection && summary);
    QCOMPARE(selection->text(), QStringLiteral("[P2 | I3 | 3]"));
    QVERIFY2(summary->text().startsWith(QStringLiteral("{R1 / 2}")), qPrintable(summary->text()));
}

void BulkDialogsTest::typedPasswordIsRecheckedAsItIsTyped()
{
    BulkPreviewDialog dialog(BulkAction::ResetPassword, resetTargets());
    auto* run = namedChild<QPushButton>(dialog, "bulkRunButton");
    auto* password = namedChild<QLineEdit>(dialog, "passwordEdit");
    dialog.show();
    namedChild<QRadioButton>(dialog, "typedPasswordChoice")->setChecked(true);
    QVERIFY(!run->isEnabled()); // nothing typed yet
    QTest::keyClicks(password, QStringLiteral("weak"));
    QCOMPARE(dialog.plan().allowedCount(), 0);
    QVERIFY(!run->isEnabled());
    password->clear();
    QTest::keyClicks(password, QStringLiteral("Rotate#2024x"));
    QCOMPARE(dialog.plan().allowedCount(), 2);
    QVERIFY(run->isEnabled());
    QCOMPARE(dialog.plan().rows.at(0).password, QStringLiteral("Rotate#2024x"));
}

void BulkDialogsTest::deleteNeedsTheCountTyped()
{
    const Instance mysql = instance(QStringLiteral("rm-1"), Engine::MySQL);
    const QList<BulkTarget> targets = { target(mysql, account(mysql, QStringLiteral("a1"))),
        target(mysql,
            account(mysql, QStringLiteral("a2"), { { QStringLiteral("orders"), QStringLiteral("ReadOnly"), {} } })) };
    BulkPreviewDialog dialog(BulkAction::Delete, targets);
    auto* run = namedChild<QPushButton>(dialog, "bulkRunButton");
    auto* count = namedChild<QLineEdit>(dialog, "bulkConfirmCount");
    dialog.show();
    QCOMPARE(dialog.plan().allowedCount(), 1);
    QVERIFY(!run->isEnabled());
    QTest::keyClicks(count, QStringLiteral("2"));
    QVERIFY(!run->isEnabled());
    count->clear();
    QTest::keyClicks(count, QStringLiteral("1"));
    QVERIFY(run->isEnabled());
    // Including the account with privileges changes the count to confirm.
    namedChild<QCheckBox>(dialog, "revokeFirstCheck")->setChecked(true);
    QCOMPARE(dialog.plan().allowedCount(), 2);
    QVERIFY(!run->isEnabled());
}

void BulkDialogsTest::createPreviewShowsPerInstanceDifferences()
{
    const Instance mysql = instance(QStringLiteral("rm-1"), Engine::MySQL);
    const Instance pg = instance(QStringLiteral("pgm-1"), Engine::PostgreSQL, QStringLiteral("14"));
    const Instance redis = instance(QStringLiteral("r-1"), Engine::Redis, QStringLiteral("6.0"));
    BulkPreviewDialog dialog(BulkAction::Create, { instanceTarget(mysql), instanceTarget(pg), instanceTarget(redis) });
    auto* run = namedChild<QPushButton>(dialog, "bulkRunButton");
    const BulkRowModel* rows = tableModel<BulkRowModel>(dialog);
    dialog.show();
    QVERIFY(!run->isEnabled());
    QVERIFY(!namedChild<QTableView>(dialog, "bulkPreviewTable")->isColumnHidden(BulkRowModel::Differences));
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "nameEdit"), QStringLiteral("svcreport"));
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "databaseEdit"), QStringLiteral("orders"));
    QCOMPARE(dialog.plan().allowedCount(), 3);
    QVERIFY(run->isEnabled());
    QCOMPARE(dialog.plan().rows.at(0).draft.grants.size(), 1);
    QVERIFY(rows->index(1, BulkRowModel::Differences).data().toString().contains(QStringLiteral("PostgreSQL")));
    QVERIFY(rows->index(2, BulkRowModel::Differences).data().toString().contains(QStringLiteral("Role")));
}

void BulkDialogsTest::runShowsResultsAndCopiesEachPasswordThroughTheGuard()
{
    FakeAccountService service;
    BulkPreviewDialog preview(BulkAction::ResetPassword, resetTargets());
    BulkRunDialog dialog(preview.plan(), [&](const QString&) { return &service; });
    const BulkRowModel* rows = tableModel<BulkRowModel>(dialog);
    const QLabel* summary = namedChild<QLabel>(dialog, "bulkRunSummary");
    auto* closeButton = namedChild<QPushButton>(dialog, "bulkCloseButton");
    auto* copyButton = namedChild<QPushButton>(dialog, "bulkCopyButton");
    auto* table = namedChild<QTableView>(dialog, "bulkRunTable");
    dialog.show();
    dialog.start();
    QCOMPARE(service.calls.size(), 2);
    QVERIFY(!closeButton->isEnabled());
    service.calls[0].operation->succeed(QStringLiteral("REQ-A"));
    service.calls[1].operation->succeed(QStringLiteral("REQ-B"));
    QVERIFY(closeButton->isEnabled());
    QCOMPARE(namedChild<QProgressBar>(dialog, "bulkProgress")->value(), 2);
    QVERIFY(summary->text().contains(QStringLiteral("2 succeeded")));
    QVERIFY(summary->text().contains(QStringLiteral("1 skipped")));
    QCOMPARE(rows->index(1, BulkRowModel::RequestId).data().toString(), QStringLiteral("REQ-B"));
    // Masked until revealed.
    const QString masked = rows->index(1, BulkRowModel::Password).data().toString();
    QVERIFY(!masked.isEmpty() && masked != service.calls.at(1).as<ResetPasswordWrite>().password);
    namedChild<QCheckBox>(dialog, "bulkRevealCheck")->setChecked(true);
    QCOMPARE(rows->index(1, BulkRowModel::Password).data().toString(),
        service.calls.at(1).as<ResetPasswordWrite>().password);
    QVERIFY(!copyButton->isEnabled());
    table->selectRow(1);
    QVERIFY(copyButton->isEnabled());
    QTest::mouseClick(copyButton, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), service.calls.at(1).as<ResetPasswordWrite>().password);
    QVERIFY(namedChild<ClipboardGuard>(dialog, "bulkClipboardGuard")->isActive());
    table->selectRow(2); // the skipped row has no password to copy
    QVERIFY(!copyButton->isEnabled());
    closeButton->click();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(rows->row(1).password.isEmpty()); // shown once: forgotten on close
}

void BulkDialogsTest::exportAsksFirstAndWritesAnOwnerOnlyFile()
{
    FakeAccountService service;
    BulkPreviewDialog preview(BulkAction::ResetPassword, resetTargets());
    BulkRunDialog dialog(preview.plan(), [&](const QString&) { return &service; });
    auto* exportButton = namedChild<QPushButton>(dialog, "bulkExportButton");
    dialog.start();
    service.calls[0].operation->succeed(QStringLiteral("REQ-A"));
    service.calls[1].operation->succeed(QStringLiteral("REQ-B"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("passwords.csv"));
    dialog.setExportPath(path);
    MessageBox::setNextAnswer(QMessageBox::No);
    exportButton->click();
    QVERIFY(MessageBox::lastAnsweredText().contains(QStringLiteral("plain text")));
    QVERIFY(!QFile::exists(path));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    exportButton->click();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY(csv.contains(service.calls.at(0).as<ResetPasswordWrite>().password));
    QVERIFY(csv.contains(service.calls.at(1).as<ResetPasswordWrite>().password));
    QCOMPARE(csv.count(QLatin1Char('\n')), 3);
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
        QFile::Permissions());
}

void BulkDialogsTest::cancelSaysWhatWasSentAndRetryResendsOnlyFailures()
{
    FakeAccountService service;
    const Instance mysql = instance(QStringLiteral("rm-1"), Engine::MySQL);
    QList<BulkTarget> targets;
    for (int i = 0; i < 8; ++i)
        targets << target(mysql, account(mysql, QStringLiteral("user%1").arg(i)));
    BulkPreviewDialog preview(BulkAction::ResetPassword, targets);
    BulkRunDialog dialog(preview.plan(), [&](const QString&) { return &service; });
    const QLabel* summary = namedChild<QLabel>(dialog, "bulkRunSummary");
    auto* cancel = namedChild<QPushButton>(dialog, "bulkCancelButton");
    auto* retry = namedChild<QPushButton>(dialog, "bulkRetryButton");
    auto* runner = dialog.findChild<BulkRunner*>();
    QVERIFY(runner);
    runner->setMaxInFlight(3);
    dialog.show();
    dialog.start();
    service.calls[0].operation->succeed(QStringLiteral("REQ-0"));
    service.calls[1].operation->fail(FakeAccountService::error(ServiceError::Category::Conflict,
        400,
        QStringLiteral("InvalidAccountName.Malformed"),
        QStringLiteral("REQ-1")));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(summary->text().contains(QStringLiteral("already sent are finishing")));
    for (int i = 2; i < service.calls.size(); ++i)
        service.calls[i].operation->succeed(QStringLiteral("REQ-%1").arg(i));
    const int sent = int(service.calls.size());
    QCOMPARE(sent, 5);
    QVERIFY2(summary->text().contains(plural(QStringLiteral("Cancelled. 5 call(s) were sent"))),
        qPrintable(summary->text()));
    QVERIFY(summary->text().contains(plural(QStringLiteral("3 row(s) were not sent"))));
    QVERIFY(!tableModel<BulkRowModel>(dialog)->index(1, BulkRowModel::Advice).data().toString().isEmpty());
    QVERIFY(retry->isEnabled());
    QVERIFY(retry->text().contains(QStringLiteral("4")));
    retry->click();
    QCOMPARE(service.calls.size(), sent + 3);
    QCOMPARE(service.calls.at(sent).account(), QStringLiteral("user1"));
}

QTEST_MAIN(BulkDialogsTest)
#include "tst_bulkdialogs.moc"
