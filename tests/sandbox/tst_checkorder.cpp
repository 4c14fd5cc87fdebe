// Both products check a write in one order, the seed's: its parameters, then the instance's state, then the
// quota, then the account's state. Each request below breaks two of these at once; the earlier one must answer.
// (Before the RDS and Redis actions were merged, Redis checked the instance and the quota before the fields.)
#include "DemoInstances.h"
#include "SandboxServer.h"
#include "WireHarness.h"

#include <QTest>

#include <memory>

namespace {

using namespace DemoInstances;
const QString kGoodPassword = QStringLiteral("Str0ng#Pass");

Credentials demoKey()
{
    return Credentials::accessKey(
        QLatin1String(SandboxOptions::DemoAccessKeyId), QLatin1String(SandboxOptions::DemoAccessKeySecret));
}

} // namespace

class TstCheckOrder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theEarlierStageAnswers_data();
    void theEarlierStageAnswers();
    void redisQuotaBeforeTakenName();

private:
    WireHarness::Answer send(Product product, const QString& action, const ParameterList& parameters);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<WireHarness> m_wire;
};

void TstCheckOrder::init()
{
    SandboxOptions options;
    options.creatingDelayMs = 0;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY2(m_server->listen() != 0, qPrintable(m_server->errorString()));
    m_wire = std::make_unique<WireHarness>(m_server->endpoint());
}

void TstCheckOrder::cleanup()
{
    m_wire.reset();
    m_server.reset();
}

WireHarness::Answer TstCheckOrder::send(Product product, const QString& action, const ParameterList& parameters)
{
    return m_wire->send(m_wire->sign(WireHarness::request(product, action, parameters), demoKey()));
}

void TstCheckOrder::theEarlierStageAnswers_data()
{
    QTest::addColumn<Product>("product");
    QTest::addColumn<QString>("action");
    QTest::addColumn<ParameterList>("parameters");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const auto rds = [](const QString& instance, const QString& account, const ParameterList& more = {}) {
        return ParameterList { { QStringLiteral("DBInstanceId"), instance },
            { QStringLiteral("AccountName"), account } }
        + more;
    };
    const auto redis = [](const QString& instance, const QString& account, const ParameterList& more = {}) {
        return ParameterList { { QStringLiteral("InstanceId"), instance }, { QStringLiteral("AccountName"), account } }
        + more;
    };
    const auto password = [](const QString& value) {
        return ParameterList { { QStringLiteral("AccountPassword"), value } };
    };
    const ParameterList badDescription { { QStringLiteral("AccountDescription"), QStringLiteral("http://x") } };

    // Parameters before the instance's state, the quota and the account's state.
    QTest::newRow("rds create: bad name, full instance")
        << Product::Rds << QStringLiteral("CreateAccount")
        << rds(kQuotaFull, QStringLiteral("1bad"), password(kGoodPassword)) << 400
        << QStringLiteral("InvalidAccountName.Format");
    QTest::newRow("rds create: weak password, restarting instance")
        << Product::Rds << QStringLiteral("CreateAccount")
        << rds(kRestarting, QStringLiteral("ok_name"), password(QStringLiteral("password"))) << 400
        << QStringLiteral("InvalidAccountPassword.Format");
    QTest::newRow("rds description: bad text, restarting instance")
        << Product::Rds << QStringLiteral("ModifyAccountDescription")
        << rds(kRestarting, QStringLiteral("staging_app"), badDescription) << 400
        << QStringLiteral("InvalidAccountDescription.Format");
    QTest::newRow("rds reset password: weak, Creating account")
        << Product::Rds << QStringLiteral("ResetAccountPassword")
        << rds(kMySql, QStringLiteral("new_reporting"), password(QStringLiteral("password"))) << 400
        << QStringLiteral("InvalidAccountPassword.Format");
    QTest::newRow("rds lock: MySQL has none, stopped instance")
        << Product::Rds << QStringLiteral("LockAccount") << rds(kStopped, QStringLiteral("bench_admin")) << 403
        << QStringLiteral("UnsupportedEngine");
    QTest::newRow("redis create: bad name, Redis 2.8")
        << Product::Redis << QStringLiteral("CreateAccount")
        << redis(kRedis28, QStringLiteral("Bad_Name"), password(kGoodPassword)) << 400
        << QStringLiteral("InvalidAccountName.Format");
    QTest::newRow("redis description: bad text, Redis 2.8")
        << Product::Redis << QStringLiteral("ModifyAccountDescription") << redis(kRedis28, kRedis28, badDescription)
        << 400 << QStringLiteral("InvalidAccountDescription.Format");
    QTest::newRow("redis grant: Copy on a cluster, default account")
        << Product::Redis << QStringLiteral("GrantAccountPrivilege")
        << redis(kRedisCluster, kRedisCluster, { { QStringLiteral("AccountPrivilege"), QStringLiteral("RoleRepl") } })
        << 400 << QStringLiteral("InvalidAccountPrivilege");
    QTest::newRow("redis new password: weak, wrong old one")
        << Product::Redis << QStringLiteral("ModifyAccountPassword")
        << redis(kRedisCluster,
               QStringLiteral("game-ro"),
               { { QStringLiteral("OldAccountPassword"), QStringLiteral("Not#TheOld1") },
                   { QStringLiteral("NewAccountPassword"), QStringLiteral("weak") } })
        << 400 << QStringLiteral("InvalidAccountPassword.Format");

    // The instance's state before the quota and the account's state.
    QTest::newRow("rds create: taken name, stopped instance")
        << Product::Rds << QStringLiteral("CreateAccount")
        << rds(kStopped, QStringLiteral("bench_admin"), password(kGoodPassword)) << 403
        << QStringLiteral("IncorrectDBInstanceState");
    QTest::newRow("rds create: second Super, restarting instance")
        << Product::Rds << QStringLiteral("CreateAccount")
        << rds(kRestarting,
               QStringLiteral("ok_name"),
               password(kGoodPassword) + ParameterList { { QStringLiteral("AccountType"), QStringLiteral("Super") } })
        << 400 << QStringLiteral("OperationDenied.DBInstanceStatus");
    QTest::newRow("rds delete: holds privileges, restarting instance")
        << Product::Rds << QStringLiteral("DeleteAccount") << rds(kRestarting, QStringLiteral("staging_app")) << 400
        << QStringLiteral("OperationDenied.DBInstanceStatus");
    QTest::newRow("redis grant: default account, Redis 2.8")
        << Product::Redis << QStringLiteral("GrantAccountPrivilege")
        << redis(kRedis28, kRedis28, { { QStringLiteral("AccountPrivilege"), QStringLiteral("RoleReadOnly") } }) << 403
        << QStringLiteral("InvalidEngineVersion.NotSupported");

    // The quota before the account's state.
    QTest::newRow("rds create: taken name, full instance")
        << Product::Rds << QStringLiteral("CreateAccount")
        << rds(kQuotaFull, QStringLiteral("dev_tester"), password(kGoodPassword)) << 403
        << QStringLiteral("AccountQuotaExceeded");
}

void TstCheckOrder::theEarlierStageAnswers()
{
    QFETCH(Product, product);
    QFETCH(QString, action);
    QFETCH(ParameterList, parameters);
    QFETCH(int, status);
    QFETCH(QString, code);
    const WireHarness::Answer answer = send(product, action, parameters);
    QCOMPARE(answer.code(), code);
    QCOMPARE(answer.status, status);
    QVERIFY(!answer.body.value(QLatin1String("Message")).toString().isEmpty());
}

void TstCheckOrder::redisQuotaBeforeTakenName()
{
    const auto create = [&](const QString& name) {
        return send(Product::Redis,
            QStringLiteral("CreateAccount"),
            { { QStringLiteral("InstanceId"), kRedisStandard },
                { QStringLiteral("AccountName"), name },
                { QStringLiteral("AccountPassword"), kGoodPassword } });
    };
    // 19 accounts: a taken name is the account's state.
    QCOMPARE(create(QStringLiteral("web-frontend")).code(), QStringLiteral("InvalidAccountName.Duplicate"));
    QCOMPARE(create(QStringLiteral("twentieth")).status, 200);
    // 20, the most Redis allows: the quota answers first, and a bad name still comes before it.
    QCOMPARE(create(QStringLiteral("web-frontend")).code(), QStringLiteral("AccountQuotaExceeded"));
    QCOMPARE(create(QStringLiteral("Bad_Name")).code(), QStringLiteral("InvalidAccountName.Format"));
}

QTEST_GUILESS_MAIN(TstCheckOrder)
#include "tst_checkorder.moc"
