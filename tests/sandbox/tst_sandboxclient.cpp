// Every action of both products through the project's own client (ApiClient + AccountClient) against an
// in-process sandbox on loopback: each action's accept side and each rule's refuse side, with the service code.
#include "AccountClient.h"
#include "ApiCall.h"
#include "ApiClient.h"
#include "DemoData.h"
#include "DemoInstances.h"
#include "DemoKeySandbox.h"
#include "RuleTable.h"
#include "SandboxServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

using namespace DemoInstances;
const QString kGoodPassword = QStringLiteral("Str0ng#Pass");

} // namespace

class TstSandboxClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rdsDescribeActions();
    void rdsCreateAccountAndItsRules();
    void rdsPrivilegesAndDelete();
    void rdsSeveralDatabasesInOneCall();
    void rdsDescriptionAndPasswords();
    void rdsResetLockAndOperatorPermission();
    void rdsEveryRowOfTheSeedsErrorTable_data();
    void rdsEveryRowOfTheSeedsErrorTable();
    void rdsAccountQuotaIsReportedAndEnforced();
    void redisDescribeActions();
    void redisCreateAccountAndItsRules();
    void redisChangesAndDefaultAccount();

private:
    // Runs one typed call to its end on the event loop and returns its result.
    template<typename T, typename Start>
    ApiResult<T> run(Start start)
    {
        std::optional<ApiResult<T>> result;
        start(this, [&](const ApiResult<T>& r) { result = r; });
        [[maybe_unused]] const bool answered = QTest::qWaitFor([&] { return result.has_value(); }, 10000);
        return result.value_or(ApiResult<T> { T {}, ServiceError {}, QString() });
    }
    // Sends one write, built by the client's requests(), to its end.
    ApiResult<QString> write(AccountClient& client, const ApiRequest& request)
    {
        return run<QString>([&](QObject* c, auto done) { return client.write(request, c, done); });
    }
    static QString codeOf(const std::optional<ServiceError>& error) { return error ? error->code : QString(); }
    Account rdsAccount(const QString& instance, const QString& name);
    Account redisAccount(const QString& instance, const QString& name);

    DemoKeySandbox m_sandbox;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<AccountClient> m_rds;
    std::unique_ptr<AccountClient> m_redis;
};

void TstSandboxClient::init()
{
    SandboxOptions options;
    options.creatingDelayMs = 0;
    const QString error = m_sandbox.start(options);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_api = std::make_unique<ApiClient>();
    QVERIFY(m_sandbox.connect(*m_api));
    RetryPolicy::Settings noRetries;
    noRetries.maxThrottleRetries = 0;
    noRetries.maxFaultRetries = 0;
    m_api->setRetryPolicy(RetryPolicy(noRetries));
    m_rds = std::make_unique<AccountClient>(m_api.get(), Product::Rds);
    m_redis = std::make_unique<AccountClient>(m_api.get(), Product::Redis);
}

void TstSandboxClient::cleanup()
{
    m_rds.reset();
    m_redis.reset();
    m_api.reset();
    m_sandbox.stop();
}

Account TstSandboxClient::rdsAccount(const QString& instance, const QString& name)
{
    const auto r
        = run<QList<Account>>([&](QObject* c, auto done) { return m_rds->describeAccounts(instance, c, done, name); });
    return r.value.value(0);
}

Account TstSandboxClient::redisAccount(const QString& instance, const QString& name)
{
    const auto r = run<QList<Account>>(
        [&](QObject* c, auto done) { return m_redis->describeAccounts(instance, c, done, name); });
    return r.value.value(0);
}

void TstSandboxClient::rdsDescribeActions()
{
    const auto regions = run<QList<Region>>([&](QObject* c, auto done) { return m_rds->describeRegions(c, done); });
    QVERIFY2(regions.ok(), qPrintable(regions.error ? regions.error->summary() : QString()));
    QCOMPARE(regions.value.size(), 3);
    QCOMPARE(regions.value.first().localName, QStringLiteral("China (Hangzhou)"));

    const auto instances = run<QList<Instance>>(
        [&](QObject* c, auto done) { return m_rds->describeInstances(QStringLiteral("cn-hangzhou"), c, done); });
    QVERIFY(instances.ok());
    QCOMPARE(instances.value.size(), 3);

    const auto attribute
        = run<Instance>([&](QObject* c, auto done) { return m_rds->describeInstanceAttribute(kMySql, c, done); });
    QVERIFY(attribute.ok());
    QCOMPARE(attribute.value.engine, Engine::MySQL);
    QCOMPARE(attribute.value.engineVersion, QStringLiteral("8.0"));
    QCOMPARE(attribute.value.status, QStringLiteral("Running"));

    const auto databases
        = run<QList<Database>>([&](QObject* c, auto done) { return m_rds->describeDatabases(kMySql, c, done); });
    QVERIFY(databases.ok());
    QCOMPARE(databases.value.size(), 3);

    const auto accounts
        = run<QList<Account>>([&](QObject* c, auto done) { return m_rds->describeAccounts(kMySql, c, done); });
    QVERIFY(accounts.ok());
    QCOMPARE(accounts.value.size(), 7);
    QCOMPARE(rdsAccount(kMySql, QStringLiteral("app_rw")).privileges.size(), 2);

    const auto keywords = run<QStringList>(
        [&](QObject* c, auto done) { return m_rds->describeInstanceKeywords(QStringLiteral("account"), c, done); });
    QVERIFY(keywords.ok());
    QVERIFY(keywords.value.contains(QStringLiteral("root")));

    const auto missing = run<QList<Account>>(
        [&](QObject* c, auto done) { return m_rds->describeAccounts(QStringLiteral("rm-nonexistent"), c, done); });
    QCOMPARE(codeOf(missing.error), QStringLiteral("InvalidDBInstanceId.NotFound"));
    QCOMPARE(missing.error->httpStatus, 404);
}

void TstSandboxClient::rdsCreateAccountAndItsRules()
{
    const auto create = [&](const QString& instance,
                            const QString& name,
                            const QString& password,
                            const QString& description,
                            const QString& type = QStringLiteral("Normal")) {
        return write(*m_rds, m_rds->requests().createAccount(instance, name, password, type, description));
    };
    const auto created = create(kMySql, QStringLiteral("new_app"), kGoodPassword, QString::fromUtf8("新的应用账号"));
    QVERIFY2(created.ok(), qPrintable(created.error ? created.error->summary() : QString()));
    QVERIFY(!created.value.isEmpty()); // the RequestId of the change
    QCOMPARE(rdsAccount(kMySql, QStringLiteral("new_app")).status, QStringLiteral("Available"));

    struct Refusal
    {
        QString instance, name, password, description;
        int status;
        const char* code;
    };
    const Refusal refusals[] = {
        { kMySql, QStringLiteral("1starts_with_digit"), kGoodPassword, {}, 400, "InvalidAccountName.Format" },
        { kMySql, QStringLiteral("ends_with_"), kGoodPassword, {}, 400, "InvalidAccountName.Format" },
        { kMySql, QStringLiteral("admin"), kGoodPassword, {}, 400, "InvalidAccountName.Format" }, // reserved
        { kMySql, QStringLiteral("information_schema"), kGoodPassword, {}, 400, "InvalidAccountName.Format" },
        { kMySql, QString(33, QLatin1Char('a')), kGoodPassword, {}, 400, "InvalidAccountName.Format" },
        { kMySql, QStringLiteral("ok_name"), QStringLiteral("short1A"), {}, 400, "InvalidAccountPassword.Format" },
        { kMySql,
            QStringLiteral("ok_name"),
            QStringLiteral("onlylowercase1"),
            {},
            400,
            "InvalidAccountPassword.Format" },
        { kMySql, QStringLiteral("ok_name"), QStringLiteral("Bad~Char123"), {}, 400, "InvalidAccountPassword.Format" },
        { kMySql,
            QStringLiteral("ok_name"),
            kGoodPassword,
            QStringLiteral("http://evil"),
            400,
            "InvalidAccountDescription.Format" },
        { kMySql, QStringLiteral("app_rw"), kGoodPassword, {}, 400, "InvalidAccountName.Duplicate" },
        { kRestarting, QStringLiteral("ok_name"), kGoodPassword, {}, 400, "OperationDenied.DBInstanceStatus" },
    };
    for (const Refusal& r : refusals) {
        const auto answer = create(r.instance, r.name, r.password, r.description);
        QVERIFY2(!answer.ok(), qPrintable(r.name));
        QCOMPARE(codeOf(answer.error), QLatin1String(r.code));
        QCOMPARE(answer.error->httpStatus, r.status);
        QVERIFY(!answer.error->message.isEmpty());
        QVERIFY(!answer.error->requestId.isEmpty());
    }
    // PostgreSQL allows 63 characters where MySQL allows 32: the limit comes from the engine's rules.
    QVERIFY(create(kPostgres, QString(40, QLatin1Char('p')), kGoodPassword, {}).ok());
    // MySQL allows one privileged account and dba_super is it: "input value not satisfy instance policy".
    const auto secondSuper = create(kMySql, QStringLiteral("second_super"), kGoodPassword, {}, QStringLiteral("Super"));
    QCOMPARE(codeOf(secondSuper.error), QStringLiteral("OperationDenied.InstancePolicy"));
    QCOMPARE(secondSuper.error->httpStatus, 400);
    QCOMPARE(codeOf(create(kMySql, QStringLiteral("odd_type"), kGoodPassword, {}, QStringLiteral("Root")).error),
        QStringLiteral("InvalidAccountType.Format"));
}

void TstSandboxClient::rdsPrivilegesAndDelete()
{
    const QString user = QStringLiteral("app_rw");
    const auto grant = write(*m_rds,
        m_rds->requests().grantAccountPrivilege(
            kMySql, user, { QStringLiteral("analytics") }, { QStringLiteral("ReadOnly") }));
    QVERIFY(grant.ok());
    QCOMPARE(rdsAccount(kMySql, user).privileges.size(), 3);

    const auto wrongPrivilege = write(*m_rds,
        m_rds->requests().grantAccountPrivilege(
            kMySql, user, { QStringLiteral("orders") }, { QStringLiteral("DBOwner") }));
    QCOMPARE(codeOf(wrongPrivilege.error), QStringLiteral("InvalidAccountPrivilege"));
    const auto wrongDatabase = write(*m_rds,
        m_rds->requests().grantAccountPrivilege(
            kMySql, user, { QStringLiteral("nope") }, { QStringLiteral("ReadOnly") }));
    QCOMPARE(codeOf(wrongDatabase.error), QStringLiteral("InvalidDBName.NotFound"));

    const auto refused = write(*m_rds, m_rds->requests().deleteAccount(kMySql, user));
    QCOMPARE(codeOf(refused.error), QStringLiteral("SomeObjectsDependOnAccount"));
    QCOMPARE(refused.error->httpStatus, 400);

    const auto revoke = write(*m_rds,
        m_rds->requests().revokeAccountPrivilege(
            kMySql, user, { QStringLiteral("app_db"), QStringLiteral("orders"), QStringLiteral("analytics") }));
    QVERIFY(revoke.ok());
    QVERIFY(rdsAccount(kMySql, user).privileges.isEmpty());
    const auto deleted = write(*m_rds, m_rds->requests().deleteAccount(kMySql, user));
    QVERIFY2(deleted.ok(), qPrintable(deleted.error ? deleted.error->summary() : QString()));
    QVERIFY(rdsAccount(kMySql, user).name.isEmpty());

    const auto again = write(*m_rds, m_rds->requests().deleteAccount(kMySql, user));
    QCOMPARE(codeOf(again.error), QStringLiteral("InvalidAccountName.NotFound"));
    const auto notRunning = write(*m_rds,
        m_rds->requests().revokeAccountPrivilege(
            kRestarting, QStringLiteral("staging_app"), { QStringLiteral("staging_app") }));
    QCOMPARE(codeOf(notRunning.error), QStringLiteral("OperationDenied.DBInstanceStatus"));
}

void TstSandboxClient::rdsSeveralDatabasesInOneCall()
{
    // RDS seed FAQ: "Can I grant permissions to multiple databases in one call? A: Yes. For GrantAccountPrivilege and
    // RevokeAccountPrivilege, provide a comma-separated list in the DBName parameter (e.g., db1,db2,db3)."
    QSignalSpy answered(&m_sandbox.server(), &SandboxServer::requestAnswered);
    const QString user = QStringLiteral("etl_loader"); // holds analytics DMLOnly
    const auto grant = write(*m_rds,
        m_rds->requests().grantAccountPrivilege(kMySql,
            user,
            { QStringLiteral("app_db"), QStringLiteral("orders"), QStringLiteral("analytics") },
            { QStringLiteral("ReadOnly"), QStringLiteral("DDLOnly"), QStringLiteral("ReadWrite") }));
    QVERIFY2(grant.ok(), qPrintable(grant.error ? grant.error->summary() : QString()));
    QCOMPARE(answered.count(), 1); // one call for three databases
    QCOMPARE(answered.first().first().toString(), QStringLiteral("GrantAccountPrivilege"));
    QMap<QString, QString> held;
    for (const DatabasePrivilege& p : rdsAccount(kMySql, user).privileges)
        held.insert(p.dbName, p.privilege);
    QCOMPARE(held.value(QStringLiteral("app_db")), QStringLiteral("ReadOnly")); // each database its own privilege
    QCOMPARE(held.value(QStringLiteral("orders")), QStringLiteral("DDLOnly"));
    QCOMPARE(held.value(QStringLiteral("analytics")), QStringLiteral("ReadWrite"));

    // A list-length mismatch is a clear 400 naming both lengths.
    const auto mismatch = write(*m_rds,
        m_rds->requests().grantAccountPrivilege(
            kMySql, user, { QStringLiteral("app_db"), QStringLiteral("orders") }, { QStringLiteral("ReadOnly") }));
    QCOMPARE(mismatch.error->httpStatus, 400);
    QCOMPARE(codeOf(mismatch.error), QStringLiteral("InvalidParameter"));
    QVERIFY2(mismatch.error->message.contains(QLatin1String("2 database(s)"))
            && mismatch.error->message.contains(QLatin1String("1 privilege(s)")),
        qPrintable(mismatch.error->message));

    answered.clear();
    const auto revoke = write(*m_rds,
        m_rds->requests().revokeAccountPrivilege(kMySql, user, { QStringLiteral("app_db"), QStringLiteral("orders") }));
    QVERIFY(revoke.ok());
    QCOMPARE(answered.count(), 1);
    const QList<DatabasePrivilege> left = rdsAccount(kMySql, user).privileges;
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().dbName, QStringLiteral("analytics"));
}

void TstSandboxClient::rdsDescriptionAndPasswords()
{
    const QString user = QStringLiteral("report_ro");
    const QString description = QString::fromUtf8("财务报表只读");
    QVERIFY(write(*m_rds, m_rds->requests().modifyAccountDescription(kMySql, user, description)).ok());
    QCOMPARE(rdsAccount(kMySql, user).description, description);
    const auto bad
        = write(*m_rds, m_rds->requests().modifyAccountDescription(kMySql, user, QStringLiteral("https://x")));
    QCOMPARE(codeOf(bad.error), QStringLiteral("InvalidAccountDescription.Format"));

    QVERIFY(write(*m_rds, m_rds->requests().resetAccountPassword(kMySql, user, QStringLiteral("N3w#Password"))).ok());
    const auto weak = write(*m_rds, m_rds->requests().resetAccountPassword(kMySql, user, QStringLiteral("password")));
    QCOMPARE(codeOf(weak.error), QStringLiteral("InvalidAccountPassword.Format"));
    // A Creating account cannot be changed yet.
    const auto creating
        = write(*m_rds, m_rds->requests().resetAccountPassword(kMySql, QStringLiteral("new_reporting"), kGoodPassword));
    QCOMPARE(codeOf(creating.error), QStringLiteral("IncorrectAccountStatus"));
}

void TstSandboxClient::rdsResetLockAndOperatorPermission()
{
    const auto reset = [&](const QString& instance, const QString& name) {
        return write(*m_rds, m_rds->requests().resetAccount(instance, name, kGoodPassword));
    };
    QVERIFY(reset(kMySql, QStringLiteral("dba_super")).ok());
    QCOMPARE(codeOf(reset(kMySql, QStringLiteral("report_ro")).error), QStringLiteral("OperationDenied"));
    QCOMPARE(codeOf(reset(kPostgres, QStringLiteral("pg_owner")).error), QStringLiteral("UnsupportedEngine"));

    const auto lock = [&](const QString& instance, const QString& name) {
        return write(*m_rds, m_rds->requests().setAccountLocked(instance, name, true));
    };
    const auto unlock = [&](const QString& instance, const QString& name) {
        return write(*m_rds, m_rds->requests().setAccountLocked(instance, name, false));
    };
    QVERIFY(lock(kPostgres, QStringLiteral("dw_reader")).ok());
    QCOMPARE(rdsAccount(kPostgres, QStringLiteral("dw_reader")).status, QStringLiteral("Locked"));
    QCOMPARE(codeOf(lock(kPostgres, QStringLiteral("dw_reader")).error), QStringLiteral("IncorrectAccountStatus"));
    QVERIFY(unlock(kPostgres, QStringLiteral("bi_analyst")).ok());
    QCOMPARE(rdsAccount(kPostgres, QStringLiteral("bi_analyst")).status, QStringLiteral("Available"));
    const auto mysqlLock = lock(kMySql, QStringLiteral("report_ro"));
    QCOMPARE(codeOf(mysqlLock.error), QStringLiteral("UnsupportedEngine"));
    QCOMPARE(mysqlLock.error->httpStatus, 403);

    const QDateTime expires(QDate(2031, 3, 27), QTime(16, 0), Qt::UTC);
    QVERIFY(
        write(*m_rds, m_rds->requests().grantOperatorPermission(kMySql, { QStringLiteral("Control"), expires })).ok());
    QCOMPARE(m_sandbox.server().state().findInstance(Product::Rds, kMySql)->operatorPermission->expiredTime, expires);
    QVERIFY(write(*m_rds, m_rds->requests().revokeOperatorPermission(kMySql)).ok());
    QVERIFY(!m_sandbox.server().state().findInstance(Product::Rds, kMySql)->operatorPermission);
    const auto stopped
        = write(*m_rds, m_rds->requests().grantOperatorPermission(kRestarting, { QStringLiteral("Data"), expires }));
    QCOMPARE(codeOf(stopped.error), QStringLiteral("OperationDenied.DBInstanceStatus"));
}

void TstSandboxClient::rdsEveryRowOfTheSeedsErrorTable_data()
{
    // The RDS seed's "Error Handling" table: | Error Code | Description | ... One demo instance per state.
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("seedWords");
    QTest::newRow("400 creating/maintaining/Switching")
        << kRestarting << QStringLiteral("ok_name") << kGoodPassword << QStringLiteral("Normal") << 400
        << QStringLiteral("OperationDenied.DBInstanceStatus")
        << QStringLiteral("The general instance is creating/maintaining/switching");
    QTest::newRow("400 name exists") << kMySql << QStringLiteral("app_rw") << kGoodPassword << QStringLiteral("Normal")
                                     << 400 << QStringLiteral("InvalidAccountName.Duplicate")
                                     << QStringLiteral("Specified account name already exists");
    QTest::newRow("400 password not valid")
        << kMySql << QStringLiteral("ok_name") << QStringLiteral("password") << QStringLiteral("Normal") << 400
        << QStringLiteral("InvalidAccountPassword.Format") << QStringLiteral("Specified account password is not valid");
    QTest::newRow("400 instance policy") << kMySql << QStringLiteral("ok_name") << kGoodPassword
                                         << QStringLiteral("Super") << 400
                                         << QStringLiteral("OperationDenied.InstancePolicy")
                                         << QStringLiteral("input value not satisfy instance policy");
    QTest::newRow("403 stopped") << kStopped << QStringLiteral("ok_name") << kGoodPassword << QStringLiteral("Normal")
                                 << 403 << QStringLiteral("IncorrectDBInstanceState")
                                 << QStringLiteral("Current DB instance state does not support this operation");
    QTest::newRow("403 locked") << kLocked << QStringLiteral("ok_name") << kGoodPassword << QStringLiteral("Normal")
                                << 403 << QStringLiteral("IncorrectDBInstanceState")
                                << QStringLiteral("Current DB instance state does not support this operation");
    QTest::newRow("403 AccountQuotaExceeded")
        << kQuotaFull << QStringLiteral("ok_name") << kGoodPassword << QStringLiteral("Normal") << 403
        << QStringLiteral("AccountQuotaExceeded") << QStringLiteral("Exceeding the allowed amount of account");
    QTest::newRow("404") << QStringLiteral("rm-nonexistent") << QStringLiteral("ok_name") << kGoodPassword
                         << QStringLiteral("Normal") << 404 << QStringLiteral("InvalidDBInstanceId.NotFound")
                         << QStringLiteral("The database instance does not exist");
    QTest::newRow("InvalidDBInstanceStatus")
        << kMigrating << QStringLiteral("ok_name") << kGoodPassword << QStringLiteral("Normal") << 403
        << QStringLiteral("InvalidDBInstanceStatus") << QStringLiteral("The instance is not in the Running state");
}

void TstSandboxClient::rdsEveryRowOfTheSeedsErrorTable()
{
    QFETCH(QString, instance);
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(QString, type);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, seedWords);
    const auto answer = write(*m_rds, m_rds->requests().createAccount(instance, name, password, type, {}));
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error->httpStatus, status);
    QCOMPARE(answer.error->code, code);
    QVERIFY2(answer.error->message.contains(seedWords, Qt::CaseInsensitive), qPrintable(answer.error->message));
    QVERIFY(!answer.error->requestId.isEmpty());
    // The last row, SomeObjectsDependOnAccount, is about deleting: "The account has permissions on specific objects".
    const auto depends = write(*m_rds, m_rds->requests().deleteAccount(kMySql, QStringLiteral("app_rw")));
    QCOMPARE(codeOf(depends.error), QStringLiteral("SomeObjectsDependOnAccount"));
}

void TstSandboxClient::rdsAccountQuotaIsReportedAndEnforced()
{
    // RDS seed FAQ: "Each RDS instance has a maximum number of accounts (varies by engine and instance class)".
    const auto quotaOf = [&](const QString& instance) {
        ApiRequest request;
        request.product = Product::Rds;
        request.action = QStringLiteral("DescribeDBInstanceAttribute");
        request.parameters = { { QStringLiteral("DBInstanceId"), instance } };
        ApiCall* call = m_api->send(request);
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(10000))
            return -1;
        return finished.first()
            .first()
            .toJsonObject()
            .value(QLatin1String("Items"))
            .toObject()
            .value(QLatin1String("DBInstanceAttribute"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("AccountMaxQuantity"))
            .toInt();
    };
    QCOMPARE(quotaOf(kQuotaFull), 3);
    QCOMPARE(quotaOf(kMySql), RuleTable::forEngine(Engine::MySQL).defaultAccountQuota);
    const auto remove = write(*m_rds, m_rds->requests().deleteAccount(kQuotaFull, QStringLiteral("dev_tester")));
    QVERIFY(remove.ok());
    QVERIFY(write(*m_rds,
        m_rds->requests().createAccount(
            kQuotaFull, QStringLiteral("dev_two"), kGoodPassword, QStringLiteral("Normal"), {}))
                .ok());
    const auto over = write(*m_rds,
        m_rds->requests().createAccount(
            kQuotaFull, QStringLiteral("dev_three"), kGoodPassword, QStringLiteral("Normal"), {}));
    QCOMPARE(codeOf(over.error), QStringLiteral("AccountQuotaExceeded"));
}

void TstSandboxClient::redisDescribeActions()
{
    const auto regions = run<QList<Region>>([&](QObject* c, auto done) { return m_redis->describeRegions(c, done); });
    QVERIFY(regions.ok());
    QCOMPARE(regions.value.size(), 3);
    const auto instances = run<QList<Instance>>(
        [&](QObject* c, auto done) { return m_redis->describeInstances(QStringLiteral("cn-hangzhou"), c, done); });
    QVERIFY2(instances.ok(), qPrintable(instances.error ? instances.error->summary() : QString()));
    QCOMPARE(instances.value.size(), 3);
    const auto attribute = run<Instance>(
        [&](QObject* c, auto done) { return m_redis->describeInstanceAttribute(kRedisCluster, c, done); });
    QVERIFY(attribute.ok());
    QCOMPARE(attribute.value.architecture, Architecture::Cluster);
    QCOMPARE(attribute.value.engineVersion, QStringLiteral("5.0"));
    const auto accounts = run<QList<Account>>(
        [&](QObject* c, auto done) { return m_redis->describeAccounts(kRedisStandard, c, done); });
    QVERIFY(accounts.ok());
    QCOMPARE(accounts.value.size(), 19);
    QCOMPARE(redisAccount(kRedisStandard, QStringLiteral("backup-sync")).privileges.value(0).privilege,
        QStringLiteral("RoleRepl"));
    const auto missing = run<QList<Account>>(
        [&](QObject* c, auto done) { return m_redis->describeAccounts(QStringLiteral("r-nope"), c, done); });
    QCOMPARE(codeOf(missing.error), QStringLiteral("InvalidInstanceId.NotFound"));
}

void TstSandboxClient::redisCreateAccountAndItsRules()
{
    const auto create = [&](const QString& instance,
                            const QString& name,
                            const QString& privilege,
                            const QString& password = kGoodPassword,
                            const QString& description = {}) {
        return write(*m_redis, m_redis->requests().createAccount(instance, name, password, privilege, description));
    };
    struct Refusal
    {
        QString instance, name, privilege, password, description;
        int status;
        const char* code;
    };
    const Refusal refusals[] = {
        { kRedisStandard, QStringLiteral("under_score"), {}, kGoodPassword, {}, 400, "InvalidAccountName.Format" },
        { kRedisStandard, QStringLiteral("admin"), {}, kGoodPassword, {}, 400, "InvalidAccountName.Format" },
        { kRedisStandard, QString(36, QLatin1Char('a')), {}, kGoodPassword, {}, 400, "InvalidAccountName.Format" },
        { kRedisStandard,
            QStringLiteral("ok-name"),
            {},
            QStringLiteral("nodigitsorupper"),
            {},
            400,
            "InvalidAccountPassword.Format" },
        { kRedisStandard,
            QStringLiteral("ok-name"),
            {},
            kGoodPassword,
            QString::fromUtf8("中文描述"),
            400,
            "InvalidAccountDescription.Format" },
        { kRedisStandard, QStringLiteral("web-frontend"), {}, kGoodPassword, {}, 400, "InvalidAccountName.Duplicate" },
        { kRedisCluster,
            QStringLiteral("sync-copy"),
            QStringLiteral("RoleRepl"),
            kGoodPassword,
            {},
            400,
            "InvalidAccountPrivilege" },
        { kRedis28, QStringLiteral("ok-name"), {}, kGoodPassword, {}, 403, "InvalidEngineVersion.NotSupported" },
    };
    for (const Refusal& r : refusals) {
        const auto answer = create(r.instance, r.name, r.privilege, r.password, r.description);
        QVERIFY2(!answer.ok(), qPrintable(r.name));
        QCOMPARE(codeOf(answer.error), QLatin1String(r.code));
        QCOMPARE(answer.error->httpStatus, r.status);
    }
    // 19 -> 20 accounts is fine (RoleRepl on a standard instance too); the 21st is over the quota.
    const auto twentieth = create(kRedisStandard, QStringLiteral("dr-copy"), QStringLiteral("RoleRepl"));
    QVERIFY2(twentieth.ok(), qPrintable(twentieth.error ? twentieth.error->summary() : QString()));
    const auto over = create(kRedisStandard, QStringLiteral("one-too-many"), {});
    QCOMPARE(codeOf(over.error), QStringLiteral("AccountQuotaExceeded"));
    QCOMPARE(over.error->httpStatus, 403);
    const Account created = redisAccount(kRedisStandard, QStringLiteral("dr-copy"));
    QCOMPARE(created.privileges.value(0).privilege, QStringLiteral("RoleRepl"));
    // The API default privilege is read/write.
    QVERIFY(create(kRedisCluster, QStringLiteral("plain-one"), {}).ok());
    QCOMPARE(redisAccount(kRedisCluster, QStringLiteral("plain-one")).privileges.value(0).privilege,
        QStringLiteral("RoleReadWrite"));
}

void TstSandboxClient::redisChangesAndDefaultAccount()
{
    const QString user = QStringLiteral("game-ro");
    QVERIFY(write(*m_redis,
        m_redis->requests().grantAccountPrivilege(kRedisCluster, user, {}, { QStringLiteral("RoleReadWrite") }))
                .ok());
    QCOMPARE(redisAccount(kRedisCluster, user).privileges.value(0).privilege, QStringLiteral("RoleReadWrite"));
    const auto repl = write(
        *m_redis, m_redis->requests().grantAccountPrivilege(kRedisCluster, user, {}, { QStringLiteral("RoleRepl") }));
    QCOMPARE(codeOf(repl.error), QStringLiteral("InvalidAccountPrivilege"));
    const auto defaultPrivilege = write(*m_redis,
        m_redis->requests().grantAccountPrivilege(
            kRedisCluster, kRedisCluster, {}, { QStringLiteral("RoleReadOnly") }));
    QCOMPARE(codeOf(defaultPrivilege.error), QStringLiteral("OperationDenied"));

    QVERIFY(write(
        *m_redis, m_redis->requests().modifyAccountDescription(kRedisCluster, user, QStringLiteral("Ops-read_only")))
                .ok());
    QCOMPARE(redisAccount(kRedisCluster, user).description, QStringLiteral("Ops-read_only"));

    // ModifyAccountPassword is no action of the app's (AccountClient does not send it): straight on the wire.
    const auto changePassword = [&](const QString& oldPassword) {
        return m_sandbox.call(Product::Redis,
            QStringLiteral("ModifyAccountPassword"),
            { { QStringLiteral("InstanceId"), kRedisCluster },
                { QStringLiteral("AccountName"), user },
                { QStringLiteral("OldAccountPassword"), oldPassword },
                { QStringLiteral("NewAccountPassword"), kGoodPassword } });
    };
    QCOMPARE(changePassword(QStringLiteral("Not#TheOld1")).code(), QStringLiteral("InvalidAccountPassword.Mismatch"));
    QCOMPARE(changePassword(QLatin1String(DemoData::DemoPassword)).status, 200);
    // The default account's password can be reset.
    QVERIFY(write(
        *m_redis, m_redis->requests().resetAccountPassword(kRedisCluster, kRedisCluster, QStringLiteral("Def4ult#New")))
                .ok());

    QVERIFY(write(*m_redis, m_redis->requests().deleteAccount(kRedisCluster, user)).ok());
    QVERIFY(redisAccount(kRedisCluster, user).name.isEmpty());
    const auto defaultDelete = write(*m_redis, m_redis->requests().deleteAccount(kRedisCluster, kRedisCluster));
    QCOMPARE(codeOf(defaultDelete.error), QStringLiteral("OperationDenied"));
    const auto legacy = write(*m_redis, m_redis->requests().resetAccountPassword(kRedis28, kRedis28, kGoodPassword));
    QCOMPARE(codeOf(legacy.error), QStringLiteral("InvalidEngineVersion.NotSupported"));
}

QTEST_GUILESS_MAIN(TstSandboxClient)
#include "tst_sandboxclient.moc"
