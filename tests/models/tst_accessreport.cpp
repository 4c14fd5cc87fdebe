// The access report: which accounts each scope covers, the summary figures for a known set, and the CSV, JSON
// and PDF it exports (formulas neutralised, secrets masked, a format version, the expected page count).
#include "AccessReport.h"
#include "AccessReportChart.h"
#include "AccessReportCsv.h"
#include "AccessReportFile.h"
#include "AccessReportGap.h"
#include "AccessReportJson.h"
#include "AccessReportPdf.h"
#include "IndexedAccountSample.h"
#include "PdfPages.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Secret = QStringLiteral("hunter2secret");

IndexedAccount account(const QString& profile,
    const QString& region,
    const QString& engine,
    const QString& instanceId,
    const QString& name,
    const QString& type,
    const QString& status,
    const QString& description,
    const QList<DatabasePrivilege>& privileges = {})
{
    IndexedAccount a = indexedAccount(profile, region, engine, instanceId, name, privileges);
    a.instanceDescription = instanceId + QStringLiteral(" description");
    a.type = type;
    a.status = status;
    a.description = description;
    a.seen = QDateTime(QDate(2026, 11, 29), QTime(23, 0), Qt::UTC);
    return a;
}

// Seven accounts on four instances in two profiles; the expected figures are counted by hand in the tests.
QList<IndexedAccount> knownSet()
{
    const QString demo = QStringLiteral("Demo");
    const QString hz = QStringLiteral("cn-hangzhou");
    const QString normal = QStringLiteral("Normal");
    const QString available = QStringLiteral("Available");
    const QString locked = QStringLiteral("Locked");
    const QString mysql = QStringLiteral("MySQL");
    const QString pg = QStringLiteral("PostgreSQL");
    return {
        account(demo, hz, pg, QStringLiteral("pgm-b"), QStringLiteral("old_user"), normal, locked, QString()),
        account(demo,
            hz,
            mysql,
            QStringLiteral("rm-a"),
            QStringLiteral("app_rw"),
            normal,
            available,
            QStringLiteral("Order service"),
            { { QStringLiteral("orders"), QStringLiteral("ReadWrite"), QStringLiteral("SELECT,INSERT") },
                { QStringLiteral("billing"), QStringLiteral("ReadOnly"), QStringLiteral("SELECT") } }),
        account(demo,
            hz,
            mysql,
            QStringLiteral("rm-a"),
            QStringLiteral("root_admin"),
            QStringLiteral("Super"),
            available,
            QStringLiteral("  ")),
        account(demo,
            hz,
            mysql,
            QStringLiteral("rm-a"),
            QStringLiteral("report"),
            normal,
            available,
            QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")"),
            { { QStringLiteral("orders"), QStringLiteral("ReadOnly"), QString() } }),
        account(demo,
            hz,
            pg,
            QStringLiteral("pgm-b"),
            QStringLiteral("etl"),
            normal,
            locked,
            QStringLiteral("ETL loader, password is ") + Secret,
            { { QStringLiteral("warehouse"), QStringLiteral("DBOwner"), QString() } }),
        account(demo,
            QStringLiteral("cn-shanghai"),
            QStringLiteral("Redis"),
            QStringLiteral("r-c"),
            QStringLiteral("cache_ro"),
            normal,
            available,
            QStringLiteral("-cache reader"),
            { { QString(), QStringLiteral("RoleReadOnly"), QString() } }),
        account(QStringLiteral("prod"),
            QStringLiteral("cn-beijing"),
            QStringLiteral("SQLServer"),
            QStringLiteral("rm-d"),
            QStringLiteral("sa_admin"),
            QStringLiteral("Sysadmin"),
            available,
            QStringLiteral("DBA")),
    };
}

AccessReport everything()
{
    return AccessReport::build(
        knownSet(), AccessReportScope::everything(), QDateTime(QDate(2026, 11, 30), QTime(0, 15), Qt::UTC));
}

QStringList names(const AccessReport& report)
{
    QStringList result;
    for (const IndexedAccount& a : report.accounts)
        result << a.name;
    return result;
}

QStringList strings(std::initializer_list<const char*> texts)
{
    QStringList result;
    for (const char* text : texts)
        result << QString::fromUtf8(text);
    return result;
}

} // namespace

class TestAccessReport : public QObject
{
    Q_OBJECT

private slots:
    void summaryOfAKnownSet()
    {
        const AccessReportSummary s = everything().summary;
        QCOMPARE(s.accounts, 7);
        QCOMPARE(s.instances, 4);
        QCOMPARE(s.privileged, 2); // root_admin (Super), sa_admin (Sysadmin)
        QCOMPARE(s.withoutDescription, 2); // old_user, root_admin (blank)
        QCOMPARE(s.locked, 2); // old_user, etl
        QCOMPARE(s.withoutPrivileges, 1); // old_user; root_admin and sa_admin hold all by their type
        QMap<QString, QMap<QString, int>> byEngine;
        byEngine[QStringLiteral("MySQL")][QStringLiteral("Available")] = 3;
        byEngine[QStringLiteral("PostgreSQL")][QStringLiteral("Locked")] = 2;
        byEngine[QStringLiteral("Redis")][QStringLiteral("Available")] = 1;
        byEngine[QStringLiteral("SQLServer")][QStringLiteral("Available")] = 1;
        QCOMPARE(s.byEngineAndStatus, byEngine);
        QCOMPARE(s.statuses(), QStringList({ QStringLiteral("Available"), QStringLiteral("Locked") }));
        QCOMPARE(s.engineTotal(QStringLiteral("MySQL")), 3);
        QStringList perInstance;
        for (const AccessReportSummary::InstanceCount& each : s.perInstance)
            perInstance << each.instanceId + QLatin1Char('=') + QString::number(each.accounts);
        QCOMPARE(perInstance, strings({ "rm-a=3", "pgm-b=2", "r-c=1", "rm-d=1" }));
    }

    void emptySetHasZeroFigures()
    {
        const AccessReport report = AccessReport::build({}, AccessReportScope::everything(), QDateTime());
        QCOMPARE(report.summary, AccessReportSummary {});
        QVERIFY(!report.oldestSeen().isValid());
        QCOMPARE(AccessReportPdf::pageCount(report), 1);
    }

    void scopesChooseTheirAccounts()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto chosen
            = [&](const AccessReportScope& scope) { return names(AccessReport::build(knownSet(), scope, now)); };
        QCOMPARE(chosen(AccessReportScope::view(QStringLiteral("Demo"), QStringLiteral("cn-hangzhou"))).size(), 5);
        QCOMPARE(chosen(AccessReportScope::view(
                     QStringLiteral("Demo"), QStringLiteral("cn-hangzhou"), QStringLiteral("pgm-b"))),
            strings({ "etl", "old_user" }));
        QCOMPARE(chosen(AccessReportScope::view(QStringLiteral("prod"), QString())), strings({ "sa_admin" }));
        // The same instance ID under another profile is another instance.
        QVERIFY(chosen(AccessReportScope::view(QStringLiteral("prod"), QString(), QStringLiteral("rm-a"))).isEmpty());
        QCOMPARE(chosen(AccessReportScope::search(QStringLiteral("status:locked"))), strings({ "etl", "old_user" }));
        QCOMPARE(chosen(AccessReportScope::search(QStringLiteral("db:orders priv:readwrite"))), strings({ "app_rw" }));
        QVERIFY(chosen(AccessReportScope::search(QStringLiteral("  "))).isEmpty());
        QCOMPARE(chosen(AccessReportScope::everything()).size(), 7);
    }

    void reportIsSortedAndNamesItsProfiles()
    {
        const AccessReport report = everything();
        QCOMPARE(
            names(report), strings({ "etl", "old_user", "app_rw", "report", "root_admin", "cache_ro", "sa_admin" }));
        QCOMPARE(report.profiles, strings({ "Demo", "prod" }));
        QCOMPARE(report.privilegeLineCount(), 8);
        QCOMPARE(report.scope.filtersText(), QStringLiteral("None"));
        QCOMPARE(AccessReportScope::view(QStringLiteral("Demo"), QStringLiteral("cn-hangzhou"), QStringLiteral("rm-a"))
                     .filtersText(),
            QStringLiteral("profile: Demo, region: cn-hangzhou, instance: rm-a"));
    }

    void csvHasALinePerPrivilegeNoFormulaAndNoSecret()
    {
        const AccessReport report = everything();
        const QString csv = AccessReportCsv::text(report);
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 8);
        QCOMPARE(lines.constFirst().split(QLatin1Char(',')).size(), int(AccessReportCsv::ColumnCount));
        QCOMPARE(AccessReportCsv::lines(report).size(), 8);
        // app_rw has two lines, one per database; root_admin one with no database.
        QCOMPARE(lines.filter(QStringLiteral(",app_rw,")).size(), 2);
        QVERIFY(lines.filter(QStringLiteral(",app_rw,")).constFirst().contains(QLatin1String(",orders,Read/Write,")));
        QVERIFY(lines.filter(QStringLiteral(",root_admin,"))
                    .constFirst()
                    .contains(QLatin1String(",Privileged (Super),Available,  ,,All (privileged account),,")));
        // A description that starts a formula is plain text; so is one starting with '-'.
        QVERIFY(csv.contains(QLatin1String("\"'=HYPERLINK(")));
        QVERIFY(csv.contains(QLatin1String(",'-cache reader,")));
        for (const char* formula : { ",=HYPERLINK", ",\"=HYPERLINK", ",-cache" })
            QVERIFY2(!csv.contains(QLatin1String(formula)), formula);
        QVERIFY(!csv.contains(Secret));
    }

    void jsonHasAFormatVersionTheRowsAndNoSecret()
    {
        const AccessReport report = everything();
        const QByteArray bytes = AccessReportJson::document(report);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QStringLiteral("format")).toString(), AccessReportJson::formatName());
        QCOMPARE(json.value(QStringLiteral("formatVersion")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("generated")).toString(), QStringLiteral("2026-11-30T00:15:00Z"));
        QCOMPARE(json.value(QStringLiteral("scope")).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("everything"));
        QCOMPARE(json.value(QStringLiteral("profiles")).toArray().size(), 2);
        const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("accounts")).toInt(), 7);
        QCOMPARE(summary.value(QStringLiteral("privileged")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("withoutDescription")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("locked")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("withoutPrivileges")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("byEngineAndStatus"))
                     .toObject()
                     .value(QStringLiteral("PostgreSQL"))
                     .toObject()
                     .value(QStringLiteral("Locked"))
                     .toInt(),
            2);
        const QJsonArray accounts = json.value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 7);
        const QJsonObject appRw = accounts.at(2).toObject();
        QCOMPARE(appRw.value(QStringLiteral("name")).toString(), QStringLiteral("app_rw"));
        QCOMPARE(appRw.value(QStringLiteral("type")).toString(), QStringLiteral("Normal"));
        QCOMPARE(appRw.value(QStringLiteral("privileged")).toBool(), false);
        QCOMPARE(accounts.at(4).toObject().value(QStringLiteral("privileged")).toBool(), true); // root_admin
        QCOMPARE(appRw.value(QStringLiteral("privileges")).toArray().size(), 2);
        QCOMPARE(
            appRw.value(QStringLiteral("privileges")).toArray().at(0).toObject().value(QStringLiteral("privilege")),
            QStringLiteral("ReadWrite"));
        QVERIFY(!bytes.contains(Secret.toUtf8()));
        QVERIFY(
            accounts.at(0).toObject().value(QStringLiteral("description")).toString().contains(QLatin1String("***")));
    }

    void pdfIsValidWithTheExpectedPageCount_data()
    {
        QTest::addColumn<int>("extraAccounts");
        QTest::addColumn<int>("pages");
        QTest::newRow("known set: 8 lines") << 0 << 2;
        // 8 + 26 = 34 lines: exactly one page of accounts; one more line starts another.
        QTest::newRow("one full page") << 26 << 2;
        QTest::newRow("one line over") << 27 << 3;
        QTest::newRow("200 more") << 200 << 1 + (8 + 200 + 33) / 34;
    }

    void pdfIsValidWithTheExpectedPageCount()
    {
        QFETCH(int, extraAccounts);
        QFETCH(int, pages);
        QList<IndexedAccount> rows = knownSet();
        for (int i = 0; i < extraAccounts; ++i) {
            rows << account(QStringLiteral("Demo"),
                QStringLiteral("cn-hangzhou"),
                QStringLiteral("MySQL"),
                QStringLiteral("rm-bulk%1").arg(i % 40),
                QStringLiteral("user%1").arg(i, 3, 10, QLatin1Char('0')),
                QStringLiteral("Normal"),
                QStringLiteral("Available"),
                QStringLiteral("generated"),
                { { QStringLiteral("db"), QStringLiteral("ReadOnly"), QString() } });
        }
        const AccessReport report
            = AccessReport::build(rows, AccessReportScope::everything(), QDateTime::currentDateTimeUtc());
        QCOMPARE(AccessReportPdf::pageCount(report), pages);
        QBuffer buffer;
        QString error;
        QVERIFY2(AccessReportPdf::write(report, &buffer, &error), qPrintable(error));
        const QByteArray pdf = buffer.data();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY(pdf.size() > 5000);
        QCOMPARE(pdfPages(pdf), pages);
        QVERIFY(!pdf.contains(Secret.toUtf8()));
    }

    void instancesNotReadAreNamedInScope()
    {
        Instance stopped;
        stopped.id = QStringLiteral("rm-stopped");
        stopped.regionId = QStringLiteral("cn-hangzhou");
        stopped.status = QStringLiteral("Stopped");
        stopped.engineVersion = QStringLiteral("8.0");
        Instance running = stopped;
        running.id = QStringLiteral("rm-running");
        running.status = QStringLiteral("Running");
        Instance legacy = running;
        legacy.id = QStringLiteral("r-legacy");
        legacy.regionId = QStringLiteral("cn-shanghai");
        legacy.product = Product::Redis;
        legacy.engine = Engine::Redis;
        legacy.engineVersion = QStringLiteral("2.8");
        QVERIFY(!AccessReportGap::of(running, QStringLiteral("Demo")));
        const std::optional<AccessReportGap> gap = AccessReportGap::of(stopped, QStringLiteral("Demo"));
        QVERIFY(gap);
        QCOMPARE(gap->engine, QStringLiteral("MySQL"));
        QVERIFY2(gap->reason.contains(QLatin1String("Stopped")), qPrintable(gap->reason));
        const QList<AccessReportGap> gaps = { *AccessReportGap::of(legacy, QStringLiteral("Demo")), *gap };

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const AccessReport all = AccessReport::build(knownSet(), AccessReportScope::everything(), now, gaps);
        QCOMPARE(all.notCovered.size(), 2);
        QCOMPARE(all.notCovered.constFirst().instanceId, QStringLiteral("rm-stopped")); // cn-hangzhou first
        const AccessReport region = AccessReport::build(
            knownSet(), AccessReportScope::view(QStringLiteral("Demo"), QStringLiteral("cn-shanghai")), now, gaps);
        QCOMPARE(region.notCovered.size(), 1);
        QCOMPARE(region.notCovered.constFirst().instanceId, QStringLiteral("r-legacy"));
        const AccessReport otherProfile
            = AccessReport::build(knownSet(), AccessReportScope::view(QStringLiteral("prod"), QString()), now, gaps);
        QVERIFY(otherProfile.notCovered.isEmpty());

        const QJsonArray notCovered = QJsonDocument::fromJson(AccessReportJson::document(all))
                                          .object()
                                          .value(QStringLiteral("notCovered"))
                                          .toArray();
        QCOMPARE(notCovered.size(), 2);
        QCOMPARE(
            notCovered.at(1).toObject().value(QStringLiteral("instanceId")).toString(), QStringLiteral("r-legacy"));
        QVERIFY(!notCovered.at(1).toObject().value(QStringLiteral("reason")).toString().isEmpty());
        QBuffer pdf;
        QVERIFY(AccessReportPdf::write(all, &pdf));
        QCOMPARE(pdfPages(pdf.data()), AccessReportPdf::pageCount(all));
    }

    void chartFitsItsArea()
    {
        QCOMPARE(AccessReportChart::barsThatFit(30), 0);
        QCOMPARE(AccessReportChart::barsThatFit(30 + 10 * AccessReportChart::BarPitch), 10);
        QVERIFY(AccessReportChart::engineColor(QStringLiteral("MySQL"))
            != AccessReportChart::engineColor(QStringLiteral("Redis")));
    }

    void filesAreSavedInEachFormat()
    {
        QTemporaryDir dir;
        const AccessReport report = everything();
        for (AccessReportFile::Format format :
            { AccessReportFile::Format::Csv, AccessReportFile::Format::Json, AccessReportFile::Format::Pdf }) {
            const QString path = dir.filePath(AccessReportFile::suggestedName(report, format));
            QString error;
            QVERIFY2(AccessReportFile::save(report, format, path, &error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.isEmpty());
            QVERIFY(!bytes.contains(Secret.toUtf8()));
        }
        QCOMPARE(AccessReportFile::suggestedName(report, AccessReportFile::Format::Pdf),
            QStringLiteral("access-report-20261130-0015.pdf"));
        QFile csv(dir.filePath(QStringLiteral("access-report-20261130-0015.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("\xEF\xBB\xBF"));
        QString error;
        QVERIFY(!AccessReportFile::save(
            report, AccessReportFile::Format::Csv, dir.filePath(QStringLiteral("missing/dir/r.csv")), &error));
        QVERIFY(!error.isEmpty());
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv); // fonts for the PDF
    TestAccessReport test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_accessreport.moc"
