// The access report dialog: which scopes it offers (view and search only when there is one), the counts and the
// summary it shows, Save enabled only with accounts to report, and what it writes in each format.
#include "AccessReportDialog.h"
#include "AccountIndex.h"
#include "NamedChild.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

namespace {

IndexedAccount row(const QString& instanceId, const QString& name, const QString& status, const QString& region)
{
    IndexedAccount a;
    a.profile = QStringLiteral("Demo");
    a.region = region;
    a.product = QStringLiteral("rds");
    a.engine = QStringLiteral("MySQL");
    a.instanceId = instanceId;
    a.name = name;
    a.type = QStringLiteral("Normal");
    a.status = status;
    a.privileges = { { QStringLiteral("orders"), QStringLiteral("ReadWrite"), QString() } };
    a.seen = QDateTime::currentDateTimeUtc();
    return a;
}

void fill(AccountIndex& index)
{
    index.reset({ row(QStringLiteral("rm-a"),
                      QStringLiteral("app"),
                      QStringLiteral("Available"),
                      QStringLiteral("cn-hangzhou")),
        row(QStringLiteral("rm-a"), QStringLiteral("etl"), QStringLiteral("Locked"), QStringLiteral("cn-hangzhou")),
        row(QStringLiteral("rm-b"),
            QStringLiteral("web"),
            QStringLiteral("Available"),
            QStringLiteral("cn-shanghai")) });
}

// The three scope choices, found by the object names accessibility tools see; found() fails on a missing one.
struct ScopeButtons
{
    explicit ScopeButtons(const AccessReportDialog& dialog)
        : view(dialog.findChild<QRadioButton*>(QStringLiteral("viewScope")))
        , search(dialog.findChild<QRadioButton*>(QStringLiteral("searchScope")))
        , everything(dialog.findChild<QRadioButton*>(QStringLiteral("everythingScope")))
    {
    }
    bool found() const { return view && search && everything; }

    QRadioButton* view;
    QRadioButton* search;
    QRadioButton* everything;
};

} // namespace

class TestAccessReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void offersOnlyTheScopesThereAre()
    {
        AccountIndex index;
        fill(index);
        AccessReportDialog dialog(&index, std::nullopt, QString());
        const ScopeButtons scopes(dialog);
        QVERIFY(scopes.found());
        QVERIFY(!scopes.view->isEnabled());
        QVERIFY(!scopes.search->isEnabled());
        QVERIFY(scopes.everything->isChecked());
        QVERIFY(scopes.everything->text().contains(QLatin1String("(3 account(s))")));
        QVERIFY(namedChild<QPushButton>(dialog, "saveReportButton")->isEnabled());
        QVERIFY(namedChild<QLabel>(dialog, "reportSummary")
                    ->text()
                    .startsWith(QLatin1String("3 account(s) on 2 instance(s): 0 privileged, 1 locked")));
    }

    void viewComesFirstAndCountsFollowTheIndex()
    {
        AccountIndex index;
        fill(index);
        const AccessReportScope view
            = AccessReportScope::view(QStringLiteral("Demo"), QStringLiteral("cn-hangzhou"), QStringLiteral("rm-a"));
        AccessReportDialog dialog(&index, view, QStringLiteral("status:locked"));
        const ScopeButtons scopes(dialog);
        QVERIFY(scopes.found());
        QVERIFY(scopes.view->isChecked());
        QVERIFY(scopes.view->text().contains(QLatin1String("(2 account(s))")));
        QVERIFY(scopes.search->text().contains(QLatin1String("status:locked (1 account(s))")));
        scopes.search->click();
        QCOMPARE(dialog.chosenScope().kind, AccessReportScope::Kind::Search);
        QVERIFY(namedChild<QLabel>(dialog, "reportSummary")
                    ->text()
                    .startsWith(QLatin1String("1 account(s) on 1 instance(s)")));
        // The instance's accounts go away (a refresh found none): nothing to report, Save is off.
        scopes.view->click();
        index.removeInstance(QStringLiteral("Demo"), QStringLiteral("rm-a"));
        QVERIFY(scopes.view->text().contains(QLatin1String("(0 account(s))")));
        QVERIFY(!namedChild<QPushButton>(dialog, "saveReportButton")->isEnabled());
        QCOMPARE(namedChild<QLabel>(dialog, "reportSummary")->text(),
            QStringLiteral("No account in this scope: nothing to report."));
        scopes.everything->click();
        QVERIFY(namedChild<QPushButton>(dialog, "saveReportButton")->isEnabled());
        // A stopped instance in scope is named, so nobody takes the list for complete.
        dialog.setInstancesNotRead({ { QStringLiteral("Demo"),
            QStringLiteral("cn-hangzhou"),
            QStringLiteral("rm-c"),
            QStringLiteral("MySQL"),
            QStringLiteral("The instance is Stopped") } });
        QVERIFY2(namedChild<QLabel>(dialog, "reportSummary")
                     ->text()
                     .contains(QLatin1String("1 instance(s) in scope whose accounts are not read")),
            qPrintable(namedChild<QLabel>(dialog, "reportSummary")->text()));
        QCOMPARE(dialog.report().notCovered.size(), 1);
    }

    void savesTheChosenScopeInTheChosenFormat()
    {
        AccountIndex index;
        fill(index);
        AccessReportDialog dialog(&index, std::nullopt, QStringLiteral("region:cn-shanghai"));
        const ScopeButtons scopes(dialog);
        QVERIFY(scopes.found());
        QVERIFY(scopes.search->isChecked());
        QTemporaryDir dir;
        dialog.setFormat(AccessReportFile::Format::Json);
        const QString path = dir.filePath(QStringLiteral("r.json"));
        QVERIFY(dialog.saveTo(path));
        QCOMPARE(
            namedChild<QLabel>(dialog, "reportStatus")->text(), QStringLiteral("Saved 1 account(s) to %1.").arg(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("accounts")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("scope")).toObject().value(QStringLiteral("query")).toString(),
            QStringLiteral("region:cn-shanghai"));

        // Save… writes on a pool thread: Save is off until the file is complete, then the status says where.
        dialog.setFormat(AccessReportFile::Format::Csv);
        const QString csvPath = dir.filePath(QStringLiteral("r.csv"));
        dialog.saveInBackground(csvPath);
        QVERIFY(!namedChild<QPushButton>(dialog, "saveReportButton")->isEnabled());
        QVERIFY(namedChild<QLabel>(dialog, "reportStatus")->text().startsWith(QLatin1String("Saving 1 account(s)")));
        QTRY_VERIFY(!namedChild<QLabel>(dialog, "reportStatus")->text().startsWith(QLatin1String("Saving")));
        QVERIFY(namedChild<QPushButton>(dialog, "saveReportButton")->isEnabled());
        QCOMPARE(namedChild<QLabel>(dialog, "reportStatus")->text(),
            QStringLiteral("Saved 1 account(s) to %1.").arg(csvPath));
        QVERIFY(QFile::exists(csvPath));

        dialog.setFormat(AccessReportFile::Format::Pdf);
        QVERIFY(namedChild<QLabel>(dialog, "reportStatus")->text().isEmpty());
        QVERIFY(!dialog.saveTo(dir.filePath(QStringLiteral("missing/dir/r.pdf"))));
        QVERIFY(namedChild<QLabel>(dialog, "reportStatus")->text().startsWith(QLatin1String("Could not save")));
        dialog.saveInBackground(dir.filePath(QStringLiteral("missing/dir/r.pdf")));
        QTRY_VERIFY(!namedChild<QLabel>(dialog, "reportStatus")->text().startsWith(QLatin1String("Saving")));
        QVERIFY(namedChild<QLabel>(dialog, "reportStatus")->text().startsWith(QLatin1String("Could not save")));
    }
};

QTEST_MAIN(TestAccessReportDialog)
#include "tst_accessreportdialog.moc"
