// Unit tests of the sandbox's parts that need no network: options, state files, demo data, throttling, faults.
#include "AccountRules.h"
#include "DemoData.h"
#include "FaultInjector.h"
#include "InstancePolicy.h"
#include "SandboxOptions.h"
#include "SandboxServer.h"
#include "SandboxState.h"
#include "ThrottleGate.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TstSandboxParts : public QObject
{
    Q_OBJECT

private slots:
    void optionsParseEveryOption();
    void optionsRefuseMalformedValues_data();
    void optionsRefuseMalformedValues();
    void demoDataShowsTheProductOff();
    void stateRoundTripsThroughAFile();
    void demoDataObeysEveryRule();
    void stateBreakingARuleIsRefusedNamingTheRecord();
    void corruptStateFileIsRefusedAndUntouched_data();
    void corruptStateFileIsRefusedAndUntouched();
    void throttleAdmitsTheLimitPerSecond();
    void throttleOperatorActionsHaveTheirOwnLimit();
    void rateLimitZeroLeavesTheOperatorLimitAlone();
    void latencyAndOperatorLimitOptions();
    void faultsAreReproducibleFromTheSeed();
    void faultRateZeroInjectsNothing();
};

void TstSandboxParts::optionsParseEveryOption()
{
    QString error;
    bool help = false;
    const SandboxOptions o = SandboxOptions::parse({ QStringLiteral("--port"),
                                                       QStringLiteral("8080"),
                                                       QStringLiteral("--state"),
                                                       QStringLiteral("/tmp/s.json"),
                                                       QStringLiteral("--data"),
                                                       QStringLiteral("empty"),
                                                       QStringLiteral("--access-key"),
                                                       QStringLiteral("id1:se:cret"),
                                                       QStringLiteral("--bearer-token"),
                                                       QStringLiteral("tok"),
                                                       QStringLiteral("--rate-limit"),
                                                       QStringLiteral("0"),
                                                       QStringLiteral("--fault-rate"),
                                                       QStringLiteral("0.25"),
                                                       QStringLiteral("--fault-seed"),
                                                       QStringLiteral("42"),
                                                       QStringLiteral("--creating-delay"),
                                                       QStringLiteral("0.5") },
        &error,
        &help);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!help);
    QCOMPARE(o.port, 8080);
    QCOMPARE(o.stateFile, QStringLiteral("/tmp/s.json"));
    QCOMPARE(o.data, SandboxOptions::Data::Empty);
    QCOMPARE(o.accessKeys.value(QStringLiteral("id1")), QStringLiteral("se:cret"));
    QCOMPARE(o.accessKeys.value(QLatin1String(SandboxOptions::DemoAccessKeyId)),
        QLatin1String(SandboxOptions::DemoAccessKeySecret));
    QVERIFY(o.bearerTokens.contains(QStringLiteral("tok")));
    QVERIFY(o.bearerTokens.contains(QLatin1String(SandboxOptions::DemoBearerToken)));
    QCOMPARE(o.rateLimit, 0);
    QCOMPARE(o.faultRate, 0.25);
    QCOMPARE(o.faultSeed, 42u);
    QCOMPARE(o.creatingDelayMs, 500);
}

void TstSandboxParts::optionsRefuseMalformedValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("port") << QStringList { QStringLiteral("--port"), QStringLiteral("70000") }
                          << QStringLiteral("--port");
    QTest::newRow("data") << QStringList { QStringLiteral("--data"), QStringLiteral("full") }
                          << QStringLiteral("--data");
    QTest::newRow("key") << QStringList { QStringLiteral("--access-key"), QStringLiteral("nosecret") }
                         << QStringLiteral("ID:SECRET");
    QTest::newRow("rate") << QStringList { QStringLiteral("--rate-limit"), QStringLiteral("-1") }
                          << QStringLiteral("--rate-limit");
    QTest::newRow("fault") << QStringList { QStringLiteral("--fault-rate"), QStringLiteral("1.5") }
                           << QStringLiteral("--fault-rate");
    QTest::newRow("seed") << QStringList { QStringLiteral("--fault-seed"), QStringLiteral("x") }
                          << QStringLiteral("--fault-seed");
    QTest::newRow("delay") << QStringList { QStringLiteral("--creating-delay"), QStringLiteral("soon") }
                           << QStringLiteral("--creating-delay");
    QTest::newRow("missing") << QStringList { QStringLiteral("--port") } << QStringLiteral("needs a value");
    QTest::newRow("unknown") << QStringList { QStringLiteral("--colour") } << QStringLiteral("--colour");
}

void TstSandboxParts::optionsRefuseMalformedValues()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QString error;
    bool help = false;
    SandboxOptions::parse(arguments, &error, &help);
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TstSandboxParts::demoDataShowsTheProductOff()
{
    const SandboxState state = DemoData::build(QDateTime::currentDateTimeUtc());
    QVERIFY(state.regions().size() >= 3);
    QSet<Engine> engines;
    bool notRunning = false, redis28 = false, cluster = false, at19 = false;
    QSet<QString> statuses;
    for (const SandboxInstance& s : state.instances()) {
        engines.insert(s.instance.engine);
        notRunning |= s.instance.status != QLatin1String("Running");
        redis28 |= s.instance.engine == Engine::Redis && s.instance.engineVersion == QLatin1String("2.8");
        cluster |= s.instance.architecture == Architecture::Cluster;
        at19 |= s.instance.product == Product::Redis && s.accounts.size() == 19;
        for (const SandboxAccount& a : s.accounts)
            statuses.insert(a.account.status);
        if (s.instance.product == Product::Redis) {
            // Every Redis instance has its default account, named like the instance.
            QVERIFY2(s.accounts.size() >= 1
                    && InstancePolicy::isRedisDefaultAccount(s.instance, s.accounts.first().account.name),
                qPrintable(s.instance.id));
        } else {
            QVERIFY2(!s.instance.databases.isEmpty(), qPrintable(s.instance.id));
        }
    }
    QCOMPARE(engines.size(), 5);
    QVERIFY(notRunning);
    QVERIFY(redis28);
    QVERIFY(cluster);
    QVERIFY(at19);
    for (const char* status : { "Available", "Creating", "Unavailable", "Locked" })
        QVERIFY2(statuses.contains(QLatin1String(status)), status);
    QVERIFY(state.accountCount() >= 30);
}

void TstSandboxParts::stateRoundTripsThroughAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    SandboxState state = DemoData::build(QDateTime::currentDateTimeUtc());
    state.instances().first().operatorPermission
        = OperatorPermission { QStringLiteral("Control"), QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC) };
    QString error;
    QVERIFY2(state.save(path, &error), qPrintable(error));
    bool exists = false;
    const SandboxState loaded = SandboxState::load(path, &exists, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(exists);
    QCOMPARE(QJsonDocument(loaded.toJson()), QJsonDocument(state.toJson()));
    QCOMPARE(loaded.instances().size(), state.instances().size());
    QCOMPARE(loaded.accountCount(), state.accountCount());
}

void TstSandboxParts::demoDataObeysEveryRule()
{
    // Redis seed, Description: "The description can contain letters, digits, underscores (_), and hyphens (-)."
    // So "Default account" (a space) may not appear in the demo, nor may any other rule-breaking record.
    const SandboxState state = DemoData::build(QDateTime::currentDateTimeUtc());
    QVERIFY2(state.ruleViolation().isEmpty(), qPrintable(state.ruleViolation()));
    for (const SandboxInstance& s : state.instances()) {
        if (s.instance.product != Product::Redis)
            continue;
        for (const SandboxAccount& a : s.accounts) {
            QVERIFY2(!a.account.description.contains(QLatin1Char(' ')), qPrintable(a.account.description));
            QVERIFY2(AccountRules(Engine::Redis).checkDescription(a.account.description).isValid(),
                qPrintable(a.account.description));
        }
    }
}

void TstSandboxParts::stateBreakingARuleIsRefusedNamingTheRecord()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    SandboxState state = DemoData::build(QDateTime::currentDateTimeUtc());
    SandboxInstance* redis = state.findInstance(Product::Redis, QStringLiteral("r-bp1a2b3c4d5e6f7g8"));
    QVERIFY(redis);
    redis->accounts.first().account.description = QStringLiteral("Default account");
    QString error;
    QVERIFY2(state.save(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    file.close();
    SandboxOptions options;
    options.stateFile = path;
    {
        SandboxServer server(options);
        QCOMPARE(server.listen(), quint16(0));
        const QString why = server.errorString();
        QVERIFY2(why.contains(QLatin1String("r-bp1a2b3c4d5e6f7g8")), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("Default account")), qPrintable(why));
        QVERIFY2(why.contains(path), qPrintable(why));
        QVERIFY(!server.saveState(&error));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    // A Redis account name with an underscore breaks "lowercase letters, digits, and hyphens (-)".
    state = DemoData::build(QDateTime::currentDateTimeUtc());
    state.findInstance(Product::Redis, QStringLiteral("r-bp1h9j8k7l6m5n4b3"))->accounts.last().account.name
        = QStringLiteral("game_ro");
    QVERIFY(state.ruleViolation().contains(QLatin1String("game_ro")));
}

void TstSandboxParts::corruptStateFileIsRefusedAndUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("corrupt") << QByteArray("{\"format\": \"apsara-sandbox-state\", \"vers")
                             << QStringLiteral("corrupt");
    QTest::newRow("foreign") << QByteArray("{\"name\": \"my-project\", \"version\": \"1.0.0\"}")
                             << QStringLiteral("not an apsara-sandbox state file");
    QTest::newRow("future") << QByteArray("{\"format\": \"apsara-sandbox-state\", \"version\": 99}")
                            << QStringLiteral("version 99");
    QTest::newRow("array") << QByteArray("[1, 2, 3]") << QStringLiteral("corrupt");
}

void TstSandboxParts::corruptStateFileIsRefusedAndUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    SandboxOptions options;
    options.stateFile = path;
    {
        SandboxServer server(options);
        QCOMPARE(server.listen(), quint16(0));
        QVERIFY2(server.errorString().contains(mentions), qPrintable(server.errorString()));
        QVERIFY2(server.errorString().contains(path), qPrintable(server.errorString()));
        QString error;
        QVERIFY(!server.saveState(&error)); // the shutdown path must not overwrite it either
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TstSandboxParts::throttleAdmitsTheLimitPerSecond()
{
    ThrottleGate gate(100, 10);
    int admitted = 0;
    ThrottleGate::Decision last;
    for (int i = 0; i < 150; ++i) {
        last = gate.admit(QStringLiteral("key"), false, 1000 + i); // 150 requests within 150 ms
        admitted += last.admitted ? 1 : 0;
    }
    QCOMPARE(admitted, 100);
    QVERIFY(!last.admitted);
    QVERIFY(last.retryAfterMs > 0 && last.retryAfterMs <= 1000);
    QVERIFY(gate.admit(QStringLiteral("other-key"), false, 1150).admitted); // per AccessKey
    QVERIFY(gate.admit(QStringLiteral("key"), false, 2000).admitted); // the window slid on
}

void TstSandboxParts::throttleOperatorActionsHaveTheirOwnLimit()
{
    ThrottleGate gate(100, 10);
    int admitted = 0;
    for (int i = 0; i < 15; ++i)
        admitted += gate.admit(QStringLiteral("key"), true, 1000 + i).admitted ? 1 : 0;
    QCOMPARE(admitted, 10);
    QVERIFY(gate.admit(QStringLiteral("key"), false, 1020).admitted); // other actions still pass
    QVERIFY(ThrottleGate::isOperatorAction(QStringLiteral("GrantOperatorPermission")));
    QVERIFY(ThrottleGate::isOperatorAction(QStringLiteral("RevokeOperatorPermission")));
    QVERIFY(!ThrottleGate::isOperatorAction(QStringLiteral("CreateAccount")));
}

void TstSandboxParts::rateLimitZeroLeavesTheOperatorLimitAlone()
{
    // RDS seed: "Service account operations: 10 requests per second" holds even when --rate-limit 0 lifts the 100/s.
    ThrottleGate gate(0, 10);
    int admitted = 0;
    for (int i = 0; i < 15; ++i)
        admitted += gate.admit(QStringLiteral("account"), true, 1000 + i).admitted ? 1 : 0;
    QCOMPARE(admitted, 10);
    for (int i = 0; i < 500; ++i)
        QVERIFY(gate.admit(QStringLiteral("account"), false, 1000 + i).admitted);
    ThrottleGate off(0, 0); // asked for explicitly: both off
    for (int i = 0; i < 50; ++i)
        QVERIFY(off.admit(QStringLiteral("account"), true, 1000).admitted);
}

void TstSandboxParts::latencyAndOperatorLimitOptions()
{
    QString error;
    bool help = false;
    SandboxOptions o = SandboxOptions::parse(
        { QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--latency-ms"), QStringLiteral("50") },
        &error,
        &help);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(o.rateLimit, 0);
    QCOMPARE(o.operatorRateLimit, 10); // --rate-limit 0 leaves it alone
    QCOMPARE(o.latencyMs, 50);
    o = SandboxOptions::parse({ QStringLiteral("--operator-rate-limit"), QStringLiteral("0") }, &error, &help);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(o.operatorRateLimit, 0);
    QCOMPARE(o.rateLimit, 100);
    for (const char* bad : { "-1", "x", "60001" }) {
        SandboxOptions::parse({ QStringLiteral("--latency-ms"), QLatin1String(bad) }, &error, &help);
        QVERIFY2(error.contains(QLatin1String("--latency-ms")), bad);
    }
    SandboxOptions::parse({ QStringLiteral("--operator-rate-limit"), QStringLiteral("-2") }, &error, &help);
    QVERIFY(error.contains(QLatin1String("--operator-rate-limit")));
    // The demo key and the demo token are one Alibaba Cloud account.
    const SandboxOptions demo;
    QCOMPARE(demo.credentialAccounts.value(QLatin1String(SandboxOptions::DemoAccessKeyId)),
        demo.credentialAccounts.value(QLatin1String(SandboxOptions::DemoBearerToken)));
}

void TstSandboxParts::faultsAreReproducibleFromTheSeed()
{
    FaultInjector a(0.5, 7), b(0.5, 7), c(0.5, 8);
    QList<int> first, second, third;
    QSet<int> kinds;
    QSet<int> phases;
    int faults = 0;
    for (int i = 0; i < 400; ++i) {
        const FaultInjector::Fault fa = a.next();
        first.append(static_cast<int>(fa.kind) * 10 + static_cast<int>(fa.phase));
        const FaultInjector::Fault fb = b.next();
        second.append(static_cast<int>(fb.kind) * 10 + static_cast<int>(fb.phase));
        const FaultInjector::Fault fc = c.next();
        third.append(static_cast<int>(fc.kind) * 10 + static_cast<int>(fc.phase));
        if (!fa.isNone()) {
            ++faults;
            kinds.insert(static_cast<int>(fa.kind));
            phases.insert(static_cast<int>(fa.phase));
        }
    }
    QCOMPARE(first, second);
    QVERIFY(first != third);
    QCOMPARE(kinds.size(), 5);
    QCOMPARE(phases.size(), 2);
    QVERIFY2(faults > 150 && faults < 250, qPrintable(QString::number(faults)));
}

void TstSandboxParts::faultRateZeroInjectsNothing()
{
    FaultInjector injector(0.0, 1);
    for (int i = 0; i < 100; ++i)
        QVERIFY(injector.next().isNone());
    injector.enqueue({ FaultInjector::Kind::Http503, FaultInjector::Phase::AfterChange });
    QCOMPARE(injector.next().kind, FaultInjector::Kind::Http503);
    QVERIFY(injector.next().isNone());
}

QTEST_GUILESS_MAIN(TstSandboxParts)
#include "tst_sandboxparts.moc"
