// DescribeAccounts reports what the engine enforces (--engines auto): a grant, a lock, a privileged right or a Redis
// ACL rule changed in the engine itself, behind the sandbox's back, shows in the next DescribeAccounts.
#include "../sandbox/DemoKeySandbox.h"
#include "EngineBackends.h"
#include "RespConnection.h"
#include "SandboxOptions.h"
#include "SandboxServer.h"
#include "SqlEngineBackend.h"
#include "SqlLogin.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

namespace {

const QString kRedis = EngineBackends::redisInstance();
const QString kPostgres = EngineBackends::postgresInstance();
const QString kMysql = EngineBackends::mysqlInstance();
const QString kPassword = QStringLiteral("Eng1ne#Pass2026");

// "db:Privilege" per database, or the Redis role, as DescribeAccounts lists them.
QStringList privilegeNames(const QJsonObject& account)
{
    QStringList names;
    for (const QJsonValue p : account.value(QLatin1String("DatabasePrivileges"))
                                  .toObject()
                                  .value(QLatin1String("DatabasePrivilege"))
                                  .toArray()) {
        const QString db = p.toObject().value(QLatin1String("DBName")).toString();
        const QString privilege = p.toObject().value(QLatin1String("AccountPrivilege")).toString();
        names << (db.isEmpty() ? privilege : db + QLatin1Char(':') + privilege);
    }
    return names;
}

QString detailOn(const QJsonObject& account, const QString& database)
{
    for (const QJsonValue p : account.value(QLatin1String("DatabasePrivileges"))
                                  .toObject()
                                  .value(QLatin1String("DatabasePrivilege"))
                                  .toArray()) {
        if (p.toObject().value(QLatin1String("DBName")).toString() == database)
            return p.toObject().value(QLatin1String("AccountPrivilegeDetail")).toString();
    }
    return {};
}

} // namespace

class TstEngineReadBack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void mysqlGrantsLockAndTypeReadBack();
    void postgresPrivilegesLockAndTypeReadBack();
    void redisRoleAndStateReadBack();

private:
    void createRds(const QString& instance, const QString& name, const QString& db, const QString& privilege);
    QString redisAdmin(const QList<QByteArray>& command);

    DemoKeySandbox m_sandbox;
};

void TstEngineReadBack::initTestCase()
{
    const QString error = m_sandbox.startWithEngines(0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TstEngineReadBack::cleanupTestCase()
{
    m_sandbox.stop();
}

void TstEngineReadBack::createRds(
    const QString& instance, const QString& name, const QString& db, const QString& privilege)
{
    WireHarness::Answer answer = m_sandbox.call(Product::Rds,
        QStringLiteral("CreateAccount"),
        { { QStringLiteral("DBInstanceId"), instance },
            { QStringLiteral("AccountName"), name },
            { QStringLiteral("AccountPassword"), kPassword } });
    QVERIFY2(answer.status == 200, answer.raw.constData());
    if (db.isEmpty())
        return;
    answer = m_sandbox.call(Product::Rds,
        QStringLiteral("GrantAccountPrivilege"),
        { { QStringLiteral("DBInstanceId"), instance },
            { QStringLiteral("AccountName"), name },
            { QStringLiteral("DBName"), db },
            { QStringLiteral("AccountPrivilege"), privilege } });
    QVERIFY2(answer.status == 200, answer.raw.constData());
}

QString TstEngineReadBack::redisAdmin(const QList<QByteArray>& command)
{
    const LocalEngines* local = m_sandbox.server().engines().localEngines();
    RespConnection connection;
    QString error;
    if (!connection.open(QStringLiteral("127.0.0.1"), m_sandbox.enginePort(kRedis), 10000, &error))
        return error;
    const RespConnection::Reply auth
        = connection.command({ "AUTH", local->redisAdminUser(), local->redisAdminPassword() });
    const RespConnection::Reply reply = auth.ok ? connection.command(command) : auth;
    return reply.ok ? QString() : QString::fromUtf8(reply.text);
}

void TstEngineReadBack::mysqlGrantsLockAndTypeReadBack()
{
    const QString name = QStringLiteral("rb_mysql");
    createRds(kMysql, name, QStringLiteral("app_db"), QStringLiteral("ReadWrite"));
    QJsonObject account = m_sandbox.describeAccount(Product::Rds, kMysql, name);
    QCOMPARE(privilegeNames(account), QStringList { QStringLiteral("app_db:ReadWrite") });
    QCOMPARE(
        detailOn(account, QStringLiteral("app_db")), SqlEngineBackend::mysqlPrivilegeList(QStringLiteral("ReadWrite")));

    // The privileged demo account changes rb_mysql's grants in MariaDB itself.
    QVERIFY(m_sandbox.resetRdsPassword(kMysql, QStringLiteral("dba_super"), kPassword));
    SqlLogin admin(
        QStringLiteral("QMYSQL"), m_sandbox.enginePort(kMysql), QStringLiteral("dba_super"), kPassword, QString());
    QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
    QCOMPARE(admin.run(QStringLiteral("REVOKE INSERT ON app_db.* FROM 'rb_mysql'@'%'")), QString());
    account = m_sandbox.describeAccount(Product::Rds, kMysql, name);
    QCOMPARE(privilegeNames(account), QStringList { QStringLiteral("app_db:Custom") });
    const QString detail = detailOn(account, QStringLiteral("app_db"));
    QVERIFY2(detail.startsWith(QLatin1String("SELECT,UPDATE,DELETE,")), qPrintable(detail));

    // Exactly ReadOnly's list on another database reads back as ReadOnly there.
    QCOMPARE(admin.run(QStringLiteral("GRANT SELECT, LOCK TABLES, SHOW VIEW, EXECUTE ON orders.* TO 'rb_mysql'@'%'")),
        QString());
    QCOMPARE(admin.run(QStringLiteral("REVOKE ALL PRIVILEGES ON app_db.* FROM 'rb_mysql'@'%'")), QString());
    account = m_sandbox.describeAccount(Product::Rds, kMysql, name);
    QCOMPARE(privilegeNames(account), QStringList { QStringLiteral("orders:ReadOnly") });

    // A lock in the engine: the account may not log in, so it is Unavailable; unlocked, Available again.
    QCOMPARE(account.value(QLatin1String("AccountStatus")).toString(), QStringLiteral("Available"));
    QCOMPARE(admin.run(QStringLiteral("ALTER USER 'rb_mysql'@'%' ACCOUNT LOCK")), QString());
    QCOMPARE(m_sandbox.describeAccount(Product::Rds, kMysql, name).value(QLatin1String("AccountStatus")).toString(),
        QStringLiteral("Unavailable"));
    QCOMPARE(admin.run(QStringLiteral("ALTER USER 'rb_mysql'@'%' ACCOUNT UNLOCK")), QString());
    QCOMPARE(m_sandbox.describeAccount(Product::Rds, kMysql, name).value(QLatin1String("AccountStatus")).toString(),
        QStringLiteral("Available"));

    // Given the right to create users and grant, it is a privileged account.
    QCOMPARE(account.value(QLatin1String("AccountType")).toString(), QStringLiteral("Normal"));
    QCOMPARE(admin.run(QStringLiteral("GRANT ALL PRIVILEGES ON *.* TO 'rb_mysql'@'%' WITH GRANT OPTION")), QString());
    QCOMPARE(m_sandbox.describeAccount(Product::Rds, kMysql, name).value(QLatin1String("AccountType")).toString(),
        QStringLiteral("Super"));
    // The demo accounts nobody touched read back as the sandbox made them.
    QCOMPARE(privilegeNames(m_sandbox.describeAccount(Product::Rds, kMysql, QStringLiteral("report_ro"))),
        (QStringList { QStringLiteral("orders:ReadOnly"), QStringLiteral("analytics:ReadOnly") }));
}

void TstEngineReadBack::postgresPrivilegesLockAndTypeReadBack()
{
    const QString name = QStringLiteral("rb_pg");
    createRds(kPostgres, name, QString(), QString());
    QJsonObject account = m_sandbox.describeAccount(Product::Rds, kPostgres, name);
    QCOMPARE(privilegeNames(account), QStringList());
    const LocalEngines* local = m_sandbox.server().engines().localEngines();
    SqlLogin admin(QStringLiteral("QPSQL"),
        local->postgresPort(),
        local->postgresAdmin(),
        QString(),
        QStringLiteral("postgres"),
        local->postgresSocketFolder());
    QVERIFY2(admin.isOpen(), qPrintable(admin.error()));

    QCOMPARE(admin.run(QStringLiteral("GRANT CONNECT ON DATABASE staging TO rb_pg")), QString());
    QCOMPARE(admin.run(QStringLiteral("ALTER DATABASE warehouse OWNER TO rb_pg")), QString());
    account = m_sandbox.describeAccount(Product::Rds, kPostgres, name);
    QCOMPARE(privilegeNames(account),
        (QStringList { QStringLiteral("warehouse:DBOwner"), QStringLiteral("staging:ReadOnly") }));
    QCOMPARE(detailOn(account, QStringLiteral("staging")), QStringLiteral("CONNECT"));

    QCOMPARE(account.value(QLatin1String("AccountType")).toString(), QStringLiteral("Normal"));
    QCOMPARE(admin.run(QStringLiteral("ALTER ROLE rb_pg NOLOGIN CREATEDB CREATEROLE")), QString());
    account = m_sandbox.describeAccount(Product::Rds, kPostgres, name);
    QCOMPARE(account.value(QLatin1String("AccountStatus")).toString(), QStringLiteral("Locked"));
    QCOMPARE(account.value(QLatin1String("AccountType")).toString(), QStringLiteral("Super"));
    QCOMPARE(admin.run(QStringLiteral("ALTER ROLE rb_pg LOGIN")), QString());
    QCOMPARE(m_sandbox.describeAccount(Product::Rds, kPostgres, name).value(QLatin1String("AccountStatus")).toString(),
        QStringLiteral("Available"));
}

void TstEngineReadBack::redisRoleAndStateReadBack()
{
    const QString name = QStringLiteral("search-indexer"); // RoleReadOnly in the demo
    const QByteArray user = name.toUtf8();
    QJsonObject account = m_sandbox.describeAccount(Product::Redis, kRedis, name);
    QCOMPARE(privilegeNames(account), QStringList { QStringLiteral("RoleReadOnly") });

    QCOMPARE(redisAdmin({ "ACL", "SETUSER", user, "+@write" }), QString());
    QCOMPARE(privilegeNames(m_sandbox.describeAccount(Product::Redis, kRedis, name)),
        QStringList { QStringLiteral("RoleReadWrite") });
    QCOMPARE(redisAdmin({ "ACL", "SETUSER", user, "+psync", "+sync" }), QString());
    QCOMPARE(privilegeNames(m_sandbox.describeAccount(Product::Redis, kRedis, name)),
        QStringList { QStringLiteral("RoleRepl") });

    QCOMPARE(account.value(QLatin1String("AccountStatus")).toString(), QStringLiteral("Available"));
    QCOMPARE(redisAdmin({ "ACL", "SETUSER", user, "off" }), QString());
    QCOMPARE(m_sandbox.describeAccount(Product::Redis, kRedis, name).value(QLatin1String("AccountStatus")).toString(),
        QStringLiteral("Unavailable"));
    QCOMPARE(redisAdmin({ "ACL", "SETUSER", user, "on" }), QString());
    QCOMPARE(m_sandbox.describeAccount(Product::Redis, kRedis, name).value(QLatin1String("AccountStatus")).toString(),
        QStringLiteral("Available"));
    // The role follows the engine back, too.
    QCOMPARE(redisAdmin({ "ACL", "SETUSER", user, "-@all", "+@read" }), QString());
    QCOMPARE(privilegeNames(m_sandbox.describeAccount(Product::Redis, kRedis, name)),
        QStringList { QStringLiteral("RoleReadOnly") });
}

QTEST_GUILESS_MAIN(TstEngineReadBack)
#include "tst_enginereadback.moc"
