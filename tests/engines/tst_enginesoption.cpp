// A malformed engines value is refused with a message that names the option the user typed: --sandbox-engines in
// the app, --engines in apsara-sandbox. No engine is started.
#include "CommandLine.h"
#include "SandboxOptions.h"

#include <QTest>

class TstEnginesOption : public QObject
{
    Q_OBJECT

private slots:
    void appNamesSandboxEngines_data();
    void appNamesSandboxEngines();
    void sandboxNamesEngines_data();
    void sandboxNamesEngines();
    void goodValuesPass();
};

static void badValues()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("quoted"); // what the message quotes back; empty when it quotes nothing
    QTest::newRow("unknown engine") << QStringLiteral("oracle=127.0.0.1:1521")
                                    << QStringLiteral("oracle=127.0.0.1:1521");
    QTest::newRow("no port") << QStringLiteral("redis=127.0.0.1") << QStringLiteral("redis=127.0.0.1");
    QTest::newRow("port too big") << QStringLiteral("redis=127.0.0.1:6379,mysql=h:70000")
                                  << QStringLiteral("mysql=h:70000");
    QTest::newRow("empty list") << QStringLiteral(",") << QString();
}

void TstEnginesOption::appNamesSandboxEngines_data()
{
    badValues();
}

void TstEnginesOption::appNamesSandboxEngines()
{
    QFETCH(QString, value);
    QFETCH(QString, quoted);
    const CommandLine cl = CommandLine::parse(
        { QStringLiteral("apsara-accounts"), QStringLiteral("--sandbox"), QStringLiteral("--sandbox-engines"), value });
    QCOMPARE(cl.outcome, CommandLine::Outcome::Error);
    QVERIFY2(cl.errorText.startsWith(QLatin1String("--sandbox-engines")), qPrintable(cl.errorText));
    QVERIFY2(!cl.errorText.contains(QLatin1String(" --engines")), qPrintable(cl.errorText));
    QVERIFY2(cl.errorText.contains(quoted), qPrintable(cl.errorText));
}

void TstEnginesOption::sandboxNamesEngines_data()
{
    badValues();
}

void TstEnginesOption::sandboxNamesEngines()
{
    QFETCH(QString, value);
    QFETCH(QString, quoted);
    QString error;
    bool help = false;
    SandboxOptions::parse({ QStringLiteral("--engines"), value }, &error, &help);
    QVERIFY2(error.startsWith(QLatin1String("--engines")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("sandbox-engines")), qPrintable(error));
    QVERIFY2(error.contains(quoted), qPrintable(error));
}

void TstEnginesOption::goodValuesPass()
{
    const QString list = QStringLiteral("redis=127.0.0.1:6379,postgres=db.example.com:5432,mysql=127.0.0.1:3306");
    for (const QString& value : { QStringLiteral("auto"), list }) {
        const CommandLine cl = CommandLine::parse({ QStringLiteral("apsara-accounts"),
            QStringLiteral("--sandbox"),
            QStringLiteral("--sandbox-engines"),
            value });
        QCOMPARE(cl.outcome, CommandLine::Outcome::Run);
        QCOMPARE(cl.sandboxOptions.engines, value);
        QString error;
        bool help = false;
        QCOMPARE(SandboxOptions::parse({ QStringLiteral("--engines"), value }, &error, &help).engines, value);
        QCOMPARE(error, QString());
    }
}

QTEST_GUILESS_MAIN(TstEnginesOption)
#include "tst_enginesoption.moc"
