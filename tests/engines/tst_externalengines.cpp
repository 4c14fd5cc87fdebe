// --engines redis=HOST:PORT,postgres=HOST:PORT,mysql=HOST:PORT: engines the user already runs. The test starts
// them itself on free ports (LocalEngines, as `--engines auto` would), gives each an admin that logs in over TCP
// with a password from the environment, and hands only the addresses to the sandbox: accounts made through the
// API appear in those engines, and log in there.
#include "../sandbox/WireHarness.h"
#include "EngineBackends.h"
#include "LocalEngines.h"
#include "RespConnection.h"
#include "SandboxOptions.h"
#include "SandboxServer.h"
#include "SqlLogin.h"

#include <QTest>

#include <memory>

namespace {

const QString kLoopback = QStringLiteral("127.0.0.1");
const QString kPassword = QStringLiteral("Eng1ne#Pass2026");
const QString kAdminPassword = QStringLiteral("Adm1n#Pass2026");

Credentials demoKey()
{
    return Credentials::accessKey(QLatin1String(SandboxOptions::DemoAccessKeyId),
        QLatin1String(SandboxOptions::DemoAccessKeySecret),
        Credentials::SigningMethod::Acs3HmacSha256);
}

} // namespace

class TstExternalEngines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void onlyTheGivenAddressesAreUsed();
    void redisAccountAppearsInTheGivenEngine();
    void postgresAccountAppearsInTheGivenEngine();
    void mysqlAccountAppearsInTheGivenEngine();

private:
    WireHarness::Answer call(Product product, const QString& action, const ParameterList& parameters);
    void createRds(const QString& instance, const QString& name);

    std::unique_ptr<LocalEngines> m_engines; // "the user's" engines
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<WireHarness> m_wire;
};

void TstExternalEngines::initTestCase()
{
    m_engines = std::make_unique<LocalEngines>();
    QString error;
    QVERIFY2(m_engines->start(&error), qPrintable(error));
    {
        // Admins that log in over TCP with a password, as on a server the user runs.
        SqlLogin pg(QStringLiteral("QPSQL"),
            m_engines->postgresPort(),
            m_engines->postgresAdmin(),
            QString(),
            QStringLiteral("postgres"),
            m_engines->postgresSocketFolder());
        QVERIFY2(pg.isOpen(), qPrintable(pg.error()));
        QCOMPARE(pg.run(QStringLiteral("CREATE ROLE ext_admin LOGIN SUPERUSER PASSWORD '%1'").arg(kAdminPassword)),
            QString());
        SqlLogin my(QStringLiteral("QMYSQL"),
            0,
            m_engines->mysqlAdmin(),
            QString(),
            QString(),
            QStringLiteral("localhost"),
            QStringLiteral("UNIX_SOCKET=") + m_engines->mysqlSocket());
        QVERIFY2(my.isOpen(), qPrintable(my.error()));
        QCOMPARE(
            my.run(QStringLiteral("CREATE USER 'ext_admin'@'%' IDENTIFIED BY '%1'").arg(kAdminPassword)), QString());
        QCOMPARE(my.run(QStringLiteral("GRANT ALL PRIVILEGES ON *.* TO 'ext_admin'@'%' WITH GRANT OPTION")), QString());
    }
    // The sandbox reads the admin credentials from the environment (never argv).
    qputenv("APSARA_REDIS_ADMIN_USER", m_engines->redisAdminUser());
    qputenv("APSARA_REDIS_ADMIN_PASSWORD", m_engines->redisAdminPassword());
    qputenv("APSARA_POSTGRES_ADMIN_USER", "ext_admin");
    qputenv("PGPASSWORD", kAdminPassword.toUtf8());
    qputenv("APSARA_MYSQL_ADMIN_USER", "ext_admin");
    qputenv("APSARA_MYSQL_ADMIN_PASSWORD", kAdminPassword.toUtf8());

    SandboxOptions options;
    options.engines = QStringLiteral("redis=%1:%2,postgres=%1:%3,mysql=%1:%4")
                          .arg(kLoopback)
                          .arg(m_engines->redisPort())
                          .arg(m_engines->postgresPort())
                          .arg(m_engines->mysqlPort());
    options.creatingDelayMs = 0;
    options.rateLimit = 0;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY2(m_server->listen() != 0, qPrintable(m_server->errorString()));
    m_wire = std::make_unique<WireHarness>(m_server->endpoint());
}

void TstExternalEngines::cleanupTestCase()
{
    m_wire.reset();
    m_server.reset();
    m_engines.reset();
    for (const char* name : { "APSARA_REDIS_ADMIN_PASSWORD", "PGPASSWORD", "APSARA_MYSQL_ADMIN_PASSWORD" })
        qunsetenv(name);
}

WireHarness::Answer TstExternalEngines::call(Product product, const QString& action, const ParameterList& parameters)
{
    return m_wire->send(m_wire->sign(WireHarness::request(product, action, parameters), demoKey()), 30000);
}

void TstExternalEngines::createRds(const QString& instance, const QString& name)
{
    const WireHarness::Answer answer = call(Product::Rds,
        QStringLiteral("CreateAccount"),
        { { QStringLiteral("DBInstanceId"), instance },
            { QStringLiteral("AccountName"), name },
            { QStringLiteral("AccountPassword"), kPassword } });
    QVERIFY2(answer.status == 200, answer.raw.constData());
}

void TstExternalEngines::onlyTheGivenAddressesAreUsed()
{
    const EngineBackends& engines = m_server->engines();
    QVERIFY(!engines.localEngines()); // nothing started by the sandbox itself
    QCOMPARE(engines.forInstance(EngineBackends::redisInstance())->port(), m_engines->redisPort());
    QCOMPARE(engines.forInstance(EngineBackends::postgresInstance())->port(), m_engines->postgresPort());
    QCOMPARE(engines.forInstance(EngineBackends::mysqlInstance())->port(), m_engines->mysqlPort());
    QCOMPARE(engines.forInstance(QStringLiteral("r-bp1h9j8k7l6m5n4b3")), nullptr); // stays emulated
    const QString summary = engines.summary().join(QLatin1Char('\n'));
    QVERIFY2(summary.contains(QStringLiteral("%1:%2").arg(kLoopback).arg(m_engines->redisPort())), qPrintable(summary));
}

void TstExternalEngines::redisAccountAppearsInTheGivenEngine()
{
    const WireHarness::Answer answer = call(Product::Redis,
        QStringLiteral("CreateAccount"),
        { { QStringLiteral("InstanceId"), EngineBackends::redisInstance() },
            { QStringLiteral("AccountName"), QStringLiteral("ext-reader") },
            { QStringLiteral("AccountPassword"), kPassword },
            { QStringLiteral("AccountPrivilege"), QStringLiteral("RoleReadOnly") } });
    QVERIFY2(answer.status == 200, answer.raw.constData());
    RespConnection admin;
    QString error;
    QVERIFY2(admin.open(kLoopback, m_engines->redisPort(), 10000, &error), qPrintable(error));
    QVERIFY(admin.command({ "AUTH", m_engines->redisAdminUser(), m_engines->redisAdminPassword() }).ok);
    QTRY_VERIFY_WITH_TIMEOUT(admin.command({ "ACL", "LIST" }).items.join('\n').contains("user ext-reader on"), 20000);
    RespConnection login;
    QVERIFY2(login.open(kLoopback, m_engines->redisPort(), 10000, &error), qPrintable(error));
    QVERIFY(login.command({ "AUTH", "ext-reader", kPassword.toUtf8() }).ok);
    QVERIFY(!login.command({ "SET", "apsara:ext", "1" }).ok);
}

void TstExternalEngines::postgresAccountAppearsInTheGivenEngine()
{
    createRds(EngineBackends::postgresInstance(), QStringLiteral("ext_pg"));
    SqlLogin admin(QStringLiteral("QPSQL"),
        m_engines->postgresPort(),
        QStringLiteral("ext_admin"),
        kAdminPassword,
        QStringLiteral("postgres"));
    QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
    QStringList roles;
    QCOMPARE(admin.run(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolcanlogin"), &roles), QString());
    QVERIFY(roles.contains(QStringLiteral("ext_pg")));
    // The sandbox made the instance's databases there; a login without a grant on one is refused.
    QVERIFY(!SqlLogin(QStringLiteral("QPSQL"),
        m_engines->postgresPort(),
        QStringLiteral("ext_pg"),
        kPassword,
        QStringLiteral("staging"))
                 .isOpen());
}

void TstExternalEngines::mysqlAccountAppearsInTheGivenEngine()
{
    createRds(EngineBackends::mysqlInstance(), QStringLiteral("ext_my"));
    SqlLogin login(QStringLiteral("QMYSQL"), m_engines->mysqlPort(), QStringLiteral("ext_my"), kPassword, QString());
    QVERIFY2(login.isOpen(), qPrintable(login.error()));
    QStringList who;
    QCOMPARE(login.run(QStringLiteral("SELECT CURRENT_USER()"), &who), QString());
    QCOMPARE(who, QStringList { QStringLiteral("ext_my@%") });
}

QTEST_GUILESS_MAIN(TstExternalEngines)
#include "tst_externalengines.moc"
