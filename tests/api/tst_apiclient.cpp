// ApiClient + typed clients against a local fake endpoint: wire forms, paging, errors, retries, verify reads,
// redaction, cancellation.
#include "AccountClient.h"
#include "ApiClient.h"
#include "ApiLogging.h"
#include "CallMeter.h"
#include "FakeOpenApi.h"
#include "RequestLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {

QStringList g_captured;
void captureMessages(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_captured.append(message);
}

RetryPolicy fastPolicy(int throttleRetries = 6, int faultRetries = 3)
{
    RetryPolicy::Settings settings;
    settings.maxThrottleRetries = throttleRetries;
    settings.maxFaultRetries = faultRetries;
    settings.timeScale = 0.001; // 1-5 s become 1-5 ms
    return RetryPolicy(settings, [] { return 0.5; });
}

QByteArray accountsPage(int from, int count, int total, int page)
{
    QJsonArray rows;
    for (int i = from; i < from + count; ++i) {
        rows.append(QJsonObject { { QStringLiteral("AccountName"), QStringLiteral("user_%1").arg(i) },
            { QStringLiteral("AccountStatus"), QStringLiteral("Available") },
            { QStringLiteral("AccountType"), QStringLiteral("Normal") },
            { QStringLiteral("DBInstanceId"), QStringLiteral("rm-1") } });
    }
    const QJsonObject body { { QStringLiteral("RequestId"), QStringLiteral("REQ-P%1").arg(page) },
        { QStringLiteral("PageNumber"), page },
        { QStringLiteral("TotalRecordCount"), total },
        { QStringLiteral("Accounts"), QJsonObject { { QStringLiteral("DBInstanceAccount"), rows } } } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

template<typename T>
struct Waiter
{
    std::optional<ApiResult<T>> result;
    std::function<void(const ApiResult<T>&)> callback()
    {
        return [this](const ApiResult<T>& r) { result = r; };
    }
    bool wait(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

    // Makes one call on an AccountClient of the product and waits for its answer; nullopt when none came in time.
    template<typename T, typename Call>
    std::optional<ApiResult<T>> ask(Product product, Call call)
    {
        AccountClient client(m_client, product);
        Waiter<T> waiter;
        call(client, waiter.callback());
        waiter.wait();
        return waiter.result;
    }
    // DescribeAccounts of rm-1, and CreateAccount app_user on rm-1, through an RDS client.
    std::optional<ApiResult<QList<Account>>> describeAccountsOfRm1();
    std::optional<ApiResult<QString>> createAppUserOnRm1();

private slots:
    void init();
    void cleanup();

    void wireForms_data();
    void wireForms();
    void userAgentAndNoContentType();
    void rdsAccountsPageThroughAll();
    void redisInstancesPageBy50();
    void rdsInstancesFollowNextToken();
    void errorCategories_data();
    void errorCategories();
    void connectionRefusedIsNetwork();
    void hangingServerTimesOut();
    void httpsToPlainPortFailsClosed();
    void plainHttpToRemoteHostRefused();
    void missingFieldIsParseError();
    void mistypedFieldIsParseError();
    void throttlingRetriesThenSucceeds();
    void serverErrorRetriedThreeTimes();
    void unknownWriteVerifiedNotResent();
    void unknownWriteNotAppliedIsResentOnce();
    void unverifiableWriteIsNeverResent();
    void redisRoleGrantVerifiedByRole();
    void actionTheProductLacksIsNotSent();
    void serverErrorOnWriteIsCheckedFirst();
    void laterCheckFindsSlowWrite();
    void resendRefusedAsDuplicateIsApplied();
    void createOfExistingNameIsNotClaimed();
    void lockUnknownOutcomeSaysSo();
    void callKeepsItsCredentials();
    void cancelAllSaysWhatMayHaveApplied();
    void overallDeadline();
    void oversizedBodyRefused();
    void cutOffReadIsReadAgain();
    void secretsNeverLogged();
    void cancelAbortsCall();
    void destroyedContextCancels();
    void meterCountsEveryRequest();

private:
    FakeOpenApi* m_server = nullptr;
    ApiClient* m_client = nullptr;
    RequestLog* m_log = nullptr;
};

std::optional<ApiResult<QList<Account>>> TestApiClient::describeAccountsOfRm1()
{
    AccountClient rds(m_client, Product::Rds);
    Waiter<QList<Account>> waiter;
    rds.describeAccounts(QStringLiteral("rm-1"), this, waiter.callback());
    waiter.wait();
    return waiter.result;
}

std::optional<ApiResult<QString>> TestApiClient::createAppUserOnRm1()
{
    AccountClient rds(m_client, Product::Rds);
    Waiter<QString> waiter;
    rds.write(rds.requests().createAccount(
                  QStringLiteral("rm-1"), QStringLiteral("app_user"), QStringLiteral("Passw0rd!"), {}, {}),
        this,
        waiter.callback());
    waiter.wait();
    return waiter.result;
}

void TestApiClient::init()
{
    m_server = new FakeOpenApi(this);
    QVERIFY(m_server->start() != 0);
    m_client = new ApiClient(this);
    m_client->setCredentials(Credentials::accessKey(QStringLiteral("testid"), QStringLiteral("testsecret")));
    m_client->setRegion(QStringLiteral("cn-hangzhou"));
    QVERIFY(m_client->endpoints().setOverride(Product::Rds, m_server->url()));
    QVERIFY(m_client->endpoints().setOverride(Product::Redis, m_server->url()));
    m_client->setRetryPolicy(fastPolicy());
    m_client->setTimeoutMs(3000);
    m_log = new RequestLog(this);
    m_client->setRequestLog(m_log);
}

void TestApiClient::cleanup()
{
    delete m_client;
    delete m_server;
    delete m_log;
}

void TestApiClient::wireForms_data()
{
    QTest::addColumn<Credentials>("credentials");
    QTest::addColumn<QStringList>("expectedParameters");
    QTest::addColumn<QStringList>("absentParameters");
    QTest::addColumn<QByteArrayList>("expectedHeaders");
    using S = Credentials::SigningMethod;
    const QString id = QStringLiteral("testid");
    const QString secret = QStringLiteral("testsecret");
    const QString token = QStringLiteral("sts-token/+=");
    QTest::newRow("v3-ak") << Credentials::accessKey(id, secret) << QStringList { QStringLiteral("DBInstanceId") }
                           << QStringList { QStringLiteral("Action"),
                                  QStringLiteral("Signature"),
                                  QStringLiteral("AccessKeyId") }
                           << QByteArrayList { "authorization",
                                  "x-acs-date",
                                  "x-acs-signature-nonce",
                                  "x-acs-content-sha256",
                                  "x-acs-version",
                                  "x-acs-action" };
    QTest::newRow("v3-sts") << Credentials::sts(id, secret, token) << QStringList { QStringLiteral("DBInstanceId") }
                            << QStringList { QStringLiteral("SecurityToken") }
                            << QByteArrayList { "authorization", "x-acs-security-token", "x-acs-accesskey-id" };
    QTest::newRow("v1-ak") << Credentials::accessKey(id, secret, S::RpcHmacSha1)
                           << QStringList { QStringLiteral("Action"),
                                  QStringLiteral("Format"),
                                  QStringLiteral("Version"),
                                  QStringLiteral("Timestamp"),
                                  QStringLiteral("SignatureNonce"),
                                  QStringLiteral("SignatureMethod"),
                                  QStringLiteral("SignatureVersion"),
                                  QStringLiteral("AccessKeyId"),
                                  QStringLiteral("Signature") }
                           << QStringList { QStringLiteral("SecurityToken") } << QByteArrayList { "x-acs-action" };
    QTest::newRow("v1-sts") << Credentials::sts(id, secret, token, S::RpcHmacSha1)
                            << QStringList { QStringLiteral("SecurityToken"), QStringLiteral("Signature") }
                            << QStringList {} << QByteArrayList {};
    QTest::newRow("v3-bearer") << Credentials::bearer(QStringLiteral("my-bearer-token"))
                               << QStringList { QStringLiteral("SignatureType") }
                               << QStringList { QStringLiteral("BearerToken"), QStringLiteral("Signature") }
                               << QByteArrayList { "x-acs-bearer-token", "x-acs-signature-nonce" };
    QTest::newRow("v1-bearer") << Credentials::bearer(QStringLiteral("my-bearer-token"), S::RpcHmacSha1)
                               << QStringList { QStringLiteral("BearerToken"),
                                      QStringLiteral("SignatureType"),
                                      QStringLiteral("Action"),
                                      QStringLiteral("Timestamp") }
                               << QStringList { QStringLiteral("AccessKeyId"), QStringLiteral("Signature") }
                               << QByteArrayList {};
}

void TestApiClient::wireForms()
{
    QFETCH(Credentials, credentials);
    QFETCH(QStringList, expectedParameters);
    QFETCH(QStringList, absentParameters);
    QFETCH(QByteArrayList, expectedHeaders);
    m_client->setCredentials(credentials);
    m_server->setHandler([](const FakeOpenApi::Captured&) { return FakeOpenApi::json(accountsPage(0, 1, 1, 1)); });
    const std::optional<ApiResult<QList<Account>>> answer = describeAccountsOfRm1();
    QVERIFY(answer);
    QVERIFY2(answer->ok(), qPrintable(answer->error ? answer->error->message : QString()));
    QCOMPARE(m_server->requests.size(), 1);
    const auto& request = m_server->requests.first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url.path(), QStringLiteral("/"));
    QVERIFY2(request.signatureValid, "the fake endpoint must accept the signature");
    QCOMPARE(request.action, QStringLiteral("DescribeAccounts"));
    for (const QString& key : expectedParameters)
        QVERIFY2(request.hasParameter(key), qPrintable(key));
    for (const QString& key : absentParameters)
        QVERIFY2(!request.hasParameter(key), qPrintable(key));
    for (const QByteArray& name : expectedHeaders)
        QVERIFY2(!request.header(name).isEmpty(), name.constData());
    if (credentials.signingMethod == Credentials::SigningMethod::RpcHmacSha1) {
        // Signature goes last, as openapi-core sends it.
        QCOMPARE(request.query.last().first,
            credentials.mode == Credentials::Mode::BearerToken ? QStringLiteral("SignatureType")
                                                               : QStringLiteral("Signature"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                    .match(request.parameter(QStringLiteral("Timestamp")))
                    .hasMatch());
    }
}

void TestApiClient::userAgentAndNoContentType()
{
    AccountClient rds(m_client, Product::Rds);
    Waiter<QStringList> first;
    Waiter<QStringList> second;
    m_server->setHandler([](const FakeOpenApi::Captured&) {
        return FakeOpenApi::json(R"({"RequestId":"R","Key":"account","Words":{"word":["root","admin"]}})");
    });
    rds.describeInstanceKeywords(QStringLiteral("account"), this, first.callback());
    rds.describeInstanceKeywords(QStringLiteral("account"), this, second.callback());
    QVERIFY(first.wait() && second.wait());
    QCOMPARE(first.result->value, (QStringList { QStringLiteral("root"), QStringLiteral("admin") }));
    QCOMPARE(m_server->requests.size(), 2);
    const auto& request = m_server->requests.first();
    QVERIFY(request.header("user-agent").startsWith("ApsaraAccounts/" APSARA_VERSION " Qt/"));
    QVERIFY(request.header("content-type").isEmpty());
    // Nonces are unique per request.
    QVERIFY(request.header("x-acs-signature-nonce") != m_server->requests.at(1).header("x-acs-signature-nonce"));
    QCOMPARE(request.header("x-acs-signature-nonce").size(), 64);
}

void TestApiClient::rdsAccountsPageThroughAll()
{
    m_server->setHandler([](const FakeOpenApi::Captured& request) {
        const int page = request.parameter(QStringLiteral("PageNumber")).toInt();
        const int size = request.parameter(QStringLiteral("PageSize")).toInt();
        const int from = (page - 1) * size;
        return FakeOpenApi::json(accountsPage(from, std::min(size, 250 - from), 250, page));
    });
    const std::optional<ApiResult<QList<Account>>> answer = describeAccountsOfRm1();
    QVERIFY(answer);
    QVERIFY(answer->ok());
    QCOMPARE(answer->value.size(), 250);
    QCOMPARE(answer->value.last().name, QStringLiteral("user_249"));
    QCOMPARE(m_server->requests.size(), 3);
    QCOMPARE(m_server->requests.first().parameter(QStringLiteral("PageSize")), QStringLiteral("100"));
    QCOMPARE(m_server->requests.last().parameter(QStringLiteral("PageNumber")), QStringLiteral("3"));
    QCOMPARE(answer->requestId, QStringLiteral("REQ-P3"));
}

void TestApiClient::redisInstancesPageBy50()
{
    m_server->setHandler([](const FakeOpenApi::Captured& request) {
        const int page = request.parameter(QStringLiteral("PageNumber")).toInt();
        const int size = request.parameter(QStringLiteral("PageSize")).toInt();
        QJsonArray rows;
        for (int i = (page - 1) * size; i < std::min(120, page * size); ++i) {
            rows.append(QJsonObject { { QStringLiteral("InstanceId"), QStringLiteral("r-%1").arg(i) },
                { QStringLiteral("EngineVersion"), QStringLiteral("5.0") },
                { QStringLiteral("ArchitectureType"), i % 2 ? QStringLiteral("cluster") : QStringLiteral("standard") },
                { QStringLiteral("InstanceStatus"), QStringLiteral("Normal") },
                { QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou") } });
        }
        const QJsonObject body { { QStringLiteral("RequestId"), QStringLiteral("R") },
            { QStringLiteral("PageNumber"), page },
            { QStringLiteral("PageSize"), size },
            { QStringLiteral("TotalCount"), 120 },
            { QStringLiteral("Instances"), QJsonObject { { QStringLiteral("KVStoreInstance"), rows } } } };
        return FakeOpenApi::json(QJsonDocument(body).toJson());
    });
    const std::optional<ApiResult<QList<Instance>>> answer
        = ask<QList<Instance>>(Product::Redis, [this](AccountClient& client, auto done) {
              client.describeInstances(QStringLiteral("cn-hangzhou"), this, done);
          });
    QVERIFY(answer);
    QVERIFY(answer->ok());
    QCOMPARE(answer->value.size(), 120);
    QCOMPARE(m_server->requests.size(), 3);
    QCOMPARE(m_server->requests.first().parameter(QStringLiteral("PageSize")), QStringLiteral("50"));
    const Instance& second = answer->value.at(1);
    QCOMPARE(second.engine, Engine::Redis);
    QCOMPARE(second.product, Product::Redis);
    QCOMPARE(second.architecture, Architecture::Cluster);
    QCOMPARE(second.engineVersion, QStringLiteral("5.0"));
    QCOMPARE(second.status, QStringLiteral("Running")); // Redis's "Normal" in the domain's word
}

void TestApiClient::rdsInstancesFollowNextToken()
{
    m_server->setHandler([](const FakeOpenApi::Captured& request) {
        const bool second = request.parameter(QStringLiteral("NextToken")) == QLatin1String("tok-2");
        QJsonArray rows { QJsonObject {
            { QStringLiteral("DBInstanceId"), second ? QStringLiteral("pgm-2") : QStringLiteral("rm-1") },
            { QStringLiteral("Engine"), second ? QStringLiteral("PostgreSQL") : QStringLiteral("MySQL") },
            { QStringLiteral("EngineVersion"), QStringLiteral("8.0") },
            { QStringLiteral("DBInstanceStatus"), QStringLiteral("Running") } } };
        QJsonObject body { { QStringLiteral("RequestId"), QStringLiteral("R") },
            { QStringLiteral("Items"), QJsonObject { { QStringLiteral("DBInstance"), rows } } },
            { QStringLiteral("NextToken"), second ? QString() : QStringLiteral("tok-2") } };
        return FakeOpenApi::json(QJsonDocument(body).toJson());
    });
    const std::optional<ApiResult<QList<Instance>>> answer
        = ask<QList<Instance>>(Product::Rds, [this](AccountClient& client, auto done) {
              client.describeInstances(QStringLiteral("cn-hangzhou"), this, done);
          });
    QVERIFY(answer);
    QVERIFY(answer->ok());
    QCOMPARE(answer->value.size(), 2);
    QCOMPARE(answer->value.at(1).engine, Engine::PostgreSQL);
    QCOMPARE(m_server->requests.size(), 2);
    QCOMPARE(m_server->requests.first().parameter(QStringLiteral("RegionId")), QStringLiteral("cn-hangzhou"));
    QVERIFY(!m_server->requests.at(1).hasParameter(QStringLiteral("PageNumber")));
}

void TestApiClient::errorCategories_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<ServiceError::Category>("category");
    QTest::addColumn<QString>("code");
    using C = ServiceError::Category;
    auto error = [](const char* code) -> QByteArray {
        return QByteArray(R"({"RequestId":"ERR-1","HostId":"rds.aliyuncs.com","Code":")") + code
            + R"(","Message":"the message","Recommend":"https://x"})";
    };
    const QByteArray json = "application/json";
    QTest::newRow("html") << 200 << QByteArray("<!DOCTYPE html><html><body>Bad gateway</body></html>")
                          << QByteArray("text/html") << C::Parse << QString();
    QTest::newRow("xml") << 200 << QByteArray("<?xml version=\"1.0\"?><Error><Code>X</Code></Error>")
                         << QByteArray("text/xml") << C::Parse << QString();
    QTest::newRow("truncated") << 200 << QByteArray(R"({"RequestId":"R","Accounts":{"DBInst)") << json << C::Parse
                               << QString();
    QTest::newRow("empty") << 200 << QByteArray() << json << C::Parse << QString();
    QTest::newRow("no-request-id") << 200 << QByteArray(R"({"Accounts":{}})") << json << C::Parse << QString();
    QTest::newRow("400") << 400 << error("InvalidAccountPassword.Malformed") << json << C::InvalidInput
                         << QStringLiteral("InvalidAccountPassword.Malformed");
    QTest::newRow("400-duplicate") << 400 << error("InvalidAccountName.Duplicate") << json << C::Conflict
                                   << QStringLiteral("InvalidAccountName.Duplicate");
    QTest::newRow("403-auth") << 403 << error("SignatureDoesNotMatch") << json << C::Authentication
                              << QStringLiteral("SignatureDoesNotMatch");
    QTest::newRow("403-quota") << 403 << error("AccountQuotaExceeded") << json << C::Conflict
                               << QStringLiteral("AccountQuotaExceeded");
    QTest::newRow("404") << 404 << error("InvalidDBInstanceId.NotFound") << json << C::NotFound
                         << QStringLiteral("InvalidDBInstanceId.NotFound");
    QTest::newRow("409") << 409 << error("SomeObjectsDependOnAccount") << json << C::Conflict
                         << QStringLiteral("SomeObjectsDependOnAccount");
    QTest::newRow("429") << 429 << error("Throttling.User") << json << C::Throttled
                         << QStringLiteral("Throttling.User");
    QTest::newRow("500") << 500 << error("InternalError") << json << C::Server << QStringLiteral("InternalError");
    QTest::newRow("503") << 503 << error("ServiceUnavailable") << json << C::Server
                         << QStringLiteral("ServiceUnavailable");
}

void TestApiClient::errorCategories()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(ServiceError::Category, category);
    QFETCH(QString, code);
    m_client->setRetryPolicy(fastPolicy(0, 0));
    m_server->setHandler([=](const FakeOpenApi::Captured&) {
        FakeOpenApi::Reply reply = FakeOpenApi::json(body, status);
        reply.contentType = contentType;
        return reply;
    });
    AccountClient rds(m_client, Product::Rds);
    Waiter<QList<Account>> waiter;
    rds.describeAccounts(QStringLiteral("rm-1"), this, waiter.callback());
    QVERIFY(waiter.wait());
    QVERIFY(!waiter.result->ok());
    const ServiceError& error = *waiter.result->error;
    QCOMPARE(error.category, category);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.action, QStringLiteral("DescribeAccounts"));
    QVERIFY(!error.message.isEmpty());
    if (!code.isEmpty()) {
        QCOMPARE(error.code, code);
        QCOMPARE(error.message, QStringLiteral("the message"));
        QCOMPARE(error.requestId, QStringLiteral("ERR-1"));
        QCOMPARE(error.hostId, QStringLiteral("rds.aliyuncs.com"));
        QCOMPARE(error.recommend, QStringLiteral("https://x"));
    }
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(m_log->records().size(), 1);
    QVERIFY(!m_log->records().first().ok);
}

void TestApiClient::connectionRefusedIsNetwork()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    QVERIFY(m_client->endpoints().setOverride(Product::Rds, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    m_client->setRetryPolicy(fastPolicy(0, 2));
    const std::optional<ApiResult<QList<Account>>> answer = describeAccountsOfRm1();
    QVERIFY(answer);
    QVERIFY(!answer->ok());
    QCOMPARE(answer->error->category, ServiceError::Category::Network);
    QCOMPARE(answer->error->code, QStringLiteral("ConnectionRefused"));
    QCOMPARE(m_log->records().last().retries, 2); // a read is retried on connection faults
}

void TestApiClient::hangingServerTimesOut()
{
    m_client->setTimeoutMs(200);
    m_client->setRetryPolicy(fastPolicy(0, 0));
    m_server->setHandler([](const FakeOpenApi::Captured&) { return FakeOpenApi::hanging(); });
    const std::optional<ApiResult<QList<Account>>> answer = describeAccountsOfRm1();
    QVERIFY(answer);
    QVERIFY(!answer->ok());
    QCOMPARE(answer->error->category, ServiceError::Category::Timeout);
}

void TestApiClient::httpsToPlainPortFailsClosed()
{
    QUrl url = m_server->url();
    url.setScheme(QStringLiteral("https"));
    QVERIFY(m_client->endpoints().setOverride(Product::Rds, url));
    m_client->setRetryPolicy(fastPolicy(0, 0));
    const std::optional<ApiResult<QList<Account>>> answer = describeAccountsOfRm1();
    QVERIFY(answer);
    QVERIFY(!answer->ok());
    const auto category = answer->error->category;
    QVERIFY2(category == ServiceError::Category::Tls || category == ServiceError::Category::Network,
        qPrintable(answer->error->message));
}

void TestApiClient::plainHttpToRemoteHostRefused()
{
    QString error;
    QVERIFY(!m_client->endpoints().setOverride(Product::Rds, QUrl(QStringLiteral("http://rds.aliyuncs.com")), &error));
    QVERIFY(error.contains(QStringLiteral("http")));
    QVERIFY(!EndpointResolver::parseOverride(QStringLiteral("rds=http://10.0.0.1:8080")));
    QVERIFY(EndpointResolver::parseOverride(QStringLiteral("rds=http://[::1]:8080")));
    QVERIFY(EndpointResolver::parseOverride(QStringLiteral("r-kvstore=http://localhost:8080")));
}

void TestApiClient::missingFieldIsParseError()
{
    m_server->setHandler([](const FakeOpenApi::Captured&) {
        return FakeOpenApi::json(
            R"({"RequestId":"R9","TotalRecordCount":1,"Accounts":{"DBInstanceAccount":[{"AccountStatus":"Available","AccountType":"Normal"}]}})");
    });
    const std::optional<ApiResult<QList<Account>>> answer = describeAccountsOfRm1();
    QVERIFY(answer);
    QVERIFY(!answer->ok());
    QCOMPARE(answer->error->category, ServiceError::Category::Parse);
    QVERIFY2(answer->error->message.contains(QStringLiteral("Accounts.DBInstanceAccount[0].AccountName")),
        qPrintable(answer->error->message));
    QCOMPARE(answer->error->requestId, QStringLiteral("R9"));
    QVERIFY(answer->value.isEmpty());
}

void TestApiClient::mistypedFieldIsParseError()
{
    m_server->setHandler([](const FakeOpenApi::Captured&) {
        return FakeOpenApi::json(R"({"RequestId":"R","Regions":{"RDSRegion":[{"RegionId":42}]}})");
    });
    const std::optional<ApiResult<QList<Region>>> answer = ask<QList<Region>>(
        Product::Rds, [this](AccountClient& client, auto done) { client.describeRegions(this, done); });
    QVERIFY(answer);
    QVERIFY(!answer->ok());
    QCOMPARE(answer->error->category, ServiceError::Category::Parse);
    QVERIFY(answer->error->message.contains(QStringLiteral("Regions.RDSRegion[0].RegionId")));
}

void TestApiClient::throttlingRetriesThenSucceeds()
{
    int calls = 0;
    m_server->setHandler([&calls](const FakeOpenApi::Captured&) {
        if (++calls <= 2) {
            auto reply = FakeOpenApi::json(R"({"RequestId":"T","Code":"Throttling.User","Message":"slow down"})", 429);
            reply.headers.append({ QByteArrayLiteral("x-acs-retry-after"), QByteArrayLiteral("5") });
            return reply;
        }
        return FakeOpenApi::json(R"({"RequestId":"OK-3"})");
    });
    const std::optional<ApiResult<QString>> answer
        = ask<QString>(Product::Rds, [this](AccountClient& client, auto done) {
              client.write(client.requests().resetAccountPassword(
                               QStringLiteral("rm-1"), QStringLiteral("u1"), QStringLiteral("Passw0rd!")),
                  this,
                  done);
          });
    QVERIFY(answer);
    QVERIFY(answer->ok());
    QCOMPARE(answer->value, QStringLiteral("OK-3"));
    QCOMPARE(m_server->requests.size(), 3); // a throttled write was refused, so resending it is safe
    QCOMPARE(m_log->records().size(), 1);
    QCOMPARE(m_log->records().first().retries, 2);
    QCOMPARE(m_log->records().first().requestId, QStringLiteral("OK-3"));
}

void TestApiClient::serverErrorRetriedThreeTimes()
{
    m_server->setHandler([](const FakeOpenApi::Captured&) {
        return FakeOpenApi::json(R"({"RequestId":"E","Code":"InternalError","Message":"boom"})", 500);
    });
    const std::optional<ApiResult<QList<Region>>> answer = ask<QList<Region>>(
        Product::Rds, [this](AccountClient& client, auto done) { client.describeRegions(this, done); });
    QVERIFY(answer);
    QVERIFY(!answer->ok());
    QCOMPARE(answer->error->category, ServiceError::Category::Server);
    QCOMPARE(m_server->requests.size(), 4); // 1 + at most 3 retries
    QCOMPARE(m_log->records().last().retries, 3);
}

void TestApiClient::unknownWriteVerifiedNotResent()
{
    m_client->setTimeoutMs(300);
    bool created = false;
    m_server->setHandler([&created](const FakeOpenApi::Captured& request) {
        if (request.action == QLatin1String("CreateAccount")) {
            created = true;
            // the account is created, but the answer never comes
            return FakeOpenApi::hanging();
        }
        if (!created) // the read before the create: the name is free
            return FakeOpenApi::json(R"({"RequestId":"V0","Accounts":{"DBInstanceAccount":[]}})");
        return FakeOpenApi::json(
            R"({"RequestId":"V1","Accounts":{"DBInstanceAccount":[{"AccountName":"app_user","AccountStatus":"Available","AccountType":"Normal"}]}})");
    });
    const std::optional<ApiResult<QString>> answer = createAppUserOnRm1();
    QVERIFY(answer);
    QVERIFY2(answer->ok(), qPrintable(answer->error ? answer->error->message : QString()));
    QCOMPARE(m_server->count(QStringLiteral("CreateAccount")), 1);
    QCOMPARE(m_server->count(QStringLiteral("DescribeAccounts")), 2); // before the send, and the check after it
    QCOMPARE(m_server->requests.last().parameter(QStringLiteral("AccountName")), QStringLiteral("app_user"));
}

void TestApiClient::unknownWriteNotAppliedIsResentOnce()
{
    m_client->setTimeoutMs(300);
    int creates = 0;
    m_server->setHandler([&creates](const FakeOpenApi::Captured& request) {
        if (request.action == QLatin1String("CreateAccount")) {
            if (++creates == 1) {
                return FakeOpenApi::hanging();
            }
            return FakeOpenApi::json(R"({"RequestId":"C2"})");
        }
        return FakeOpenApi::json(R"({"RequestId":"V1","Accounts":{"DBInstanceAccount":[]}})");
    });
    const std::optional<ApiResult<QString>> answer = createAppUserOnRm1();
    QVERIFY(answer);
    QVERIFY(answer->ok());
    QCOMPARE(answer->value, QStringLiteral("C2"));
    QCOMPARE(m_server->count(QStringLiteral("CreateAccount")), 2);
    // One read before the create, then three checks (the service may still be applying it), then the resend.
    QCOMPARE(m_server->count(QStringLiteral("DescribeAccounts")), 4);
    QStringList order;
    for (const auto& request : m_server->requests)
        order << request.action;
    QCOMPARE(order,
        QStringList({ QStringLiteral("DescribeAccounts"),
            QStringLiteral("CreateAccount"),
            QStringLiteral("DescribeAccounts"),
            QStringLiteral("DescribeAccounts"),
            QStringLiteral("DescribeAccounts"),
            QStringLiteral("CreateAccount") }));
}

void TestApiClient::unverifiableWriteIsNeverResent()
{
    m_client->setTimeoutMs(300);
    m_server->setHandler([](const FakeOpenApi::Captured&) { return FakeOpenApi::hanging(); });
    const std::optional<ApiResult<QString>> answer
        = ask<QString>(Product::Redis, [this](AccountClient& client, auto done) {
              client.write(client.requests().resetAccountPassword(
                               QStringLiteral("r-1"), QStringLiteral("u1"), QStringLiteral("Passw0rd!")),
                  this,
                  done);
          });
    QVERIFY(answer);
    QVERIFY(!answer->ok());
    QCOMPARE(answer->error->category, ServiceError::Category::Timeout);
    QVERIFY(answer->error->outcomeUnknown);
    QVERIFY(!answer->error->isRetrySafe());
    QCOMPARE(m_server->requests.size(), 1);
}

// The one client speaks Redis's role grant (no DBName) and checks an unknown outcome by the account's role.
void TestApiClient::redisRoleGrantVerifiedByRole()
{
    m_client->setTimeoutMs(300);
    m_server->setHandler([](const FakeOpenApi::Captured& request) {
        if (request.action == QLatin1String("GrantAccountPrivilege")) {
            // applied, but the answer never comes
            return FakeOpenApi::hanging();
        }
        return FakeOpenApi::json(
            R"({"RequestId":"V1","Accounts":{"Account":[{"InstanceId":"r-1","AccountName":"u1","AccountStatus":"Available","DatabasePrivileges":{"DatabasePrivilege":[{"AccountPrivilege":"RoleReadOnly"}]}}]}})");
    });
    AccountClient redis(m_client, Product::Redis);
    Waiter<QString> waiter;
    redis.write(redis.requests().grantAccountPrivilege(
                    QStringLiteral("r-1"), QStringLiteral("u1"), {}, { QStringLiteral("RoleReadOnly") }),
        this,
        waiter.callback());
    QVERIFY(waiter.wait());
    QVERIFY2(waiter.result->ok(), qPrintable(waiter.result->error ? waiter.result->error->message : QString()));
    QCOMPARE(m_server->count(QStringLiteral("GrantAccountPrivilege")), 1);
    QCOMPARE(m_server->count(QStringLiteral("DescribeAccounts")), 1);
    const FakeOpenApi::Captured grant = m_server->requests.first();
    QCOMPARE(grant.parameter(QStringLiteral("InstanceId")), QStringLiteral("r-1"));
    QCOMPARE(grant.parameter(QStringLiteral("AccountPrivilege")), QStringLiteral("RoleReadOnly"));
    QVERIFY(!grant.hasParameter(QStringLiteral("DBName")));
}

// Redis has no LockAccount or DescribeDatabases: the client says so without sending anything.
void TestApiClient::actionTheProductLacksIsNotSent()
{
    AccountClient redis(m_client, Product::Redis);
    Waiter<QString> lock;
    redis.write(
        redis.requests().setAccountLocked(QStringLiteral("r-1"), QStringLiteral("u1"), true), this, lock.callback());
    Waiter<QList<Database>> databases;
    redis.describeDatabases(QStringLiteral("r-1"), this, databases.callback());
    QVERIFY(lock.wait());
    QVERIFY(databases.wait());
    QVERIFY(!lock.result->ok());
    QCOMPARE(lock.result->error->code, QStringLiteral("UnsupportedAction"));
    QCOMPARE(lock.result->error->action, QStringLiteral("LockAccount"));
    QVERIFY(!databases.result->ok());
    QCOMPARE(databases.result->error->code, QStringLiteral("UnsupportedAction"));
    QVERIFY(m_server->requests.isEmpty());
}

void TestApiClient::secretsNeverLogged()
{
    const QString secret = QStringLiteral("VerySecretKey123");
    const QString password = QStringLiteral("Pa55word!Unique");
    const QString token = QStringLiteral("STS-TOKEN-XYZ");
    m_server->setSecret(secret);
    m_client->setCredentials(Credentials::sts(QStringLiteral("testid"), secret, token));
    m_server->setHandler([](const FakeOpenApi::Captured&) {
        return FakeOpenApi::json(R"({"RequestId":"E","Code":"InvalidAccountPassword","Message":"bad"})", 400);
    });
    // QT_LOGGING_RULES (ctest sets *.debug=false) outranks filter rules, so switch the category on directly.
    const_cast<QLoggingCategory&>(lcApi()).setEnabled(QtDebugMsg, true);
    g_captured.clear();
    const auto previous = qInstallMessageHandler(captureMessages);
    AccountClient rds(m_client, Product::Rds);
    Waiter<QString> waiter;
    rds.write(rds.requests().createAccount(QStringLiteral("rm-1"), QStringLiteral("app_user"), password, {}, {}),
        this,
        waiter.callback());
    const bool finished = waiter.wait();
    Waiter<QString> v1;
    m_client->setCredentials(
        Credentials::sts(QStringLiteral("testid"), secret, token, Credentials::SigningMethod::RpcHmacSha1));
    rds.write(rds.requests().resetAccountPassword(QStringLiteral("rm-1"), QStringLiteral("app_user"), password),
        this,
        v1.callback());
    const bool finishedV1 = v1.wait();
    qInstallMessageHandler(previous);
    const_cast<QLoggingCategory&>(lcApi()).setEnabled(QtDebugMsg, false);
    QVERIFY(finished && finishedV1);
    QVERIFY(m_server->requests.first().signatureValid);
    QVERIFY2(!g_captured.isEmpty(), "debug output must have been produced to be checked");
    const QString signature
        = QString::fromUtf8(m_server->requests.last().parameter(QStringLiteral("Signature")).toUtf8());
    QVERIFY(!signature.isEmpty());
    const QString everything = g_captured.join(QLatin1Char('\n'));
    QVERIFY2(everything.contains(QStringLiteral("CreateAccount")), qPrintable(everything));
    for (const QString& forbidden :
        { secret, password, token, signature, QString::fromUtf8(QUrl::toPercentEncoding(password)) })
        QVERIFY2(!everything.contains(forbidden), qPrintable(forbidden));
    QVERIFY(!everything.contains(QString::fromUtf8(m_server->requests.first().header("authorization"))));
    for (const CallRecord& record : m_log->records()) {
        const QString text = record.target + record.errorCode + record.requestId;
        QVERIFY(!text.contains(password) && !text.contains(secret));
    }
}

void TestApiClient::cancelAbortsCall()
{
    m_server->setHandler([](const FakeOpenApi::Captured&) { return FakeOpenApi::hanging(); });
    AccountClient rds(m_client, Product::Rds);
    Waiter<QList<Account>> waiter;
    ApiCall* call = rds.describeAccounts(QStringLiteral("rm-1"), this, waiter.callback());
    QTRY_COMPARE(m_server->requests.size(), 1);
    call->cancel();
    QVERIFY(waiter.wait(1000));
    QCOMPARE(waiter.result->error->category, ServiceError::Category::Cancelled);
}

void TestApiClient::destroyedContextCancels()
{
    m_server->setHandler([](const FakeOpenApi::Captured&) { return FakeOpenApi::hanging(); });
    AccountClient rds(m_client, Product::Rds);
    auto* dialog = new QObject;
    bool called = false;
    QPointer<ApiCall> call = rds.describeAccounts(
        QStringLiteral("rm-1"), dialog, [&called](const ApiResult<QList<Account>>&) { called = true; });
    QTRY_COMPARE(m_server->requests.size(), 1);
    delete dialog;
    QTRY_VERIFY(call.isNull()); // cancelled and deleted
    QVERIFY(!called); // the closed dialog is never called back
    QTRY_VERIFY(!m_log->records().isEmpty());
    QCOMPARE(m_log->records().last().errorCode, QStringLiteral("Cancelled"));
}

void TestApiClient::meterCountsEveryRequest()
{
    CallMeter meter(nullptr);
    m_client->setCallMeter(&meter);
    QSignalSpy changed(&meter, &CallMeter::changed);
    int calls = 0;
    m_server->setHandler([&calls](const FakeOpenApi::Captured&) {
        if (++calls == 1)
            return FakeOpenApi::json(R"({"RequestId":"T","Code":"Throttling.User"})", 429);
        return FakeOpenApi::json(R"({"RequestId":"OK"})");
    });
    const std::optional<ApiResult<QString>> answer
        = ask<QString>(Product::Rds, [this](AccountClient& client, auto done) {
              client.write(client.requests().modifyAccountDescription(
                               QStringLiteral("rm-1"), QStringLiteral("u1"), QStringLiteral("Desc")),
                  this,
                  done);
          });
    QVERIFY(answer);
    QVERIFY(answer->ok());
    QCOMPARE(changed.size(), 2); // the throttled request is billed too
    const auto usage = meter.usage();
    QCOMPARE(usage.size(), 1);
    QCOMPARE(usage.first().action, QStringLiteral("ModifyAccountDescription"));
    QCOMPARE(usage.first().sessionCalls, 2);
    QCOMPARE(usage.first().unitPriceCny, 0.002); // the seed's Input 0.001 plus Output 0.001
    QCOMPARE(usage.first().freeCallsPerMonth, 1000);
}

namespace {

QByteArray accountRow(const char* status = "Available", const char* description = "")
{
    return QByteArrayLiteral(
               R"({"RequestId":"R","Accounts":{"DBInstanceAccount":[{"AccountName":"u1","AccountStatus":")")
        + status + QByteArrayLiteral(R"(","AccountType":"Normal","AccountDescription":")") + description
        + QByteArrayLiteral(R"("}]}})");
}

} // namespace

// A 5xx on a write is an unknown outcome like a timeout: read first; the write's own RequestId is reported.
void TestApiClient::serverErrorOnWriteIsCheckedFirst()
{
    m_server->setHandler([](const FakeOpenApi::Captured& request) {
        if (request.action == QLatin1String("ModifyAccountDescription")) // applied, then the gateway failed
            return FakeOpenApi::json(R"({"RequestId":"WRITE-1","Code":"InternalError","Message":"boom"})", 500);
        return FakeOpenApi::json(accountRow("Available", "New"));
    });
    const std::optional<ApiResult<QString>> answer
        = ask<QString>(Product::Rds, [this](AccountClient& client, auto done) {
              client.write(client.requests().modifyAccountDescription(
                               QStringLiteral("rm-1"), QStringLiteral("u1"), QStringLiteral("New")),
                  this,
                  done);
          });
    QVERIFY(answer);
    QVERIFY(answer->ok());
    QCOMPARE(answer->value, QStringLiteral("WRITE-1"));
    QCOMPARE(m_server->count(QStringLiteral("ModifyAccountDescription")), 1);
    QCOMPARE(m_server->count(QStringLiteral("DescribeAccounts")), 1);
}

// The service may still be applying the write: a first read that does not show it is not enough to resend.
void TestApiClient::laterCheckFindsSlowWrite()
{
    int reads = 0;
    m_server->setHandler([&reads](const FakeOpenApi::Captured& request) {
        if (request.action == QLatin1String("LockAccount"))
            return FakeOpenApi::json(R"({"RequestId":"L","Code":"ServiceUnavailable"})", 503);
        return FakeOpenApi::json(accountRow(++reads >= 2 ? "Locked" : "Available"));
    });
    const std::optional<ApiResult<QString>> answer
        = ask<QString>(Product::Rds, [this](AccountClient& client, auto done) {
              client.write(
                  client.requests().setAccountLocked(QStringLiteral("rm-1"), QStringLiteral("u1"), true), this, done);
          });
    QVERIFY(answer);
    QVERIFY(answer->ok());
    QCOMPARE(m_server->count(QStringLiteral("LockAccount")), 1);
    QCOMPARE(reads, 2);
}

// The resend's "already exists" is the first send's doing: a read confirms it, and it is reported as applied.
void TestApiClient::resendRefusedAsDuplicateIsApplied()
{
    int creates = 0;
    int reads = 0;
    m_server->setHandler([&](const FakeOpenApi::Captured& request) {
        if (request.action == QLatin1String("CreateAccount")) {
            if (++creates == 1)
                return FakeOpenApi::json(R"({"RequestId":"C1","Code":"ServiceUnavailable"})", 503);
            return FakeOpenApi::json(R"({"RequestId":"C2","Code":"InvalidAccountName.Duplicate"})", 400);
        }
        // Before the create and in the three checks the name is free; the first send lands late.
        if (++reads <= 4)
            return FakeOpenApi::json(R"({"RequestId":"R","Accounts":{"DBInstanceAccount":[]}})");
        return FakeOpenApi::json(accountRow());
    });
    const std::optional<ApiResult<QString>> answer
        = ask<QString>(Product::Rds, [this](AccountClient& client, auto done) {
              client.write(client.requests().createAccount(
                               QStringLiteral("rm-1"), QStringLiteral("u1"), QStringLiteral("Passw0rd!"), {}, {}),
                  this,
                  done);
          });
    QVERIFY(answer);
    QVERIFY2(answer->ok(), qPrintable(answer->error ? answer->error->message : QString()));
    QCOMPARE(answer->value, QStringLiteral("C1"));
    QCOMPARE(creates, 2);
    QCOMPARE(reads, 5);
}

// The name was taken before the call (a stale list): finding it afterwards proves nothing about this create.
void TestApiClient::createOfExistingNameIsNotClaimed()
{
    m_client->setTimeoutMs(300);
    m_server->setHandler([](const FakeOpenApi::Captured& request) {
        if (request.action == QLatin1String("CreateAccount")) {
            return FakeOpenApi::hanging();
        }
        return FakeOpenApi::json(accountRow());
    });
    AccountClient rds(m_client, Product::Rds);
    Waiter<QString> waiter;
    rds.write(
        rds.requests().createAccount(QStringLiteral("rm-1"), QStringLiteral("u1"), QStringLiteral("Passw0rd!"), {}, {}),
        this,
        waiter.callback());
    QVERIFY(waiter.wait());
    QVERIFY(!waiter.result->ok());
    QCOMPARE(waiter.result->error->code, QStringLiteral("AccountExistedBefore"));
    QVERIFY(waiter.result->error->outcomeUnknown);
    QVERIFY(waiter.result->error->message.contains(QStringLiteral("password may not be the one you typed")));
    QCOMPARE(m_server->count(QStringLiteral("CreateAccount")), 1);
}

// A lock whose answer never came and whose check reads fail is "unknown", never "not changed".
void TestApiClient::lockUnknownOutcomeSaysSo()
{
    m_server->setHandler([](const FakeOpenApi::Captured& request) {
        if (request.action == QLatin1String("LockAccount"))
            return FakeOpenApi::json(R"({"RequestId":"L","Code":"InternalError"})", 500);
        return FakeOpenApi::json(R"({"RequestId":"R","Code":"Forbidden.RAM"})", 403);
    });
    const std::optional<ApiResult<QString>> answer
        = ask<QString>(Product::Rds, [this](AccountClient& client, auto done) {
              client.write(
                  client.requests().setAccountLocked(QStringLiteral("rm-1"), QStringLiteral("u1"), true), this, done);
          });
    QVERIFY(answer);
    QVERIFY(!answer->ok());
    QVERIFY(answer->error->outcomeUnknown);
    QVERIFY(!answer->error->isRetrySafe());
    QVERIFY(answer->error->message.contains(QStringLiteral("may or may not have been applied")));
    QCOMPARE(m_server->count(QStringLiteral("LockAccount")), 1);
}

// A profile switch while a call waits to retry must not send the retry with the new credentials.
void TestApiClient::callKeepsItsCredentials()
{
    int calls = 0;
    m_server->setHandler([&calls](const FakeOpenApi::Captured&) {
        if (++calls == 1)
            return FakeOpenApi::json(R"({"RequestId":"T","Code":"Throttling.User"})", 429);
        return FakeOpenApi::json(R"({"RequestId":"OK","Regions":{"RDSRegion":[]}})");
    });
    AccountClient rds(m_client, Product::Rds);
    Waiter<QList<Region>> waiter;
    rds.describeRegions(this, waiter.callback());
    // Switched before the first send and before the retry: both still go with the credentials of the call.
    m_client->setCredentials(Credentials::accessKey(QStringLiteral("otherid"), QStringLiteral("othersecret")));
    QVERIFY(waiter.wait());
    QVERIFY(waiter.result->ok());
    QCOMPARE(m_server->requests.size(), 2);
    for (const auto& request : m_server->requests) {
        QVERIFY(request.signatureValid);
        QVERIFY(request.header("authorization").contains("testid"));
    }
}

void TestApiClient::cancelAllSaysWhatMayHaveApplied()
{
    m_server->setHandler([](const FakeOpenApi::Captured&) { return FakeOpenApi::hanging(); });
    AccountClient rds(m_client, Product::Rds);
    Waiter<QString> sent;
    Waiter<QList<Account>> read;
    rds.write(
        rds.requests().modifyAccountDescription(QStringLiteral("rm-1"), QStringLiteral("u1"), QStringLiteral("D")),
        this,
        sent.callback());
    rds.describeAccounts(QStringLiteral("rm-1"), this, read.callback());
    QTRY_COMPARE(m_server->requests.size(), 2);
    const auto cancelled = m_client->cancelAll();
    QVERIFY(sent.wait(1000));
    QVERIFY(read.wait(1000));
    QCOMPARE(sent.result->error->category, ServiceError::Category::Cancelled);
    const auto write = std::find_if(cancelled.cbegin(), cancelled.cend(), [](const auto& c) { return c.isWrite; });
    QVERIFY(write != cancelled.cend());
    QCOMPARE(write->action, QStringLiteral("ModifyAccountDescription"));
    QCOMPARE(write->target, QStringLiteral("rm-1/u1"));
    QVERIFY(write->mayHaveApplied);
    const QString text = ApiClient::describeCancelled(cancelled);
    QVERIFY(text.contains(QStringLiteral("rm-1/u1")));
    QVERIFY(text.contains(QStringLiteral("may have been applied")));
    QVERIFY(!text.contains(QStringLiteral("DescribeAccounts")));
}

// A server that trickles bytes never trips the idle timeout; the overall deadline still ends the call.
void TestApiClient::overallDeadline()
{
    m_client->setDeadlineMs(400);
    m_server->setHandler([](const FakeOpenApi::Captured&) { return FakeOpenApi::hanging(); });
    const std::optional<ApiResult<QList<Region>>> answer = ask<QList<Region>>(
        Product::Rds, [this](AccountClient& client, auto done) { client.describeRegions(this, done); });
    QVERIFY(answer);
    QCOMPARE(answer->error->code, QStringLiteral("DeadlineExceeded"));
    QCOMPARE(answer->error->category, ServiceError::Category::Timeout);
}

void TestApiClient::oversizedBodyRefused()
{
    m_client->setMaxResponseBytes(qint64(64) * 1024);
    m_server->setHandler([](const FakeOpenApi::Captured&) {
        return FakeOpenApi::json(R"({"RequestId":"BIG","Regions":{"RDSRegion":[]},"Pad":")"
            + QByteArray(qsizetype(200) * 1024, 'x') + R"("})");
    });
    AccountClient rds(m_client, Product::Rds);
    Waiter<QList<Region>> waiter;
    rds.describeRegions(this, waiter.callback());
    QVERIFY(waiter.wait());
    QVERIFY(!waiter.result->ok());
    QCOMPARE(waiter.result->error->code, QStringLiteral("ResponseTooLarge"));
}

// A read whose answer was cut off is safe to send again (a write's is an unknown outcome instead).
void TestApiClient::cutOffReadIsReadAgain()
{
    int calls = 0;
    m_server->setHandler([&calls](const FakeOpenApi::Captured&) {
        if (++calls == 1)
            return FakeOpenApi::json(R"({"RequestId":"CUT","Regions":{"RDSRe)");
        return FakeOpenApi::json(R"({"RequestId":"OK","Regions":{"RDSRegion":[]}})");
    });
    const std::optional<ApiResult<QList<Region>>> answer = ask<QList<Region>>(
        Product::Rds, [this](AccountClient& client, auto done) { client.describeRegions(this, done); });
    QVERIFY(answer);
    QVERIFY(answer->ok());
    QCOMPARE(calls, 2);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
