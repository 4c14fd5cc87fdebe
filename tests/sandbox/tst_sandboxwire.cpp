// Wire-level integration tests: signed raw requests over loopback to an in-process sandbox. Authentication (every
// method and every refusal code), service error codes, paging, throttling, each injected fault and the
// Creating -> Available transition.
#include "PercentEncoding.h"
#include "RpcSigner.h"
#include "SandboxServer.h"
#include "WireHarness.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QString kMySql = QStringLiteral("rm-bp1k8x3n2q7w4e5r6");
const QString kRedis = QStringLiteral("r-bp1h9j8k7l6m5n4b3");

Credentials demoKey(Credentials::SigningMethod method = Credentials::SigningMethod::Acs3HmacSha256)
{
    return Credentials::accessKey(
        QLatin1String(SandboxOptions::DemoAccessKeyId), QLatin1String(SandboxOptions::DemoAccessKeySecret), method);
}

ParameterList createParameters(const QString& name)
{
    return { { QStringLiteral("DBInstanceId"), kMySql },
        { QStringLiteral("AccountName"), name },
        { QStringLiteral("AccountPassword"), QStringLiteral("Str0ng#Pass") } };
}

} // namespace

class TstSandboxWire : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everySigningMethodIsAccepted_data();
    void everySigningMethodIsAccepted();
    void popCoreFormBodyIsAccepted();
    void authenticationFailuresUseTheServiceCodes();
    void seedBearerHeaderOverRawHttp();
    void errorBodiesCarryEveryField();
    void unknownActionsAndMissingParametersAreRefused();
    void describeDBInstancesPagesByTokenAndByPage();
    void redisDescribeInstancesPages();
    void describeAccountsPagingOutsideTheSeedsRangeIsRefused();
    void throttlesAbove100PerSecond();
    void throttlesOperatorPermissionAbove10PerSecond();
    void throttlesPerAccountAcrossCredentials();
    void latencyDelaysEachReplyWithoutBlockingOthers();
    void operatorPermissionFollowsTheSeed();
    void eachFaultKind_data();
    void eachFaultKind();
    void delayedReplyLandsAfterTheClientGaveUp();
    void newAccountsAreCreatingThenAvailable();

private:
    void start(const SandboxOptions& options);
    bool accountExists(const QString& name);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<WireHarness> m_wire;
};

void TstSandboxWire::start(const SandboxOptions& options)
{
    m_wire.reset();
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY2(m_server->listen() != 0, qPrintable(m_server->errorString()));
    m_wire = std::make_unique<WireHarness>(m_server->endpoint());
}

void TstSandboxWire::init()
{
    SandboxOptions options;
    options.accessKeys.insert(QStringLiteral("STS.tempid"), QStringLiteral("temp/secret+="));
    options.creatingDelayMs = 0;
    start(options);
}

void TstSandboxWire::cleanup()
{
    m_wire.reset();
    m_server.reset();
}

bool TstSandboxWire::accountExists(const QString& name)
{
    SandboxInstance* instance = m_server->state().findInstance(Product::Rds, kMySql);
    return instance && instance->findAccount(name);
}

void TstSandboxWire::everySigningMethodIsAccepted_data()
{
    QTest::addColumn<int>("product");
    QTest::addColumn<Credentials>("credentials");
    QTest::addColumn<QString>("listPath");
    using M = Credentials::SigningMethod;
    const QString id = QLatin1String(SandboxOptions::DemoAccessKeyId);
    const QString secret = QLatin1String(SandboxOptions::DemoAccessKeySecret);
    const QString token = QLatin1String(SandboxOptions::DemoBearerToken);
    const QString rds = QStringLiteral("DBInstanceAccount"), redis = QStringLiteral("Account");
    for (const auto& [name, product, path] : { std::tuple { "rds", 0, rds }, std::tuple { "redis", 1, redis } }) {
        const QByteArray p(name);
        QTest::newRow(QByteArray(p + "-acs3-ak").constData())
            << product << Credentials::accessKey(id, secret, M::Acs3HmacSha256) << path;
        QTest::newRow(QByteArray(p + "-rpc-ak").constData())
            << product << Credentials::accessKey(id, secret, M::RpcHmacSha1) << path;
        QTest::newRow(QByteArray(p + "-acs3-sts").constData()) << product
                                                               << Credentials::sts(QStringLiteral("STS.tempid"),
                                                                      QStringLiteral("temp/secret+="),
                                                                      QStringLiteral("CAIS+sts/token=="),
                                                                      M::Acs3HmacSha256)
                                                               << path;
        QTest::newRow(QByteArray(p + "-rpc-sts").constData()) << product
                                                              << Credentials::sts(QStringLiteral("STS.tempid"),
                                                                     QStringLiteral("temp/secret+="),
                                                                     QStringLiteral("CAIS+sts/token=="),
                                                                     M::RpcHmacSha1)
                                                              << path;
        QTest::newRow(QByteArray(p + "-acs3-bearer").constData())
            << product << Credentials::bearer(token, M::Acs3HmacSha256) << path;
        QTest::newRow(QByteArray(p + "-rpc-bearer").constData())
            << product << Credentials::bearer(token, M::RpcHmacSha1) << path;
    }
}

void TstSandboxWire::everySigningMethodIsAccepted()
{
    QFETCH(int, product);
    QFETCH(Credentials, credentials);
    QFETCH(QString, listPath);
    const bool rds = product == 0;
    const ApiRequest request = WireHarness::request(rds ? Product::Rds : Product::Redis,
        QStringLiteral("DescribeAccounts"),
        { { rds ? QStringLiteral("DBInstanceId") : QStringLiteral("InstanceId"), rds ? kMySql : kRedis } });
    const WireHarness::Answer answer = m_wire->send(m_wire->sign(request, credentials));
    QVERIFY2(answer.status == 200, answer.raw.constData());
    const QJsonArray rows = answer.body.value(QLatin1String("Accounts")).toObject().value(listPath).toArray();
    QVERIFY(!rows.isEmpty());
    QVERIFY(!answer.body.value(QLatin1String("RequestId")).toString().isEmpty());
    QVERIFY(answer.body.contains(rds ? QLatin1String("TotalRecordCount") : QLatin1String("TotalCount")));
}

void TstSandboxWire::popCoreFormBodyIsAccepted()
{
    // pop-core POST: every parameter, Signature last, in an x-www-form-urlencoded body.
    ParameterList parameters = {
        { QStringLiteral("Action"), QStringLiteral("DescribeInstanceKeywords") },
        { QStringLiteral("Version"), QStringLiteral("2014-08-15") },
        { QStringLiteral("Format"), QStringLiteral("JSON") },
        { QStringLiteral("AccessKeyId"), QLatin1String(SandboxOptions::DemoAccessKeyId) },
        { QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1") },
        { QStringLiteral("SignatureVersion"), QStringLiteral("1.0") },
        { QStringLiteral("SignatureNonce"), QStringLiteral("0123456789abcdef0123456789abcdef") },
        { QStringLiteral("Timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { QStringLiteral("Key"), QStringLiteral("account") },
    };
    const QByteArray signature
        = RpcSigner::sign("POST", parameters, QLatin1String(SandboxOptions::DemoAccessKeySecret));
    const QByteArray body
        = RpcSigner::canonicalizedQuery(parameters) + "&Signature=" + PercentEncoding::encode(signature);
    WireRequest wire;
    wire.url = m_server->endpoint();
    wire.headers = { { "content-type", "application/x-www-form-urlencoded" } };
    wire.body = body;
    const WireHarness::Answer answer = m_wire->send(wire);
    QVERIFY2(answer.status == 200, answer.raw.constData());
    const QJsonArray words
        = answer.body.value(QLatin1String("Words")).toObject().value(QLatin1String("word")).toArray();
    for (const char* word : { "root", "admin", "mysql", "test", "select", "information_schema" })
        QVERIFY2(words.contains(QLatin1String(word)), word);

    // The same body with one byte changed no longer matches its signature.
    wire.body.replace("Key=account", "Key=database");
    wire.body.replace("0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210");
    QCOMPARE(m_wire->send(wire).code(), QStringLiteral("SignatureDoesNotMatch"));
}

void TstSandboxWire::authenticationFailuresUseTheServiceCodes()
{
    const ApiRequest request = WireHarness::request(
        Product::Rds, QStringLiteral("DescribeAccounts"), { { QStringLiteral("DBInstanceId"), kMySql } });
    struct Case
    {
        Credentials credentials;
        QDateTime time;
        int status;
        const char* code;
    };
    const QString id = QLatin1String(SandboxOptions::DemoAccessKeyId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto method : { Credentials::SigningMethod::Acs3HmacSha256, Credentials::SigningMethod::RpcHmacSha1 }) {
        const Case cases[] = {
            { Credentials::accessKey(id, QStringLiteral("wrong-secret"), method), now, 400, "SignatureDoesNotMatch" },
            { Credentials::accessKey(QStringLiteral("nobody"), QStringLiteral("x"), method),
                now,
                404,
                "InvalidAccessKeyId.NotFound" },
            { demoKey(method), now.addSecs(-16 * 60), 400, "InvalidTimeStamp.Expired" },
            { demoKey(method), now.addSecs(16 * 60), 400, "InvalidTimeStamp.Expired" },
            { Credentials::bearer(QStringLiteral("stolen-token"), method), now, 401, "InvalidBearerToken.NotFound" },
        };
        for (const Case& c : cases) {
            const WireHarness::Answer answer = m_wire->send(m_wire->sign(request, c.credentials, c.time));
            QCOMPARE(answer.status, c.status);
            QCOMPARE(answer.code(), QLatin1String(c.code));
        }
        // Inside the window is fine; the same signed request twice is a reused nonce.
        const WireRequest wire = m_wire->sign(request, demoKey(method), now.addSecs(-14 * 60));
        QCOMPARE(m_wire->send(wire).status, 200);
        const WireHarness::Answer replay = m_wire->send(wire);
        QCOMPARE(replay.status, 400);
        QCOMPARE(replay.code(), QStringLiteral("SignatureNonceUsed"));
    }
    // An ACS3 request whose query was changed after signing.
    WireRequest tampered = m_wire->sign(request, demoKey());
    tampered.url.setQuery(QStringLiteral("DBInstanceId=rm-bp19a2c4d6f8h0j1k"));
    QCOMPARE(m_wire->send(tampered).code(), QStringLiteral("SignatureDoesNotMatch"));
    // No credentials at all.
    WireRequest unsigned_;
    unsigned_.url = m_server->endpoint();
    unsigned_.url.setQuery(QStringLiteral("Action=DescribeRegions&Version=2014-08-15"));
    QCOMPARE(m_wire->send(unsigned_).status, 400);
}

void TstSandboxWire::seedBearerHeaderOverRawHttp()
{
    // RDS seed: "Use Bearer Token authentication ... Include the header: `Authorization: Bearer <your_api_key>`",
    // with curl "https://rds.aliyuncs.com/?Action=DescribeAccounts&DBInstanceId=...&<Common request parameters>".
    const auto rawGet = [this](const QByteArray& authorization, const QString& nonce) {
        WireRequest wire;
        wire.method = "GET";
        wire.url = m_server->endpoint();
        wire.url.setQuery(
            QStringLiteral("Action=DescribeAccounts&DBInstanceId=%1&PageSize=50&PageNumber=1"
                           "&Version=2014-08-15&Format=JSON&Timestamp=%2&SignatureNonce=%3")
                .arg(kMySql, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")), nonce));
        wire.headers = { { "authorization", authorization } };
        return m_wire->send(wire);
    };
    const WireHarness::Answer ok
        = rawGet(QByteArray("Bearer ") + SandboxOptions::DemoBearerToken, QStringLiteral("raw-bearer-1"));
    QCOMPARE(ok.status, 200);
    QVERIFY(!ok.body.value(QLatin1String("RequestId")).toString().isEmpty());
    QVERIFY(
        ok.body.value(QLatin1String("Accounts")).toObject().value(QLatin1String("DBInstanceAccount")).toArray().size()
        > 0);
    const WireHarness::Answer wrong = rawGet(QByteArrayLiteral("Bearer not-the-key"), QStringLiteral("raw-bearer-2"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.code(), QStringLiteral("InvalidBearerToken.NotFound"));
    QVERIFY(wrong.body.value(QLatin1String("Message")).toString().contains(QLatin1String("bearer token")));
    // The project's client sends both headers (the seed's and the SDKs'); they must agree.
    WireRequest both = m_wire->sign(
        WireHarness::request(
            Product::Rds, QStringLiteral("DescribeAccounts"), { { QStringLiteral("DBInstanceId"), kMySql } }),
        Credentials::bearer(QLatin1String(SandboxOptions::DemoBearerToken)));
    QCOMPARE(both.header("authorization"), QByteArray("Bearer ") + SandboxOptions::DemoBearerToken);
    QCOMPARE(m_wire->send(both).status, 200);
    both = m_wire->sign(
        WireHarness::request(
            Product::Rds, QStringLiteral("DescribeAccounts"), { { QStringLiteral("DBInstanceId"), kMySql } }),
        Credentials::bearer(QLatin1String(SandboxOptions::DemoBearerToken)));
    for (auto& [name, value] : both.headers) {
        if (name == "authorization")
            value = "Bearer other-key";
    }
    QCOMPARE(m_wire->send(both).code(), QStringLiteral("InvalidBearerToken.Mismatch"));
}

void TstSandboxWire::errorBodiesCarryEveryField()
{
    const WireHarness::Answer answer
        = m_wire->send(m_wire->sign(WireHarness::request(Product::Redis,
                                        QStringLiteral("DescribeAccounts"),
                                        { { QStringLiteral("InstanceId"), QStringLiteral("r-nonexistent") } }),
            demoKey()));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.code(), QStringLiteral("InvalidInstanceId.NotFound"));
    for (const char* field : { "Code", "Message", "RequestId", "HostId", "Recommend" })
        QVERIFY2(!answer.body.value(QLatin1String(field)).toString().isEmpty(), field);
    QCOMPARE(answer.body.value(QLatin1String("HostId")).toString(), QStringLiteral("r-kvstore.aliyuncs.com"));
    QVERIFY(answer.header("content-type").startsWith("application/json"));
}

void TstSandboxWire::unknownActionsAndMissingParametersAreRefused()
{
    WireHarness::Answer answer
        = m_wire->send(m_wire->sign(WireHarness::request(Product::Rds, QStringLiteral("DropEverything")), demoKey()));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.code(), QStringLiteral("InvalidAction.NotFound"));
    // LockAccount is RDS only: the Redis version does not know it.
    answer = m_wire->send(m_wire->sign(WireHarness::request(Product::Redis, QStringLiteral("LockAccount")), demoKey()));
    QCOMPARE(answer.code(), QStringLiteral("InvalidAction.NotFound"));
    answer = m_wire->send(
        m_wire->sign(WireHarness::request(
                         Product::Rds, QStringLiteral("CreateAccount"), { { QStringLiteral("DBInstanceId"), kMySql } }),
            demoKey()));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.code(), QStringLiteral("MissingParameter"));
    QVERIFY(answer.body.value(QLatin1String("Message")).toString().contains(QLatin1String("AccountName")));
    answer = m_wire->send(
        m_wire->sign(WireHarness::request(Product::Rds, QStringLiteral("DescribeDBInstances")), demoKey()));
    QCOMPARE(answer.code(), QStringLiteral("MissingParameter"));
    QVERIFY(answer.body.value(QLatin1String("Message")).toString().contains(QLatin1String("RegionId")));
    answer = m_wire->send(m_wire->sign(WireHarness::request(Product::Rds,
                                           QStringLiteral("DescribeAccounts"),
                                           { { QStringLiteral("DBInstanceId"), QStringLiteral("rm-none") } }),
        demoKey()));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.code(), QStringLiteral("InvalidDBInstanceId.NotFound"));
}

void TstSandboxWire::describeDBInstancesPagesByTokenAndByPage()
{
    QStringList seen;
    QString token;
    int total = -1;
    for (int guard = 0; guard < 10; ++guard) {
        ParameterList parameters = { { QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou") },
            { QStringLiteral("MaxResults"), QStringLiteral("1") } };
        if (!token.isEmpty())
            parameters.append({ QStringLiteral("NextToken"), token });
        const WireHarness::Answer answer = m_wire->send(m_wire->sign(
            WireHarness::request(Product::Rds, QStringLiteral("DescribeDBInstances"), parameters), demoKey()));
        QCOMPARE(answer.status, 200);
        total = answer.body.value(QLatin1String("TotalRecordCount")).toInt();
        for (const QJsonValue& row :
            answer.body.value(QLatin1String("Items")).toObject().value(QLatin1String("DBInstance")).toArray())
            seen.append(row.toObject().value(QLatin1String("DBInstanceId")).toString());
        token = answer.body.value(QLatin1String("NextToken")).toString();
        if (token.isEmpty())
            break;
    }
    QCOMPARE(total, 3); // MySQL 8.0, MySQL 5.7 and the Restarting one are in Hangzhou
    QCOMPARE(seen.size(), 3);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 3);

    const WireHarness::Answer page2
        = m_wire->send(m_wire->sign(WireHarness::request(Product::Rds,
                                        QStringLiteral("DescribeDBInstances"),
                                        { { QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou") },
                                            { QStringLiteral("PageSize"), QStringLiteral("2") },
                                            { QStringLiteral("PageNumber"), QStringLiteral("2") } }),
            demoKey()));
    QCOMPARE(page2.body.value(QLatin1String("PageNumber")).toInt(), 2);
    QCOMPARE(page2.body.value(QLatin1String("PageRecordCount")).toInt(), 1);
}

void TstSandboxWire::describeAccountsPagingOutsideTheSeedsRangeIsRefused()
{
    // RDS seed, DescribeAccounts: "PageSize ... Range: 30–100" and "PageNumber ... ≥1": refused, not clamped.
    const auto page = [this](const QString& size, const QString& number) {
        ParameterList parameters { { QStringLiteral("DBInstanceId"), kMySql } };
        if (!size.isNull())
            parameters.append({ QStringLiteral("PageSize"), size });
        if (!number.isNull())
            parameters.append({ QStringLiteral("PageNumber"), number });
        return m_wire->send(m_wire->sign(
            WireHarness::request(Product::Rds, QStringLiteral("DescribeAccounts"), parameters), demoKey()));
    };
    for (const char* size : { "29", "1", "101", "1000" }) {
        const WireHarness::Answer answer = page(QLatin1String(size), QStringLiteral("1"));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.code(), QStringLiteral("InvalidPageSize.OutOfRange"));
        QVERIFY2(answer.body.value(QLatin1String("Message")).toString().contains(QLatin1String("30 to 100")),
            qPrintable(answer.body.value(QLatin1String("Message")).toString()));
    }
    for (const char* number : { "0", "-1", "x" }) {
        const WireHarness::Answer answer = page(QStringLiteral("30"), QLatin1String(number));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.code(), QStringLiteral("InvalidPageNumber.Malformed"));
    }
    QCOMPARE(page(QStringLiteral("abc"), QStringLiteral("1")).code(), QStringLiteral("InvalidPageSize.Malformed"));
    for (const char* size : { "30", "100" })
        QCOMPARE(page(QLatin1String(size), QStringLiteral("1")).status, 200);
    QCOMPARE(page(QString(), QString()).status, 200); // the defaults, 30 and 1
}

void TstSandboxWire::redisDescribeInstancesPages()
{
    const WireHarness::Answer answer
        = m_wire->send(m_wire->sign(WireHarness::request(Product::Redis,
                                        QStringLiteral("DescribeInstances"),
                                        { { QStringLiteral("PageSize"), QStringLiteral("3") },
                                            { QStringLiteral("PageNumber"), QStringLiteral("2") } }),
            demoKey()));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.value(QLatin1String("TotalCount")).toInt(), 4);
    QCOMPARE(answer.body.value(QLatin1String("PageSize")).toInt(), 3);
    const QJsonArray rows
        = answer.body.value(QLatin1String("Instances")).toObject().value(QLatin1String("KVStoreInstance")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(QLatin1String("InstanceStatus")).toString(), QStringLiteral("Normal"));
}

void TstSandboxWire::throttlesAbove100PerSecond()
{
    const ApiRequest request = WireHarness::request(Product::Rds, QStringLiteral("DescribeRegions"));
    QList<WireRequest> wires;
    for (int i = 0; i < 150; ++i)
        wires.append(m_wire->sign(request, demoKey()));
    QList<QNetworkReply*> replies;
    for (const WireRequest& wire : wires)
        replies.append(m_wire->start(wire));
    int ok = 0, throttled = 0;
    QByteArray retryAfter;
    for (QNetworkReply* reply : replies) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
        const WireHarness::Answer answer = WireHarness::collect(reply);
        if (answer.status == 200)
            ++ok;
        if (answer.status == 429) {
            ++throttled;
            QCOMPARE(answer.code(), QStringLiteral("Throttling.User"));
            retryAfter = answer.header("x-acs-retry-after");
        }
    }
    QCOMPARE(ok + throttled, 150);
    QVERIFY2(throttled > 0, qPrintable(QString::number(ok)));
    QVERIFY(ok >= 100);
    QVERIFY(retryAfter.toInt() > 0);
}

void TstSandboxWire::throttlesOperatorPermissionAbove10PerSecond()
{
    const ApiRequest request = WireHarness::request(
        Product::Rds, QStringLiteral("RevokeOperatorPermission"), { { QStringLiteral("DBInstanceId"), kMySql } });
    int throttled = 0;
    for (int i = 0; i < 15; ++i)
        throttled += m_wire->send(m_wire->sign(request, demoKey())).status == 429 ? 1 : 0;
    QVERIFY(throttled >= 1);
    // Other actions of the same key are not held back by that.
    QCOMPARE(
        m_wire->send(m_wire->sign(WireHarness::request(Product::Rds, QStringLiteral("DescribeRegions")), demoKey()))
            .status,
        200);
}

void TstSandboxWire::throttlesPerAccountAcrossCredentials()
{
    // RDS seed: "General account operations: 100 QPS per Alibaba Cloud account". The demo AccessKey and the demo
    // bearer token belong to one account: 75 + 75 requests in one burst exceed its 100.
    const ApiRequest request = WireHarness::request(Product::Rds, QStringLiteral("DescribeRegions"));
    QList<WireRequest> wires;
    for (int i = 0; i < 75; ++i) {
        wires.append(m_wire->sign(request, demoKey()));
        wires.append(m_wire->sign(request, Credentials::bearer(QLatin1String(SandboxOptions::DemoBearerToken))));
    }
    QList<QNetworkReply*> replies;
    for (const WireRequest& wire : wires)
        replies.append(m_wire->start(wire));
    int ok = 0, throttled = 0;
    for (QNetworkReply* reply : replies) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
        const int status = WireHarness::collect(reply).status;
        ok += status == 200 ? 1 : 0;
        throttled += status == 429 ? 1 : 0;
    }
    QCOMPARE(ok + throttled, 150);
    QVERIFY2(throttled >= 40, qPrintable(QString::number(throttled))); // one window of 100, not two
    // Another account is not held back by it.
    SandboxOptions options;
    options.accessKeys.insert(QStringLiteral("other-id"), QStringLiteral("other-secret"));
    start(options);
    for (int i = 0; i < 100; ++i)
        m_wire->start(m_wire->sign(request, demoKey()));
    QCOMPARE(m_wire
                 ->send(m_wire->sign(
                     request, Credentials::accessKey(QStringLiteral("other-id"), QStringLiteral("other-secret"))))
                 .status,
        200);
}

void TstSandboxWire::latencyDelaysEachReplyWithoutBlockingOthers()
{
    // apsara-sandbox --latency-ms N: each reply waits N ms, and the waits overlap instead of adding up.
    SandboxOptions options;
    options.latencyMs = 300;
    start(options);
    const ApiRequest request = WireHarness::request(Product::Rds, QStringLiteral("DescribeRegions"));
    QElapsedTimer clock;
    clock.start();
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 6; ++i) // QNetworkAccessManager opens up to 6 connections per host
        replies.append(m_wire->start(m_wire->sign(request, demoKey())));
    for (QNetworkReply* reply : replies) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
        QCOMPARE(WireHarness::collect(reply).status, 200);
    }
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed >= 300, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 6 * 300, qPrintable(QString::number(elapsed))); // not one after the other
    // Refusals wait too, like any answer from a far-away endpoint.
    clock.restart();
    QCOMPARE(m_wire->send(m_wire->sign(request, Credentials::bearer(QStringLiteral("wrong")))).status, 401);
    QVERIFY(clock.elapsed() >= 300);
}

void TstSandboxWire::operatorPermissionFollowsTheSeed()
{
    // RDS seed: Privileges "One of: `Control`, `Data`"; ExpiredTime "ISO 8601 UTC format: `yyyy-MM-ddTHH:mm:ssZ`".
    SandboxOptions options;
    options.operatorRateLimit = 0; // more than 10 grants in a second here; the limit has its own test
    start(options);
    const auto grant = [this](const QString& privileges, const QString& expiredTime) {
        return m_wire->send(m_wire->sign(WireHarness::request(Product::Rds,
                                             QStringLiteral("GrantOperatorPermission"),
                                             { { QStringLiteral("DBInstanceId"), kMySql },
                                                 { QStringLiteral("Privileges"), privileges },
                                                 { QStringLiteral("ExpiredTime"), expiredTime } }),
            demoKey()));
    };
    const auto reported = [this] {
        const WireHarness::Answer answer
            = m_wire->send(m_wire->sign(WireHarness::request(Product::Rds,
                                            QStringLiteral("DescribeDBInstanceAttribute"),
                                            { { QStringLiteral("DBInstanceId"), kMySql } }),
                demoKey()));
        return answer.body.value(QLatin1String("Items"))
            .toObject()
            .value(QLatin1String("DBInstanceAttribute"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("OperatorPermission"))
            .toObject();
    };
    const QString future
        = QDateTime::currentDateTimeUtc().addDays(1).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
    for (const char* list : { "Control,Data", "Data,Control", "control", "All", "Control Data" }) {
        const WireHarness::Answer answer = grant(QLatin1String(list), future);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.code(), QStringLiteral("InvalidPrivileges.Malformed"));
    }
    for (const char* time : { "2099-01-02T03:04:05+08:00",
             "2099-01-02 03:04:05",
             "2099-01-02T03:04:05.000Z",
             "2099-01-02T03:04Z",
             "2099-1-2T03:04:05Z",
             "2099-02-30T03:04:05Z" }) {
        const WireHarness::Answer answer = grant(QStringLiteral("Data"), QLatin1String(time));
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.code() == QLatin1String("InvalidExpiredTime.Format"), time);
    }
    const QString past
        = QDateTime::currentDateTimeUtc().addSecs(-60).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
    QCOMPARE(grant(QStringLiteral("Control"), past).code(), QStringLiteral("InvalidExpiredTime.Past"));
    QVERIFY(reported().isEmpty());

    QCOMPARE(grant(QStringLiteral("Data"), future).status, 200);
    QCOMPARE(reported().value(QLatin1String("Privileges")).toString(), QStringLiteral("Data"));
    QCOMPARE(reported().value(QLatin1String("ExpiredTime")).toString(), future);
    // The permission lapses at its expiry: the instance stops reporting it.
    const QString soon = QDateTime::currentDateTimeUtc().addSecs(2).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
    QCOMPARE(grant(QStringLiteral("Control"), soon).status, 200);
    QCOMPARE(reported().value(QLatin1String("ExpiredTime")).toString(), soon);
    QTRY_VERIFY_WITH_TIMEOUT(reported().isEmpty(), 10000);
}

void TstSandboxWire::eachFaultKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("phase");
    using K = FaultInjector::Kind;
    using P = FaultInjector::Phase;
    for (const auto& [name, kind] : { std::pair { "500", K::Http500 },
             std::pair { "503", K::Http503 },
             std::pair { "dropped", K::DroppedConnection },
             std::pair { "truncated", K::TruncatedBody } }) {
        QTest::newRow(QByteArray(QByteArray(name) + "-before").constData()) << int(kind) << int(P::BeforeChange);
        QTest::newRow(QByteArray(QByteArray(name) + "-after").constData()) << int(kind) << int(P::AfterChange);
    }
}

void TstSandboxWire::eachFaultKind()
{
    QFETCH(int, kind);
    QFETCH(int, phase);
    const auto faultKind = static_cast<FaultInjector::Kind>(kind);
    const auto faultPhase = static_cast<FaultInjector::Phase>(phase);
    m_server->faults().enqueue({ faultKind, faultPhase });
    const QString name = QStringLiteral("fault_probe");
    const WireRequest wire = m_wire->sign(
        WireHarness::request(Product::Rds, QStringLiteral("CreateAccount"), createParameters(name)), demoKey());
    if (faultKind == FaultInjector::Kind::DroppedConnection) {
        QCOMPARE(m_wire->sendRaw(wire), QByteArray()); // closed without a single byte
        QCOMPARE(accountExists(name), faultPhase == FaultInjector::Phase::AfterChange);
        return;
    }
    const WireHarness::Answer answer = m_wire->send(wire);
    switch (faultKind) {
    case FaultInjector::Kind::Http500:
        QCOMPARE(answer.status, 500);
        QCOMPARE(answer.code(), QStringLiteral("InternalError"));
        break;
    case FaultInjector::Kind::Http503:
        QCOMPARE(answer.status, 503);
        QCOMPARE(answer.code(), QStringLiteral("ServiceUnavailable"));
        break;
    case FaultInjector::Kind::TruncatedBody:
        QVERIFY(answer.body.isEmpty()); // not parseable
        QVERIFY(answer.networkError != QNetworkReply::NoError || !answer.raw.endsWith('}'));
        break;
    default:
        QFAIL("unexpected kind");
    }
    // Before the change nothing was written; after it the write happened although the client saw a failure.
    QCOMPARE(accountExists(name), faultPhase == FaultInjector::Phase::AfterChange);
}

void TstSandboxWire::delayedReplyLandsAfterTheClientGaveUp()
{
    SandboxOptions options;
    options.faultDelayMs = 600;
    options.creatingDelayMs = 0;
    start(options);
    m_server->faults().enqueue({ FaultInjector::Kind::DelayedReply, FaultInjector::Phase::BeforeChange });
    const WireHarness::Answer answer = m_wire->send(
        m_wire->sign(WireHarness::request(
                         Product::Rds, QStringLiteral("CreateAccount"), createParameters(QStringLiteral("late_one"))),
            demoKey()),
        200);
    QCOMPARE(answer.networkError, QNetworkReply::TimeoutError);
    QVERIFY(!accountExists(QStringLiteral("late_one")));
    QTRY_VERIFY_WITH_TIMEOUT(accountExists(QStringLiteral("late_one")), 3000); // the write lands late

    m_server->faults().enqueue({ FaultInjector::Kind::DelayedReply, FaultInjector::Phase::AfterChange });
    const WireHarness::Answer slow = m_wire->send(
        m_wire->sign(WireHarness::request(
                         Product::Rds, QStringLiteral("CreateAccount"), createParameters(QStringLiteral("slow_one"))),
            demoKey()),
        3000);
    QCOMPARE(slow.status, 200); // a patient client gets the answer
    QVERIFY(accountExists(QStringLiteral("slow_one")));
}

void TstSandboxWire::newAccountsAreCreatingThenAvailable()
{
    SandboxOptions options;
    options.creatingDelayMs = 400;
    start(options);
    const ParameterList create = { { QStringLiteral("InstanceId"), kRedis },
        { QStringLiteral("AccountName"), QStringLiteral("fresh-one") },
        { QStringLiteral("AccountPassword"), QStringLiteral("Str0ng#Pass") } };
    const WireHarness::Answer created = m_wire->send(
        m_wire->sign(WireHarness::request(Product::Redis, QStringLiteral("CreateAccount"), create), demoKey()));
    QCOMPARE(created.status, 200);
    QCOMPARE(created.body.value(QLatin1String("AcountName")).toString(), QStringLiteral("fresh-one"));
    QCOMPARE(created.body.value(QLatin1String("AccountName")).toString(), QStringLiteral("fresh-one"));
    QCOMPARE(created.body.value(QLatin1String("InstanceId")).toString(), kRedis);
    const auto status = [&] {
        const WireHarness::Answer answer
            = m_wire->send(m_wire->sign(WireHarness::request(Product::Redis,
                                            QStringLiteral("DescribeAccounts"),
                                            { { QStringLiteral("InstanceId"), kRedis },
                                                { QStringLiteral("AccountName"), QStringLiteral("fresh-one") } }),
                demoKey()));
        return answer.body.value(QLatin1String("Accounts"))
            .toObject()
            .value(QLatin1String("Account"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("AccountStatus"))
            .toString();
    };
    QCOMPARE(status(), QStringLiteral("Creating"));
    QTest::qWait(500);
    QCOMPARE(status(), QStringLiteral("Available"));
}

QTEST_GUILESS_MAIN(TstSandboxWire)
#include "tst_sandboxwire.moc"
