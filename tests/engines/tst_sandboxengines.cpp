// The sandbox with real engines (--engines auto): every account action takes effect in Redis, PostgreSQL and
// MariaDB, and the engines themselves accept or refuse the accounts' logins. Engines start once per executable.
#include "../sandbox/DemoKeySandbox.h"
#include "EngineBackends.h"
#include "RespConnection.h"
#include "SandboxOptions.h"
#include "SandboxServer.h"
#include "SqlLogin.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

namespace {

const QString kRedis = EngineBackends::redisInstance();
const QString kPostgres = EngineBackends::postgresInstance();
const QString kMysql = EngineBackends::mysqlInstance();
const QString kPassword = QStringLiteral("Eng1ne#Pass2026");
const QString kNewPassword = QStringLiteral("Reset#Pass2026x");

} // namespace

class TstSandboxEngines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void attributesReportTheEngineAddress();
    void redisReadOnlyReadsAndIsRefusedAWrite();
    void redisResetRetiresTheOldPassword();
    void redisDeleteRefusesTheLogin();
    void postgresLockRefusesLoginAndUnlockAcceptsIt();
    void mysqlReadOnlySelectsOnItsDatabaseOnly();
    void mysqlDeleteRefusesTheLogin();
    void engineRefusalIsAnApiErrorAndChangesNothing();
    void describeReadsTheEnginesTruthBack();

private:
    QString accountStatus(Product product, const QString& instance, const QString& name)
    {
        return m_sandbox.describeAccount(product, instance, name).value(QLatin1String("AccountStatus")).toString();
    }
    RespConnection::Reply redis(const QString& user, const QString& password, const QList<QByteArray>& command);

    DemoKeySandbox m_sandbox; // stops the engines when the test object goes
};

void TstSandboxEngines::initTestCase()
{
    const QString error = m_sandbox.startWithEngines(1500);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

RespConnection::Reply TstSandboxEngines::redis(
    const QString& user, const QString& password, const QList<QByteArray>& command)
{
    RespConnection connection;
    QString error;
    if (!connection.open(QStringLiteral("127.0.0.1"), m_sandbox.enginePort(kRedis), 10000, &error))
        return { false, error.toUtf8(), {} };
    const RespConnection::Reply auth = connection.command({ "AUTH", user.toUtf8(), password.toUtf8() });
    if (!auth.ok || command.isEmpty())
        return auth;
    return connection.command(command);
}

void TstSandboxEngines::attributesReportTheEngineAddress()
{
    WireHarness::Answer answer = m_sandbox.call(
        Product::Redis, QStringLiteral("DescribeInstanceAttribute"), { { QStringLiteral("InstanceId"), kRedis } });
    QJsonObject item = answer.body.value(QLatin1String("Instances"))
                           .toObject()
                           .value(QLatin1String("DBInstanceAttribute"))
                           .toArray()
                           .first()
                           .toObject();
    QCOMPARE(item.value(QLatin1String("ConnectionDomain")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(item.value(QLatin1String("Port")).toInt(), m_sandbox.enginePort(kRedis));
    answer = m_sandbox.call(
        Product::Rds, QStringLiteral("DescribeDBInstanceAttribute"), { { QStringLiteral("DBInstanceId"), kPostgres } });
    item = answer.body.value(QLatin1String("Items"))
               .toObject()
               .value(QLatin1String("DBInstanceAttribute"))
               .toArray()
               .first()
               .toObject();
    QCOMPARE(item.value(QLatin1String("ConnectionString")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(item.value(QLatin1String("Port")).toString(), QString::number(m_sandbox.enginePort(kPostgres)));
    // An instance without an engine keeps its cloud address.
    answer = m_sandbox.call(Product::Redis,
        QStringLiteral("DescribeInstanceAttribute"),
        { { QStringLiteral("InstanceId"), QStringLiteral("r-bp1h9j8k7l6m5n4b3") } });
    QVERIFY(answer.raw.contains("redis.rds.aliyuncs.com"));
}

void TstSandboxEngines::redisReadOnlyReadsAndIsRefusedAWrite()
{
    const WireHarness::Answer created = m_sandbox.call(Product::Redis,
        QStringLiteral("CreateAccount"),
        { { QStringLiteral("InstanceId"), kRedis },
            { QStringLiteral("AccountName"), QStringLiteral("probe-ro") },
            { QStringLiteral("AccountPassword"), kPassword },
            { QStringLiteral("AccountPrivilege"), QStringLiteral("RoleReadOnly") } });
    QVERIFY2(created.status == 200, created.raw.constData());
    // Off while Creating: the right password is refused until the account is Available.
    QCOMPARE(accountStatus(Product::Redis, kRedis, QStringLiteral("probe-ro")), QStringLiteral("Creating"));
    QVERIFY(!redis(QStringLiteral("probe-ro"), kPassword, {}).ok);
    QTRY_COMPARE_WITH_TIMEOUT(
        accountStatus(Product::Redis, kRedis, QStringLiteral("probe-ro")), QStringLiteral("Available"), 20000);
    QVERIFY(redis(QStringLiteral("probe-ro"), kPassword, {}).ok);
    QVERIFY(redis(QStringLiteral("probe-ro"), kPassword, { "GET", "apsara:probe" }).ok);
    const RespConnection::Reply write = redis(QStringLiteral("probe-ro"), kPassword, { "SET", "apsara:probe", "1" });
    QVERIFY(!write.ok);
    QVERIFY2(write.text.startsWith("NOPERM"), write.text.constData());
    QVERIFY(!redis(QStringLiteral("probe-ro"), QStringLiteral("Wrong#Pass2026"), {}).ok);
}

void TstSandboxEngines::redisResetRetiresTheOldPassword()
{
    const QString name = QStringLiteral("search-indexer"); // a demo account: its engine password is random
    QVERIFY(!redis(name, kPassword, {}).ok);
    WireHarness::Answer reset = m_sandbox.call(Product::Redis,
        QStringLiteral("ResetAccountPassword"),
        { { QStringLiteral("InstanceId"), kRedis },
            { QStringLiteral("AccountName"), name },
            { QStringLiteral("AccountPassword"), kPassword } });
    QVERIFY2(reset.status == 200, reset.raw.constData());
    QVERIFY(redis(name, kPassword, {}).ok);
    reset = m_sandbox.call(Product::Redis,
        QStringLiteral("ResetAccountPassword"),
        { { QStringLiteral("InstanceId"), kRedis },
            { QStringLiteral("AccountName"), name },
            { QStringLiteral("AccountPassword"), kNewPassword } });
    QVERIFY2(reset.status == 200, reset.raw.constData());
    QVERIFY(!redis(name, kPassword, {}).ok);
    QVERIFY(redis(name, kNewPassword, {}).ok);
    // The instance's default account is Redis's default user.
    reset = m_sandbox.call(Product::Redis,
        QStringLiteral("ResetAccountPassword"),
        { { QStringLiteral("InstanceId"), kRedis },
            { QStringLiteral("AccountName"), kRedis },
            { QStringLiteral("AccountPassword"), kNewPassword } });
    QVERIFY2(reset.status == 200, reset.raw.constData());
    QVERIFY(redis(QStringLiteral("default"), kNewPassword, { "SET", "apsara:probe", "rw" }).ok);
}

void TstSandboxEngines::redisDeleteRefusesTheLogin()
{
    const QString name = QStringLiteral("geo-lookup");
    QVERIFY(m_sandbox
                .call(Product::Redis,
                    QStringLiteral("ResetAccountPassword"),
                    { { QStringLiteral("InstanceId"), kRedis },
                        { QStringLiteral("AccountName"), name },
                        { QStringLiteral("AccountPassword"), kPassword } })
                .status
        == 200);
    QVERIFY(redis(name, kPassword, {}).ok);
    const WireHarness::Answer deleted = m_sandbox.call(Product::Redis,
        QStringLiteral("DeleteAccount"),
        { { QStringLiteral("InstanceId"), kRedis }, { QStringLiteral("AccountName"), name } });
    QVERIFY2(deleted.status == 200, deleted.raw.constData());
    QVERIFY(!redis(name, kPassword, {}).ok);
}

void TstSandboxEngines::postgresLockRefusesLoginAndUnlockAcceptsIt()
{
    const QString name = QStringLiteral("lock_probe");
    WireHarness::Answer answer = m_sandbox.call(Product::Rds,
        QStringLiteral("CreateAccount"),
        { { QStringLiteral("DBInstanceId"), kPostgres },
            { QStringLiteral("AccountName"), name },
            { QStringLiteral("AccountPassword"), kPassword } });
    QVERIFY2(answer.status == 200, answer.raw.constData());
    answer = m_sandbox.call(Product::Rds,
        QStringLiteral("GrantAccountPrivilege"),
        { { QStringLiteral("DBInstanceId"), kPostgres },
            { QStringLiteral("AccountName"), name },
            { QStringLiteral("DBName"), QStringLiteral("warehouse") },
            { QStringLiteral("AccountPrivilege"), QStringLiteral("DBOwner") } });
    QVERIFY2(answer.status == 200, answer.raw.constData());
    const auto login = [&] {
        return SqlLogin(
            QStringLiteral("QPSQL"), m_sandbox.enginePort(kPostgres), name, kPassword, QStringLiteral("warehouse"))
            .isOpen();
    };
    QVERIFY(login());
    QVERIFY(
        !SqlLogin(QStringLiteral("QPSQL"), m_sandbox.enginePort(kPostgres), name, kPassword, QStringLiteral("staging"))
             .isOpen());
    answer = m_sandbox.call(Product::Rds,
        QStringLiteral("LockAccount"),
        { { QStringLiteral("DBInstanceId"), kPostgres }, { QStringLiteral("AccountName"), name } });
    QVERIFY2(answer.status == 200, answer.raw.constData());
    QVERIFY(!login());
    answer = m_sandbox.call(Product::Rds,
        QStringLiteral("UnlockAccount"),
        { { QStringLiteral("DBInstanceId"), kPostgres }, { QStringLiteral("AccountName"), name } });
    QVERIFY2(answer.status == 200, answer.raw.constData());
    QVERIFY(login());
}

void TstSandboxEngines::mysqlReadOnlySelectsOnItsDatabaseOnly()
{
    {
        // A table to read, made by the privileged demo account after a reset gives it a known password.
        QVERIFY(m_sandbox.resetRdsPassword(kMysql, QStringLiteral("dba_super"), kPassword));
        SqlLogin admin(
            QStringLiteral("QMYSQL"), m_sandbox.enginePort(kMysql), QStringLiteral("dba_super"), kPassword, QString());
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
        QCOMPARE(admin.run(QStringLiteral("CREATE TABLE IF NOT EXISTS app_db.items (id INT)")), QString());
        QCOMPARE(admin.run(QStringLiteral("INSERT INTO app_db.items VALUES (1)")), QString());
    }
    const QString name = QStringLiteral("ro_probe");
    WireHarness::Answer answer = m_sandbox.call(Product::Rds,
        QStringLiteral("CreateAccount"),
        { { QStringLiteral("DBInstanceId"), kMysql },
            { QStringLiteral("AccountName"), name },
            { QStringLiteral("AccountPassword"), kPassword } });
    QVERIFY2(answer.status == 200, answer.raw.constData());
    answer = m_sandbox.call(Product::Rds,
        QStringLiteral("GrantAccountPrivilege"),
        { { QStringLiteral("DBInstanceId"), kMysql },
            { QStringLiteral("AccountName"), name },
            { QStringLiteral("DBName"), QStringLiteral("app_db") },
            { QStringLiteral("AccountPrivilege"), QStringLiteral("ReadOnly") } });
    QVERIFY2(answer.status == 200, answer.raw.constData());
    SqlLogin login(QStringLiteral("QMYSQL"), m_sandbox.enginePort(kMysql), name, kPassword, QStringLiteral("app_db"));
    QVERIFY2(login.isOpen(), qPrintable(login.error()));
    QStringList rows;
    QCOMPARE(login.run(QStringLiteral("SELECT id FROM items"), &rows), QString());
    QCOMPARE(rows, QStringList { QStringLiteral("1") });
    QVERIFY(login.run(QStringLiteral("INSERT INTO items VALUES (2)")).contains(QLatin1String("denied")));
    rows.clear();
    QCOMPARE(login.run(QStringLiteral("SHOW DATABASES"), &rows), QString());
    QVERIFY(rows.contains(QStringLiteral("app_db")));
    QVERIFY(!rows.contains(QStringLiteral("orders")));
}

void TstSandboxEngines::mysqlDeleteRefusesTheLogin()
{
    const QString name = QStringLiteral("gone_probe");
    QVERIFY(m_sandbox
                .call(Product::Rds,
                    QStringLiteral("CreateAccount"),
                    { { QStringLiteral("DBInstanceId"), kMysql },
                        { QStringLiteral("AccountName"), name },
                        { QStringLiteral("AccountPassword"), kPassword } })
                .status
        == 200);
    QVERIFY(SqlLogin(QStringLiteral("QMYSQL"), m_sandbox.enginePort(kMysql), name, kPassword, QString()).isOpen());
    const WireHarness::Answer deleted = m_sandbox.call(Product::Rds,
        QStringLiteral("DeleteAccount"),
        { { QStringLiteral("DBInstanceId"), kMysql }, { QStringLiteral("AccountName"), name } });
    QVERIFY2(deleted.status == 200, deleted.raw.constData());
    QVERIFY(!SqlLogin(QStringLiteral("QMYSQL"), m_sandbox.enginePort(kMysql), name, kPassword, QString()).isOpen());
}

void TstSandboxEngines::engineRefusalIsAnApiErrorAndChangesNothing()
{
    {
        // A user the engine already has, behind the sandbox's back.
        SqlLogin admin(
            QStringLiteral("QMYSQL"), m_sandbox.enginePort(kMysql), QStringLiteral("dba_super"), kPassword, QString());
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
        QCOMPARE(admin.run(QStringLiteral("CREATE USER 'ghost_user'@'%' IDENTIFIED BY 'x'")), QString());
    }
    const WireHarness::Answer answer = m_sandbox.call(Product::Rds,
        QStringLiteral("CreateAccount"),
        { { QStringLiteral("DBInstanceId"), kMysql },
            { QStringLiteral("AccountName"), QStringLiteral("ghost_user") },
            { QStringLiteral("AccountPassword"), kPassword } });
    QCOMPARE(answer.status, 500);
    QCOMPARE(answer.code(), QStringLiteral("InternalError.Engine"));
    QVERIFY2(answer.raw.contains("ghost_user"), answer.raw.constData());
    QCOMPARE(accountStatus(Product::Rds, kMysql, QStringLiteral("ghost_user")), QString());
}

void TstSandboxEngines::describeReadsTheEnginesTruthBack()
{
    QCOMPARE(accountStatus(Product::Rds, kMysql, QStringLiteral("etl_loader")), QStringLiteral("Available"));
    {
        // Dropped in the engine behind the sandbox's back (dba_super's password was set above).
        SqlLogin admin(
            QStringLiteral("QMYSQL"), m_sandbox.enginePort(kMysql), QStringLiteral("dba_super"), kPassword, QString());
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
        QCOMPARE(admin.run(QStringLiteral("DROP USER 'etl_loader'@'%'")), QString());
    }
    QCOMPARE(accountStatus(Product::Rds, kMysql, QStringLiteral("etl_loader")), QStringLiteral("Unavailable"));
    // PostgreSQL: the role unlocked above reads back from pg_roles as one that may log in.
    QCOMPARE(accountStatus(Product::Rds, kPostgres, QStringLiteral("lock_probe")), QStringLiteral("Available"));
}

QTEST_GUILESS_MAIN(TstSandboxEngines)
#include "tst_sandboxengines.moc"
