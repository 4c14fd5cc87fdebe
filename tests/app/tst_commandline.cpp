#include "CommandLine.h"

#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void defaultsToRun()
    {
        const CommandLine cl = CommandLine::parse({ QStringLiteral("apsara-accounts") });
        QCOMPARE(cl.outcome, CommandLine::Outcome::Run);
        QVERIFY(!cl.sandbox);
        QVERIFY(cl.endpoints.isEmpty());
    }

    void acceptsEveryOption()
    {
        const CommandLine cl = CommandLine::parse({ QStringLiteral("apsara-accounts"),
            QStringLiteral("--sandbox"),
            QStringLiteral("--profile"),
            QStringLiteral("ops"),
            QStringLiteral("--region"),
            QStringLiteral("ap-southeast-1"),
            QStringLiteral("--endpoint"),
            QStringLiteral("rds=http://127.0.0.1:9000"),
            QStringLiteral("--endpoint"),
            QStringLiteral("r-kvstore=https://r-kvstore.example.com"),
            QStringLiteral("--lang"),
            QStringLiteral("zh_CN") });
        QCOMPARE(cl.outcome, CommandLine::Outcome::Run);
        QVERIFY(cl.sandbox);
        QCOMPARE(cl.profile, QStringLiteral("ops"));
        QCOMPARE(cl.region, QStringLiteral("ap-southeast-1"));
        QCOMPARE(cl.language, QStringLiteral("zh_CN"));
        QCOMPARE(cl.endpoints.value(QStringLiteral("rds")), QUrl(QStringLiteral("http://127.0.0.1:9000")));
        QCOMPARE(
            cl.endpoints.value(QStringLiteral("r-kvstore")), QUrl(QStringLiteral("https://r-kvstore.example.com")));
    }

    void paletteAndFontScale()
    {
        CommandLine cl = CommandLine::parse({ QStringLiteral("a") });
        QVERIFY(cl.palette.isEmpty());
        QCOMPARE(cl.fontScale, 1.0);
        cl = CommandLine::parse({ QStringLiteral("a"),
            QStringLiteral("--palette"),
            QStringLiteral("Dark"),
            QStringLiteral("--font-scale"),
            QStringLiteral("1.5") });
        QCOMPARE(cl.outcome, CommandLine::Outcome::Run);
        QCOMPARE(cl.palette, QStringLiteral("dark"));
        QCOMPARE(cl.fontScale, 1.5);
        cl = CommandLine::parse({ QStringLiteral("a"), QStringLiteral("--palette"), QStringLiteral("system") });
        QVERIFY(cl.palette.isEmpty());
        cl = CommandLine::parse({ QStringLiteral("a"), QStringLiteral("--palette"), QStringLiteral("pink") });
        QCOMPARE(cl.outcome, CommandLine::Outcome::Error);
        QVERIFY(cl.errorText.contains(QLatin1String("pink")));
        for (const char* bad : { "0.2", "9", "big", "nan" }) {
            cl = CommandLine::parse({ QStringLiteral("a"), QStringLiteral("--font-scale"), QString::fromLatin1(bad) });
            QCOMPARE(cl.outcome, CommandLine::Outcome::Error);
            QVERIFY(cl.errorText.contains(QLatin1String("--font-scale")));
        }
    }

    void demoSandboxLatency()
    {
        // apsara-sandbox --latency-ms N, and the same for the demo's built-in sandbox.
        CommandLine cl
            = CommandLine::parse({ QStringLiteral("a"), QStringLiteral("--latency-ms"), QStringLiteral("50") });
        QCOMPARE(cl.outcome, CommandLine::Outcome::Run);
        QCOMPARE(cl.sandboxOptions.latencyMs, 50);
        QCOMPARE(CommandLine::parse({ QStringLiteral("a") }).sandboxOptions.latencyMs, 0);
        for (const char* bad : { "-1", "fast", "60001" }) {
            cl = CommandLine::parse({ QStringLiteral("a"), QStringLiteral("--latency-ms"), QString::fromLatin1(bad) });
            QCOMPARE(cl.outcome, CommandLine::Outcome::Error);
            QVERIFY(cl.errorText.contains(QLatin1String("--latency-ms")));
        }
    }

    void ramPolicyAndMode()
    {
        CommandLine cl
            = CommandLine::parse({ QStringLiteral("a"), QStringLiteral("--ram-policy"), QStringLiteral("Helpdesk") });
        QCOMPARE(cl.outcome, CommandLine::Outcome::PrintRamPolicy);
        QCOMPARE(cl.ramPolicyMode, RoleMode::Helpdesk);
        cl = CommandLine::parse({ QStringLiteral("a"), QStringLiteral("--ram-policy"), QStringLiteral("root") });
        QCOMPARE(cl.outcome, CommandLine::Outcome::Error);
        QVERIFY2(cl.errorText.contains(QLatin1String("helpdesk, dba, audit")), qPrintable(cl.errorText));
        cl = CommandLine::parse({ QStringLiteral("a") });
        QVERIFY(!cl.mode);
        cl = CommandLine::parse({ QStringLiteral("a"), QStringLiteral("--mode"), QStringLiteral("helpdesk") });
        QCOMPARE(cl.outcome, CommandLine::Outcome::Run);
        QCOMPARE(cl.mode, RoleMode::Helpdesk);
        cl = CommandLine::parse({ QStringLiteral("a"), QStringLiteral("--mode=admin") });
        QCOMPARE(cl.outcome, CommandLine::Outcome::Error);
    }

    void helpAndVersion()
    {
        QCOMPARE(CommandLine::parse({ QStringLiteral("a"), QStringLiteral("--help") }).outcome,
            CommandLine::Outcome::ShowHelp);
        QCOMPARE(CommandLine::parse({ QStringLiteral("a"), QStringLiteral("--version") }).outcome,
            CommandLine::Outcome::ShowVersion);
        QVERIFY(CommandLine::parse({ QStringLiteral("a") }).helpText.contains(QLatin1String("--endpoint")));
    }

    void importTakesOptionalFile()
    {
        CommandLine cl = CommandLine::parse({ QStringLiteral("a"), QStringLiteral("--import-aliyun-config") });
        QCOMPARE(cl.outcome, CommandLine::Outcome::ImportAliyun);
        QVERIFY(cl.importFile.isEmpty());
        cl = CommandLine::parse(
            { QStringLiteral("a"), QStringLiteral("--import-aliyun-config"), QStringLiteral("/tmp/c.json") });
        QCOMPARE(cl.outcome, CommandLine::Outcome::ImportAliyun);
        QCOMPARE(cl.importFile, QStringLiteral("/tmp/c.json"));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mention");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate") }
                                        << QStringLiteral("frobnicate");
        QTest::newRow("endpoint without =")
            << QStringList { QStringLiteral("--endpoint"), QStringLiteral("rds") } << QStringLiteral("PRODUCT=URL");
        QTest::newRow("endpoint unknown product")
            << QStringList { QStringLiteral("--endpoint"), QStringLiteral("ecs=https://ecs.aliyuncs.com") }
            << QStringLiteral("ecs");
        QTest::newRow("endpoint not a url")
            << QStringList { QStringLiteral("--endpoint"), QStringLiteral("rds=ftp://x") } << QStringLiteral("ftp://x");
        QTest::newRow("endpoint without host") << QStringList { QStringLiteral("--endpoint"),
            QStringLiteral("rds=https://") } << QStringLiteral("https://");
        QTest::newRow("bad region") << QStringList { QStringLiteral("--region"), QStringLiteral("Hangzhou!") }
                                    << QStringLiteral("Hangzhou!");
        QTest::newRow("missing region value") << QStringList { QStringLiteral("--region") } << QStringLiteral("region");
        QTest::newRow("bad lang") << QStringList { QStringLiteral("--lang"), QStringLiteral("chinese please") }
                                  << QStringLiteral("chinese please");
        QTest::newRow("stray argument") << QStringList { QStringLiteral("extra") } << QStringLiteral("extra");
        QTest::newRow("two import files")
            << QStringList { QStringLiteral("--import-aliyun-config"), QStringLiteral("a"), QStringLiteral("b") }
            << QStringLiteral("at most one");
    }

    void refusesBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mention);
        args.prepend(QStringLiteral("apsara-accounts"));
        const CommandLine cl = CommandLine::parse(args);
        QCOMPARE(cl.outcome, CommandLine::Outcome::Error);
        QVERIFY2(cl.errorText.contains(mention), qPrintable(cl.errorText));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
