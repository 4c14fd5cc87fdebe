#include "CatalogueStub.h"
#include "InstancePolicy.h"

#include <QTest>

namespace {
Instance redis(const QString& version = QStringLiteral("5.0"), Architecture arch = Architecture::Standard)
{
    Instance i;
    i.id = QStringLiteral("r-bp1abc");
    i.product = Product::Redis;
    i.engine = Engine::Redis;
    i.engineVersion = version;
    i.architecture = arch;
    i.status = QStringLiteral("Running");
    return i;
}

Instance rds(Engine engine)
{
    Instance i;
    i.id = QStringLiteral("rm-bp1xyz");
    i.product = Product::Rds;
    i.engine = engine;
    i.engineVersion = QStringLiteral("8.0");
    i.status = QStringLiteral("Running");
    return i;
}

Account account(const QString& name,
    const QString& status = QStringLiteral("Available"),
    const QString& type = QStringLiteral("Normal"))
{
    Account a;
    a.name = name;
    a.status = status;
    a.type = type;
    return a;
}
} // namespace

class TstInstancePolicy : public QObject
{
    Q_OBJECT

private slots:
    void versions_data();
    void versions();
    void redisVersionGate();
    void instanceMustBeRunning();
    void redisQuota();
    void defaultAccount();
    void copyOnlyOnStandard();
    void lockOnlyPostgres();
    void resetPrivileged();
    void operatorPermission();
    void creatingAccount();
    void deleteBlockedByPrivileges();
    void refusalsAreTranslated();
};

void TstInstancePolicy::versions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("result");
    QTest::newRow("2.8<4.0") << QStringLiteral("2.8") << QStringLiteral("4.0") << -1;
    QTest::newRow("4.0=4.0") << QStringLiteral("4.0") << QStringLiteral("4.0") << 0;
    QTest::newRow("4=4.0") << QStringLiteral("4") << QStringLiteral("4.0") << 0;
    QTest::newRow("10>4.0") << QStringLiteral("10") << QStringLiteral("4.0") << 1;
    QTest::newRow("5.0>4.0") << QStringLiteral("5.0") << QStringLiteral("4.0") << 1;
    QTest::newRow("4.0.1>4.0") << QStringLiteral("4.0.1") << QStringLiteral("4.0") << 1;
    QTest::newRow("text") << QStringLiteral("2019_ent") << QStringLiteral("2019_std") << -1;
}

void TstInstancePolicy::versions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, result);
    QCOMPARE(InstancePolicy::compareVersions(a, b), result);
    QCOMPARE(InstancePolicy::compareVersions(b, a), -result);
}

void TstInstancePolicy::redisVersionGate()
{
    const FieldCheck old = InstancePolicy::canManageAccounts(redis(QStringLiteral("2.8")));
    QVERIFY(!old.isValid());
    QCOMPARE(old.message,
        QStringLiteral("Account management needs Redis 4.0 or later; this instance runs Redis 2.8. Upgrade the "
                       "major version first."));
    QVERIFY(InstancePolicy::canManageAccounts(redis(QStringLiteral("4.0"))).isValid());
    QVERIFY(InstancePolicy::canManageAccounts(redis(QStringLiteral("7.0"))).isValid());
    QVERIFY(!InstancePolicy::canCreateAccount(redis(QStringLiteral("2.8")), 0).isValid());
}

void TstInstancePolicy::instanceMustBeRunning()
{
    Instance i = rds(Engine::MySQL);
    i.status = QStringLiteral("Restarting");
    const FieldCheck check = InstancePolicy::canCreateAccount(i, 0);
    QCOMPARE(
        check.message, QStringLiteral("The instance is Restarting; accounts can be changed only while it is Running."));
    QVERIFY(!InstancePolicy::canDeleteAccount(i, account(QStringLiteral("app"))).isValid());
    QVERIFY(InstancePolicy::canDeleteAccount(rds(Engine::MySQL), account(QStringLiteral("app"))).isValid());
}

void TstInstancePolicy::redisQuota()
{
    QVERIFY(InstancePolicy::canCreateAccount(redis(), 19).isValid());
    const FieldCheck full = InstancePolicy::canCreateAccount(redis(), 20);
    QCOMPARE(full.message,
        QStringLiteral("This instance already has 20 accounts, the most Redis allows. Delete an unused account "
                       "first."));
    QVERIFY(InstancePolicy::canCreateAccount(rds(Engine::MySQL), 500).isValid());
}

void TstInstancePolicy::defaultAccount()
{
    const Instance i = redis();
    QVERIFY(InstancePolicy::isRedisDefaultAccount(i, i.id));
    QVERIFY(!InstancePolicy::isRedisDefaultAccount(i, QStringLiteral("app")));
    QVERIFY(!InstancePolicy::isRedisDefaultAccount(rds(Engine::MySQL), QStringLiteral("rm-bp1xyz")));
    QCOMPARE(InstancePolicy::canDeleteAccount(i, account(i.id)).message,
        QStringLiteral("The default account (named like the instance) cannot be deleted."));
    QVERIFY(!InstancePolicy::canChangePrivilege(i, account(i.id)).isValid());
    QVERIFY(InstancePolicy::canModifyAccount(i, account(i.id)).isValid()); // its password can be reset
    QVERIFY(InstancePolicy::canDeleteAccount(i, account(QStringLiteral("app"))).isValid());
}

void TstInstancePolicy::copyOnlyOnStandard()
{
    const QStringList all
        = { QStringLiteral("RoleReadOnly"), QStringLiteral("RoleReadWrite"), QStringLiteral("RoleRepl") };
    QCOMPARE(InstancePolicy::privilegesFor(redis()), all);
    for (Architecture a : { Architecture::Cluster, Architecture::ReadWriteSplitting }) {
        const Instance i = redis(QStringLiteral("5.0"), a);
        QCOMPARE(InstancePolicy::privilegesFor(i), all.mid(0, 2));
        QCOMPARE(InstancePolicy::canUsePrivilege(i, QStringLiteral("RoleRepl")).message,
            QStringLiteral("The Copy privilege exists only on standard (non-cluster, non-read/write-splitting) "
                           "instances."));
    }
    QCOMPARE(InstancePolicy::privilegesFor(rds(Engine::PostgreSQL)), QStringList { QStringLiteral("DBOwner") });
    QCOMPARE(InstancePolicy::privilegesFor(rds(Engine::SQLServer)).size(), 3);
    QCOMPARE(InstancePolicy::privilegesFor(rds(Engine::MariaDB)).size(), 4);
    QVERIFY(!InstancePolicy::canUsePrivilege(rds(Engine::MySQL), QStringLiteral("RoleRepl")).isValid());
}

void TstInstancePolicy::lockOnlyPostgres()
{
    const Account available = account(QStringLiteral("app"));
    const Account locked = account(QStringLiteral("app"), QStringLiteral("Locked"));
    QCOMPARE(InstancePolicy::canLock(rds(Engine::MySQL), available).message,
        QStringLiteral("Lock and unlock exist only for PostgreSQL."));
    QVERIFY(!InstancePolicy::canUnlock(redis(), locked).isValid());
    QVERIFY(InstancePolicy::canLock(rds(Engine::PostgreSQL), available).isValid());
    QVERIFY(!InstancePolicy::canLock(rds(Engine::PostgreSQL), locked).isValid());
    QVERIFY(InstancePolicy::canUnlock(rds(Engine::PostgreSQL), locked).isValid());
    QVERIFY(!InstancePolicy::canUnlock(rds(Engine::PostgreSQL), available).isValid());
}

void TstInstancePolicy::resetPrivileged()
{
    const Account super = account(QStringLiteral("root1"), QStringLiteral("Available"), QStringLiteral("Super"));
    for (Engine e : { Engine::MySQL, Engine::SQLServer, Engine::MariaDB })
        QVERIFY(InstancePolicy::canResetPrivilegedAccount(rds(e), super).isValid());
    QVERIFY(!InstancePolicy::canResetPrivilegedAccount(rds(Engine::PostgreSQL), super).isValid());
    QVERIFY(!InstancePolicy::canResetPrivilegedAccount(redis(), super).isValid());
    QVERIFY(!InstancePolicy::canResetPrivilegedAccount(rds(Engine::MySQL), account(QStringLiteral("app"))).isValid());
}

void TstInstancePolicy::operatorPermission()
{
    for (Engine e : { Engine::MySQL, Engine::PostgreSQL, Engine::SQLServer, Engine::MariaDB })
        QVERIFY(InstancePolicy::canManageOperatorPermission(rds(e)).isValid());
    QVERIFY(!InstancePolicy::canManageOperatorPermission(redis()).isValid());
}

void TstInstancePolicy::creatingAccount()
{
    const Account creating = account(QStringLiteral("app"), QStringLiteral("Creating"));
    QVERIFY(!InstancePolicy::canModifyAccount(redis(), creating).isValid());
    QVERIFY(!InstancePolicy::canDeleteAccount(redis(), creating).isValid());
    QVERIFY(!InstancePolicy::canChangePrivilege(rds(Engine::MySQL), creating).isValid());
}

void TstInstancePolicy::deleteBlockedByPrivileges()
{
    Account holder = account(QStringLiteral("app_user"));
    holder.privileges = { { QStringLiteral("orders"), QStringLiteral("ReadWrite"), {} },
        { QStringLiteral("billing"), QStringLiteral("ReadOnly"), {} } };
    const FieldCheck blocked = InstancePolicy::deleteBlockedByPrivileges(rds(Engine::MySQL), holder);
    QCOMPARE(blocked.state, FieldCheck::State::Invalid);
    QVERIFY2(blocked.message.contains(QLatin1String("app_user")), qPrintable(blocked.message));
    QVERIFY2(blocked.message.contains(QLatin1String("2 database")), qPrintable(blocked.message));
    QVERIFY2(blocked.message.contains(QLatin1String("revoke")), qPrintable(blocked.message));
    // The UI still lets the user try (and then offers to revoke first): not part of canDeleteAccount.
    QVERIFY(InstancePolicy::canDeleteAccount(rds(Engine::MySQL), holder).isValid());

    QVERIFY(InstancePolicy::deleteBlockedByPrivileges(rds(Engine::MySQL), account(QStringLiteral("free"))).isValid());
    // A Redis account's role is stored as a privilege row, but Redis has no such rule.
    Account role = account(QStringLiteral("cache_user"));
    role.privileges = { { {}, QStringLiteral("RoleReadWrite"), {} } };
    QVERIFY(InstancePolicy::deleteBlockedByPrivileges(redis(), role).isValid());
}

// The refusals are looked up in the context "InstancePolicy", whole, with their placeholders.
void TstInstancePolicy::refusalsAreTranslated()
{
    CatalogueStub chinese;
    chinese.add("InstancePolicy", "The account is already locked.", QStringLiteral("该账号已被锁定。"));
    chinese.add("InstancePolicy",
        "The instance is %1; accounts can be changed only while it is Running.",
        QStringLiteral("实例状态为 %1；只有运行中的实例才能修改账号。"));
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    Instance stopped = rds(Engine::PostgreSQL);
    const Account locked = account(QStringLiteral("app"), QStringLiteral("Locked"));
    QCOMPARE(InstancePolicy::canLock(stopped, locked).message, QStringLiteral("该账号已被锁定。"));
    stopped.status = QStringLiteral("Stopped");
    QCOMPARE(InstancePolicy::canManageAccounts(stopped).message,
        QStringLiteral("实例状态为 Stopped；只有运行中的实例才能修改账号。"));
    QCoreApplication::removeTranslator(&chinese);
    QCOMPARE(InstancePolicy::canLock(rds(Engine::PostgreSQL), locked).message,
        QStringLiteral("The account is already locked."));
}

QTEST_GUILESS_MAIN(TstInstancePolicy)
#include "tst_instancepolicy.moc"
