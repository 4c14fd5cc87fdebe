// Test login in the app: the real dialog asks the real CredentialProbe, which reads the instance's address from
// the sandbox and logs in to the engine behind it (--engines auto). Engines start once per executable.
#include "../sandbox/DemoKeySandbox.h"
#include "../ui/DialogSamples.h"
#include "../ui/NamedChild.h"
#include "ApiClient.h"
#include "CredentialProbe.h"
#include "EngineBackends.h"
#include "SandboxOptions.h"
#include "SandboxServer.h"
#include "TestLoginDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace DialogSamples;

namespace {

const QString kPassword = QStringLiteral("Eng1ne#Pass2026");
constexpr int ResultTimeoutMs = 30000;

} // namespace

class TstTestLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void redisReadOnlyLogsInReadsAndIsRefusedAWrite();
    void wrongPasswordIsRefusedByTheEngine();
    void postgresLockedAccountIsRefused();
    void redisAccountStillCreatingIsSaidSo();
    void mysqlAccountShowsItsGrants();
    void emulatedInstanceSaysItCannotBeReached();

private:
    QString runDialog(const Instance& instance, const QString& account, const QString& password);
    void call(Product product, const QString& action, const ParameterList& parameters);

    DemoKeySandbox m_sandbox;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<CredentialProbe> m_probe;
};

void TstTestLogin::initTestCase()
{
    // A new account stays Creating (and off in Redis) for the whole test.
    const QString error = m_sandbox.startWithEngines(10 * 60 * 1000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_api = std::make_unique<ApiClient>();
    QVERIFY(m_sandbox.connect(*m_api));
    m_probe = std::make_unique<CredentialProbe>(m_api.get());
}

void TstTestLogin::cleanupTestCase()
{
    m_probe.reset();
    m_api.reset();
    m_sandbox.stop();
}

void TstTestLogin::call(Product product, const QString& action, const ParameterList& parameters)
{
    const WireHarness::Answer answer = m_sandbox.call(product, action, parameters);
    QVERIFY2(answer.status == 200, answer.raw.constData());
}

// Types the password into a real Test login dialog, clicks Test Login and returns what the dialog then says.
QString TstTestLogin::runDialog(const Instance& instance, const QString& account, const QString& password)
{
    TestLoginDialog dialog(m_probe.get(), instance, sampleAccount(instance.id, account));
    dialog.show();
    if (namedChild<QPushButton>(dialog, "testLoginButton")->isEnabled())
        return QStringLiteral("(Test Login enabled without a password)");
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "testLoginPassword"), password);
    QSignalSpy shown(&dialog, &TestLoginDialog::resultShown);
    QTest::mouseClick(namedChild<QPushButton>(dialog, "testLoginButton"), Qt::LeftButton);
    if (!shown.wait(ResultTimeoutMs))
        return QStringLiteral("(no result)");
    const QString text = namedChild<QLabel>(dialog, "testLoginResult")->text();
    dialog.reject();
    if (!namedChild<QLineEdit>(dialog, "testLoginPassword")->text().isEmpty())
        return QStringLiteral("(password kept after Close)");
    return text;
}

void TstTestLogin::redisReadOnlyLogsInReadsAndIsRefusedAWrite()
{
    const QString redis = EngineBackends::redisInstance();
    call(Product::Redis,
        QStringLiteral("ResetAccountPassword"),
        { { QStringLiteral("InstanceId"), redis },
            { QStringLiteral("AccountName"), QStringLiteral("audit-reader") },
            { QStringLiteral("AccountPassword"), kPassword } });
    const QString text = runDialog(sampleInstance(redis, Engine::Redis), QStringLiteral("audit-reader"), kPassword);
    QVERIFY2(text.startsWith(QStringLiteral("Logged in at 127.0.0.1:")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Read: allowed")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Write: refused (NOPERM")), qPrintable(text));
}

void TstTestLogin::wrongPasswordIsRefusedByTheEngine()
{
    const QString redis = EngineBackends::redisInstance();
    const QString text = runDialog(
        sampleInstance(redis, Engine::Redis), QStringLiteral("audit-reader"), QStringLiteral("Not#It2026x"));
    QVERIFY2(text.startsWith(QStringLiteral("Refused by the engine")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("WRONGPASS")), qPrintable(text));
}

void TstTestLogin::postgresLockedAccountIsRefused()
{
    const QString pg = EngineBackends::postgresInstance();
    const Instance instance = sampleInstance(pg, Engine::PostgreSQL);
    call(Product::Rds,
        QStringLiteral("ResetAccountPassword"),
        { { QStringLiteral("DBInstanceId"), pg },
            { QStringLiteral("AccountName"), QStringLiteral("etl_writer") },
            { QStringLiteral("AccountPassword"), kPassword } });
    QString text = runDialog(instance, QStringLiteral("etl_writer"), kPassword);
    QVERIFY2(text.startsWith(QStringLiteral("Logged in")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("OWNER of staging")), qPrintable(text));
    call(Product::Rds,
        QStringLiteral("LockAccount"),
        { { QStringLiteral("DBInstanceId"), pg }, { QStringLiteral("AccountName"), QStringLiteral("etl_writer") } });
    text = runDialog(instance, QStringLiteral("etl_writer"), kPassword);
    QVERIFY2(text.startsWith(QStringLiteral("Refused by the engine")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("not permitted to log in")), qPrintable(text));
}

void TstTestLogin::redisAccountStillCreatingIsSaidSo()
{
    const QString redis = EngineBackends::redisInstance();
    call(Product::Redis,
        QStringLiteral("CreateAccount"),
        { { QStringLiteral("InstanceId"), redis },
            { QStringLiteral("AccountName"), QStringLiteral("fresh-reader") },
            { QStringLiteral("AccountPassword"), kPassword },
            { QStringLiteral("AccountPrivilege"), QStringLiteral("RoleReadOnly") } });
    const QString text = runDialog(sampleInstance(redis, Engine::Redis), QStringLiteral("fresh-reader"), kPassword);
    QVERIFY2(text.startsWith(QStringLiteral("Refused by the engine")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("fresh-reader is still being created")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("WRONGPASS")), qPrintable(text)); // and what Redis itself said
}

void TstTestLogin::mysqlAccountShowsItsGrants()
{
    const QString mysql = EngineBackends::mysqlInstance();
    call(Product::Rds,
        QStringLiteral("ResetAccountPassword"),
        { { QStringLiteral("DBInstanceId"), mysql },
            { QStringLiteral("AccountName"), QStringLiteral("report_ro") },
            { QStringLiteral("AccountPassword"), kPassword } });
    const QString text = runDialog(sampleInstance(mysql, Engine::MySQL), QStringLiteral("report_ro"), kPassword);
    QVERIFY2(text.startsWith(QStringLiteral("Logged in")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("GRANT SELECT, LOCK TABLES, EXECUTE, SHOW VIEW ON `analytics`.*")),
        qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("PASSWORD")), qPrintable(text)); // not even its hash
}

void TstTestLogin::emulatedInstanceSaysItCannotBeReached()
{
    // An instance with no engine keeps its cloud (VPC) address, which this computer cannot reach.
    const QString text = runDialog(
        sampleInstance(QStringLiteral("r-bp1h9j8k7l6m5n4b3"), Engine::Redis), QStringLiteral("game-ro"), kPassword);
    QVERIFY2(text.startsWith(QStringLiteral("Cannot reach r-bp1h9j8k7l6m5n4b3.redis.rds.aliyuncs.com:6379")),
        qPrintable(text));
}

QTEST_MAIN(TstTestLogin)
#include "tst_testlogin.moc"
