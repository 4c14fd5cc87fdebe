// The api building blocks on their own: rate limiter and retry figures with injected clocks and randomness,
// endpoint rules, call meter persistence, credentials from the environment, the redactor, the request signer.
#include "AccountParsers.h"
#include "AccountRequests.h"
#include "ApiActionTable.h"
#include "ApiClient.h"
#include "CallMeter.h"
#include "CallMeterModel.h"
#include "CallPrice.h"
#include "Credentials.h"
#include "EndpointResolver.h"
#include "InstancePolicy.h"
#include "RateLimiter.h"
#include "RateLimiterRegistry.h"
#include "Redactor.h"
#include "RequestSigner.h"
#include "RetryPolicy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <limits>

class TestApiParts : public QObject
{
    Q_OBJECT

private slots:
    void rateLimiterFigures();
    void operatorActionsLimitedTo10PerSecond();
    void rateLimiterRefills();
    void oneBucketPerAlibabaCloudAccount();
    void throttleBackoffFullJitter();
    void retryAfterHonoured();
    void faultRetriesOneToFiveSeconds();
    void nonRetryableErrors();
    void outcomeUnknown();
    void sdkHosts_data();
    void sdkHosts();
    void endpointOverrides();
    void callMeterPersistsPerMonth();
    void callPricesFollowTheSeedsTable();
    void credentialsFromEnvironment();
    void redactorMasksSecrets();
    void signerPinnedV3MatchesVector();
    void signerUtcTimestamp();
    void signerSendsTheSeedsBearerHeader_data();
    void signerSendsTheSeedsBearerHeader();
    void redisStatusMappedToDomain_data();
    void redisStatusMappedToDomain();
    void writeRequestsCarryTheirReadBack();
    void productsOfferOnlyThePoliciesActions();
};

void TestApiParts::rateLimiterFigures()
{
    qint64 now = 0;
    RateLimiter limiter(RateLimiter::Limits {}, [&now] { return now; });
    QList<qint64> waits;
    for (int i = 0; i < 100; ++i)
        waits.append(limiter.reserve(QStringLiteral("DescribeAccounts")));
    // Burst of 10, then one slot every 10 ms: the 100th call starts at 900 ms -> 100 calls/s sustained.
    QCOMPARE(waits.at(9), 0);
    QCOMPARE(waits.at(10), 10);
    QCOMPARE(waits.at(99), 900);
}

void TestApiParts::operatorActionsLimitedTo10PerSecond()
{
    qint64 now = 0;
    RateLimiter limiter(RateLimiter::Limits {}, [&now] { return now; });
    QCOMPARE(limiter.reserve(QStringLiteral("GrantOperatorPermission")), 0);
    QCOMPARE(limiter.reserve(QStringLiteral("RevokeOperatorPermission")), 100);
    QCOMPARE(limiter.reserve(QStringLiteral("GrantOperatorPermission")), 200);
    // Other actions are not held back by the operator bucket.
    QCOMPARE(limiter.reserve(QStringLiteral("DescribeAccounts")), 0);
}

void TestApiParts::rateLimiterRefills()
{
    qint64 now = 0;
    RateLimiter limiter(RateLimiter::Limits {}, [&now] { return now; });
    for (int i = 0; i < 30; ++i)
        limiter.reserve(QStringLiteral("DescribeAccounts"));
    now = 5000; // long quiet period: bucket full again, but never above the burst
    for (int i = 0; i < 10; ++i)
        QCOMPARE(limiter.reserve(QStringLiteral("DescribeAccounts")), 0);
    QCOMPARE(limiter.reserve(QStringLiteral("DescribeAccounts")), 10);
}

void TestApiParts::oneBucketPerAlibabaCloudAccount()
{
    // RDS seed: "General account operations: 100 QPS per Alibaba Cloud account"; "Service account operations:
    // 10 requests per second". Profiles and clients of one account share both buckets.
    qint64 now = 0;
    RateLimiterRegistry registry(RateLimiter::Limits {}, [&now] { return now; });
    const Credentials prod = Credentials::accessKey(QStringLiteral("LTAI-same"), QStringLiteral("secret-1"));
    const Credentials prodRpc = Credentials::accessKey(
        QStringLiteral("LTAI-same"), QStringLiteral("secret-1"), Credentials::SigningMethod::RpcHmacSha1);
    const Credentials other = Credentials::accessKey(QStringLiteral("LTAI-other"), QStringLiteral("secret-2"));
    const Credentials token = Credentials::bearer(QStringLiteral("api-key-1"));
    QCOMPARE(registry.limiterFor(prod), registry.limiterFor(prodRpc));
    QVERIFY(registry.limiterFor(prod) != registry.limiterFor(other));
    QCOMPARE(registry.limiterFor(token), registry.limiterFor(Credentials::bearer(QStringLiteral("api-key-1"))));
    QVERIFY(registry.limiterFor(token) != registry.limiterFor(Credentials::bearer(QStringLiteral("api-key-2"))));
    QVERIFY(!RateLimiterRegistry::accountKey(token).contains(QLatin1String("api-key-1")));

    // Two clients (two profiles) of one account: the second waits for the first one's slots.
    ApiClient first, second;
    first.setRateLimiter(registry.limiterFor(prod));
    second.setRateLimiter(registry.limiterFor(prodRpc));
    for (int i = 0; i < 10; ++i)
        QCOMPARE(first.rateLimiter()->reserve(QStringLiteral("DescribeAccounts")), 0); // the burst
    QCOMPARE(second.rateLimiter()->reserve(QStringLiteral("DescribeAccounts")), 10);
    QCOMPARE(first.rateLimiter()->reserve(QStringLiteral("GrantOperatorPermission")), 20);
    QCOMPARE(second.rateLimiter()->reserve(QStringLiteral("RevokeOperatorPermission")), 100); // 10/s shared too
    ApiClient unrelated;
    unrelated.setRateLimiter(registry.limiterFor(other));
    QCOMPARE(unrelated.rateLimiter()->reserve(QStringLiteral("DescribeAccounts")), 0);
}

void TestApiParts::throttleBackoffFullJitter()
{
    double draw = 0.5;
    RetryPolicy policy(RetryPolicy::Settings {}, [&draw] { return draw; });
    ServiceError throttled;
    throttled.category = ServiceError::Category::Throttled;
    QCOMPARE(*policy.retryDelay(throttled, 1, false, -1), 100); // 0.5 * 200
    QCOMPARE(*policy.retryDelay(throttled, 3, false, -1), 400); // 0.5 * 800
    QCOMPARE(*policy.retryDelay(throttled, 6, true, -1), 3200); // 0.5 * 6400
    draw = 0.999;
    QVERIFY(*policy.retryDelay(throttled, 6, false, -1) <= 10000);
    draw = 0;
    QCOMPARE(*policy.retryDelay(throttled, 2, false, -1), 0); // full jitter reaches down to 0
    QVERIFY(!policy.retryDelay(throttled, 7, false, -1)); // gives up after 6 retries
}

void TestApiParts::retryAfterHonoured()
{
    RetryPolicy policy(RetryPolicy::Settings {}, [] { return 0.5; });
    ServiceError throttled;
    throttled.category = ServiceError::Category::Throttled;
    QCOMPARE(*policy.retryDelay(throttled, 1, false, 1500), 1500);
    // RDS seed: "If rate-limited (HTTP 429), implement exponential backoff with jitter": the hint is a floor, so
    // a short hint does not cut the jittered backoff short, and no wait exceeds 20 s.
    QCOMPARE(*policy.retryDelay(throttled, 3, false, 50), 400); // max(50, 0.5 * 800)
    QCOMPARE(*policy.retryDelay(throttled, 1, false, 0), 100);
    QCOMPARE(*policy.retryDelay(throttled, 1, false, 60000), 20000);
    QCOMPARE(*policy.retryDelay(throttled, 1, false, std::numeric_limits<qint64>::max()), 20000);
    // Parsing the hint: x-acs-retry-after in ms, Retry-After in seconds, huge values saturate (a day), never wrap.
    constexpr qint64 day = 24LL * 3600 * 1000;
    QCOMPARE(RetryPolicy::retryAfterHintMs("250", ""), 250);
    QCOMPARE(RetryPolicy::retryAfterHintMs("", " 2 "), 2000);
    QCOMPARE(RetryPolicy::retryAfterHintMs("", ""), -1);
    QCOMPARE(RetryPolicy::retryAfterHintMs("soon", "Wed, 21 Oct 2015 07:28:00 GMT"), -1);
    QCOMPARE(RetryPolicy::retryAfterHintMs("", "-5"), -1);
    QCOMPARE(RetryPolicy::retryAfterHintMs("", "9223372036854775807"), day);
    QCOMPARE(RetryPolicy::retryAfterHintMs("", "99999999999999999999999"), day);
    QCOMPARE(RetryPolicy::retryAfterHintMs("99999999999999999999999", ""), day);
    RetryPolicy::Settings scaled;
    scaled.timeScale = 0.01;
    QCOMPARE(*RetryPolicy(scaled, [] { return 0.5; }).retryDelay(throttled, 1, false, 1500), 15);
}

void TestApiParts::faultRetriesOneToFiveSeconds()
{
    double draw = 0;
    RetryPolicy policy(RetryPolicy::Settings {}, [&draw] { return draw; });
    ServiceError server;
    server.category = ServiceError::Category::Server;
    server.httpStatus = 503;
    QCOMPARE(*policy.retryDelay(server, 1, false, -1), 1000);
    draw = 0.5;
    QCOMPARE(*policy.retryDelay(server, 2, false, -1), 3000);
    draw = 0.9999;
    QCOMPARE(*policy.retryDelay(server, 3, false, -1), 5000);
    QVERIFY(!policy.retryDelay(server, 4, false, -1)); // at most 3 retries
    ServiceError network;
    network.category = ServiceError::Category::Network;
    QVERIFY(policy.retryDelay(network, 3, false, -1));
    QVERIFY(!policy.retryDelay(network, 4, false, -1));
}

void TestApiParts::nonRetryableErrors()
{
    RetryPolicy policy;
    using C = ServiceError::Category;
    for (C category :
        { C::Tls, C::Authentication, C::InvalidInput, C::NotFound, C::Conflict, C::Parse, C::Cancelled }) {
        ServiceError error;
        error.category = category;
        error.httpStatus = 400;
        QVERIFY(!policy.retryDelay(error, 1, false, -1));
    }
}

void TestApiParts::outcomeUnknown()
{
    ServiceError error;
    error.category = ServiceError::Category::Timeout;
    QVERIFY(RetryPolicy::outcomeUnknown(error));
    error.category = ServiceError::Category::Network;
    error.code = QStringLiteral("RemoteHostClosed");
    QVERIFY(RetryPolicy::outcomeUnknown(error));
    error.code = QStringLiteral("ConnectionRefused"); // never reached the server
    QVERIFY(!RetryPolicy::outcomeUnknown(error));
    error.category = ServiceError::Category::Throttled;
    error.httpStatus = 429;
    error.code = QStringLiteral("Throttling.User");
    QVERIFY(!RetryPolicy::outcomeUnknown(error));
}

void TestApiParts::sdkHosts_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("rds");
    QTest::addColumn<QString>("redis");
    // The SDK's own resolution table (alibaba-openapi.md section 1).
    QTest::newRow("cn-hangzhou") << "cn-hangzhou"
                                 << "rds.aliyuncs.com"
                                 << "r-kvstore.aliyuncs.com";
    QTest::newRow("cn-shanghai") << "cn-shanghai"
                                 << "rds.aliyuncs.com"
                                 << "r-kvstore.aliyuncs.com";
    QTest::newRow("cn-shenzhen") << "cn-shenzhen"
                                 << "rds.aliyuncs.com"
                                 << "r-kvstore.cn-shenzhen.aliyuncs.com";
    QTest::newRow("cn-hongkong") << "cn-hongkong"
                                 << "rds.aliyuncs.com"
                                 << "r-kvstore.cn-hongkong.aliyuncs.com";
    QTest::newRow("ap-southeast-1") << "ap-southeast-1"
                                    << "rds.aliyuncs.com"
                                    << "r-kvstore.ap-southeast-1.aliyuncs.com";
    QTest::newRow("ap-northeast-1") << "ap-northeast-1"
                                    << "rds.ap-northeast-1.aliyuncs.com"
                                    << "r-kvstore.ap-northeast-1.aliyuncs.com";
    QTest::newRow("us-west-1") << "us-west-1"
                               << "rds.aliyuncs.com"
                               << "r-kvstore.us-west-1.aliyuncs.com";
    QTest::newRow("eu-central-1") << "eu-central-1"
                                  << "rds.eu-central-1.aliyuncs.com"
                                  << "r-kvstore.eu-central-1.aliyuncs.com";
    QTest::newRow("cn-hangzhou-finance") << "cn-hangzhou-finance"
                                         << "rds-vpc.cn-hangzhou-finance.aliyuncs.com"
                                         << "r-kvstore.aliyuncs.com";
}

void TestApiParts::sdkHosts()
{
    QFETCH(QString, region);
    QFETCH(QString, rds);
    QFETCH(QString, redis);
    QCOMPARE(EndpointResolver::sdkHost(Product::Rds, region), rds);
    QCOMPARE(EndpointResolver::sdkHost(Product::Redis, region), redis);
    EndpointResolver resolver;
    QCOMPARE(resolver.resolve(Product::Rds, region), QUrl(QStringLiteral("https://") + rds + QStringLiteral("/")));
}

void TestApiParts::endpointOverrides()
{
    EndpointResolver resolver;
    QString error;
    QVERIFY(resolver.resolve(Product::Rds, QString(), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    const auto parsed = EndpointResolver::parseOverride(QStringLiteral("rds=127.0.0.1:8443"));
    QVERIFY(parsed);
    QCOMPARE(parsed->second.scheme(), QStringLiteral("https")); // no scheme means https
    QVERIFY(!EndpointResolver::parseOverride(QStringLiteral("ecs=https://x")));
    QVERIFY(!EndpointResolver::parseOverride(QStringLiteral("rds=ftp://x")));
    QVERIFY(resolver.setOverrides({ { QStringLiteral("r-kvstore"), QUrl(QStringLiteral("http://127.0.0.2:9000")) } }));
    QCOMPARE(
        resolver.resolve(Product::Redis, QStringLiteral("cn-shenzhen")), QUrl(QStringLiteral("http://127.0.0.2:9000")));
    QCOMPARE(resolver.resolve(Product::Rds, QStringLiteral("cn-shenzhen")).host(), QStringLiteral("rds.aliyuncs.com"));
    // A bad override changes nothing.
    QVERIFY(!resolver.setOverrides({ { QStringLiteral("rds"), QUrl(QStringLiteral("http://example.com")) } }, &error));
    QVERIFY(resolver.overrides().contains(QStringLiteral("r-kvstore")));
    QVERIFY(EndpointResolver::isLoopbackHost(QStringLiteral("::1")));
    QVERIFY(EndpointResolver::isLoopbackHost(QStringLiteral("127.9.9.9")));
    QVERIFY(!EndpointResolver::isLoopbackHost(QStringLiteral("192.168.1.1")));
}

void TestApiParts::callMeterPersistsPerMonth()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("meter.ini")), QSettings::IniFormat);
    QDateTime now(QDate(2025, 1, 31), QTime(23, 59), Qt::UTC);
    {
        CallMeter meter(&settings, nullptr, [&now] { return now; });
        for (int i = 0; i < 1002; ++i)
            meter.count(QStringLiteral("rds"), QStringLiteral("ModifyAccountDescription"));
        meter.count(QStringLiteral("rds"), QStringLiteral("CreateAccount"));
        QCOMPARE(meter.usage().size(), 2);
        // CreateAccount (Input 0.001, Output —) + 2 calls beyond the free 1000 at Input 0.001 + Output 0.001.
        QVERIFY(qAbs(meter.monthCostCny() - (0.001 + 2 * 0.002)) < 1e-12);
    }
    settings.sync();
    CallMeter reopened(&settings, nullptr, [&now] { return now; });
    const auto usage = reopened.usage();
    QCOMPARE(usage.size(), 2);
    QCOMPARE(usage.at(1).action, QStringLiteral("ModifyAccountDescription"));
    QCOMPARE(usage.at(1).monthCalls, 1002);
    QCOMPARE(usage.at(1).sessionCalls, 0);
    now = now.addSecs(120); // February (UTC): a new month starts from zero
    reopened.count(QStringLiteral("rds"), QStringLiteral("CreateAccount"));
    const auto february = reopened.usage();
    QCOMPARE(february.size(), 1);
    QCOMPARE(february.first().monthCalls, 1);
    for (const QString& key : settings.allKeys())
        QVERIFY(key.startsWith(QStringLiteral("callMeter/")));
}

void TestApiParts::callPricesFollowTheSeedsTable()
{
    // RDS seed, "Price Reference": | Tier | Input Price | Output Price |, both counted where both are listed.
    const QString rds = QStringLiteral("rds");
    QCOMPARE(CallPrice::forAction(rds, QStringLiteral("CreateAccount")).unitPriceCny(), 0.001); // "0.001 / | — |"
    QVERIFY(qAbs(CallPrice::forAction(rds, QStringLiteral("ModifyAccountDescription")).unitPriceCny() - 0.002) < 1e-12);
    QVERIFY(
        qAbs(CallPrice::forAction(rds, QStringLiteral("DescribeInstanceKeywords")).unitPriceCny() - 0.0002) < 1e-12);
    QVERIFY(qAbs(CallPrice::forAction(rds, QStringLiteral("ResetAccount")).unitPriceCny() - 0.0002) < 1e-12);
    QVERIFY(qAbs(CallPrice::forAction(rds, QStringLiteral("RevokeAccountPrivilege")).unitPriceCny() - 0.002) < 1e-12);
    // "Free Tier": 1000 a month for ModifyAccountDescription, DescribeInstanceKeywords, ResetAccount; 100 for Lock
    // and Unlock; "Revoke permissions from service account: No free tier".
    QCOMPARE(CallPrice::forAction(rds, QStringLiteral("ResetAccount")).freeCallsPerMonth, 1000);
    QCOMPARE(CallPrice::forAction(rds, QStringLiteral("UnlockAccount")).freeCallsPerMonth, 100);
    QCOMPARE(CallPrice::forAction(rds, QStringLiteral("RevokeOperatorPermission")).freeCallsPerMonth, 0);
    // No price published: Redis calls (even CreateAccount), list calls, unpriced writes. Never an RDS price.
    for (const auto& [product, action] : { std::pair { "r-kvstore", "CreateAccount" },
             std::pair { "r-kvstore", "ModifyAccountDescription" },
             std::pair { "rds", "DescribeAccounts" },
             std::pair { "rds", "DescribeDBInstances" },
             std::pair { "rds", "GrantAccountPrivilege" },
             std::pair { "rds", "RevokeOperatorPermission" } }) {
        const CallPrice price = CallPrice::forAction(QLatin1String(product), QLatin1String(action));
        QVERIFY2(!price.published && price.unitPriceCny() == 0, action);
    }
    // The free tier applies per action and month: 1000 free DescribeInstanceKeywords do not cover a ResetAccount.
    CallMeter meter(nullptr, nullptr, [] { return QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC); });
    for (int i = 0; i < 999; ++i)
        meter.count(rds, QStringLiteral("DescribeInstanceKeywords"));
    for (int i = 0; i < 1001; ++i)
        meter.count(rds, QStringLiteral("ResetAccount"));
    meter.count(QStringLiteral("r-kvstore"), QStringLiteral("CreateAccount"));
    QVERIFY(qAbs(meter.monthCostCny() - 0.0002) < 1e-12);
    CallMeterModel model;
    model.setUsages(meter.usage());
    const QModelIndex redis = model.index(0, CallMeterModel::UnitPrice);
    QCOMPARE(model.index(0, CallMeterModel::ProductColumn).data().toString(), QStringLiteral("r-kvstore"));
    QCOMPARE(redis.data().toString(), QStringLiteral("no price published"));
}

void TestApiParts::credentialsFromEnvironment()
{
    QProcessEnvironment environment;
    QVERIFY(!Credentials::fromEnvironment(environment).isValid());
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("id"));
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("secret"));
    QCOMPARE(Credentials::fromEnvironment(environment).mode, Credentials::Mode::AccessKey);
    environment.insert(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), QStringLiteral("token"));
    const Credentials sts = Credentials::fromEnvironment(environment);
    QCOMPARE(sts.mode, Credentials::Mode::Sts);
    QCOMPARE(sts.securityToken, QStringLiteral("token"));
    environment.insert(QStringLiteral("ALIYUN_API_KEY"), QStringLiteral("bearer"));
    const Credentials bearer = Credentials::fromEnvironment(environment);
    QCOMPARE(bearer.mode, Credentials::Mode::BearerToken);
    QCOMPARE(bearer.bearerToken, QStringLiteral("bearer"));
    QVERIFY(!bearer.rateLimitKey().contains(QStringLiteral("bearer")));
    environment.insert(QStringLiteral("ALIBABA_CLOUD_REGION_ID"), QStringLiteral("cn-beijing"));
    QCOMPARE(Credentials::regionFromEnvironment(environment), QStringLiteral("cn-beijing"));
}

void TestApiParts::redactorMasksSecrets()
{
    const ParameterList parameters { { QStringLiteral("AccountName"), QStringLiteral("u1") },
        { QStringLiteral("AccountPassword"), QStringLiteral("p1") },
        { QStringLiteral("NewAccountPassword"), QStringLiteral("p2") },
        { QStringLiteral("OldAccountPassword"), QStringLiteral("p3") },
        { QStringLiteral("SecurityToken"), QStringLiteral("t") },
        { QStringLiteral("BearerToken"), QStringLiteral("b") },
        { QStringLiteral("Signature"), QStringLiteral("s") },
        { QStringLiteral("ConfirmPassword"), QStringLiteral("p4") } };
    const auto redacted = Redactor::redact(parameters);
    QCOMPARE(redacted.first().second, QStringLiteral("u1"));
    for (qsizetype i = 1; i < redacted.size(); ++i)
        QCOMPARE(redacted.at(i).second, Redactor::Mask);
    const QString text = Redactor::redactText(
        QStringLiteral("/?AccountName=u1&AccountPassword=Pa%20ss&Signature=abc%3D&x=1 "
                       "{\"AccessKeySecret\":\"zzz\",\"password\":\"two words\"} x-acs-security-token: tkn123"));
    for (const char* secret : { "Pa%20ss", "abc%3D", "zzz", "two words", "tkn123" })
        QVERIFY2(!text.contains(QLatin1String(secret)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("AccountName=u1")));
}

void TestApiParts::signerPinnedV3MatchesVector()
{
    // The same inputs as vector v3-rds-CreateAccount, built through RequestSigner.
    ApiRequest request;
    request.product = Product::Rds;
    request.action = QStringLiteral("CreateAccount");
    request.parameters = { { QStringLiteral("DBInstanceId"), QStringLiteral("rm-uf6wjk5xxxxxxx") },
        { QStringLiteral("AccountName"), QStringLiteral("app_user") },
        { QStringLiteral("AccountPassword"), QStringLiteral("Pa ss*w~rd/+=") },
        { QStringLiteral("AccountDescription"), QString::fromUtf8("测试 账号") } };
    const RequestSigner::Stamp stamp { QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"),
        QDateTime(QDate(2024, 5, 1), QTime(8, 9, 10), Qt::UTC) };
    // The vector signs without x-acs-credentials-provider, so check the parts the vector does pin.
    const WireRequest wire = RequestSigner::build(request,
        Credentials::accessKey(QStringLiteral("testid"), QStringLiteral("testsecret")),
        QUrl(QStringLiteral("https://rds.aliyuncs.com")),
        stamp,
        "ua");
    QCOMPARE(wire.header("host"), QByteArray("rds.aliyuncs.com"));
    QCOMPARE(wire.header("x-acs-date"), QByteArray("2024-05-01T08:09:10Z"));
    QCOMPARE(wire.header("x-acs-signature-nonce"), QByteArray("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"));
    QCOMPARE(wire.header("x-acs-content-sha256"),
        QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QVERIFY(wire.header("authorization")
                .startsWith("ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;x-acs-content-"
                            "sha256;x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version,"));
    // The wire query is Node querystring style, as captured from the SDK: '*' stays literal.
    QCOMPARE(wire.url.query(QUrl::FullyEncoded),
        QStringLiteral("DBInstanceId=rm-uf6wjk5xxxxxxx&AccountName=app_user&AccountPassword=Pa%20ss*w~rd%2F%2B%3D&"
                       "AccountDescription=%E6%B5%8B%E8%AF%95%20%E8%B4%A6%E5%8F%B7"));
}

void TestApiParts::signerUtcTimestamp()
{
    const QDateTime local(QDate(2024, 1, 1), QTime(8, 0), Qt::OffsetFromUTC, 8 * 3600);
    QCOMPARE(RequestSigner::timestamp(local), QStringLiteral("2024-01-01T00:00:00Z"));
    QCOMPARE(RequestSigner::hostHeader(QUrl(QStringLiteral("http://127.0.0.1:8080/"))), QByteArray("127.0.0.1:8080"));
    QCOMPARE(RequestSigner::hostHeader(QUrl(QStringLiteral("https://rds.aliyuncs.com:443/"))),
        QByteArray("rds.aliyuncs.com"));
    QVERIFY(RequestSigner::newNonce() != RequestSigner::newNonce());
}

void TestApiParts::signerSendsTheSeedsBearerHeader_data()
{
    QTest::addColumn<int>("method");
    QTest::newRow("v3") << int(Credentials::SigningMethod::Acs3HmacSha256);
    QTest::newRow("v1") << int(Credentials::SigningMethod::RpcHmacSha1);
}

void TestApiParts::signerSendsTheSeedsBearerHeader()
{
    // RDS seed: "Include the header: `Authorization: Bearer <your_api_key>`"; the SDKs' header goes beside it.
    QFETCH(int, method);
    ApiRequest request;
    request.product = Product::Rds;
    request.action = QStringLiteral("DescribeAccounts");
    request.parameters = { { QStringLiteral("DBInstanceId"), QStringLiteral("rm-1") } };
    const WireRequest wire = RequestSigner::build(request,
        Credentials::bearer(QStringLiteral("my-api-key"), Credentials::SigningMethod(method)),
        QUrl(QStringLiteral("https://rds.aliyuncs.com")),
        { QStringLiteral("n1"), QDateTime::currentDateTimeUtc() },
        "ua");
    QCOMPARE(wire.header("authorization"), QByteArray("Bearer my-api-key"));
    QCOMPARE(wire.header("x-acs-bearer-token"), QByteArray("my-api-key"));
}

void TestApiParts::redisStatusMappedToDomain_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("usable");
    QTest::newRow("Normal is usable") << QStringLiteral("Normal") << QStringLiteral("Running") << true;
    QTest::newRow("Creating") << QStringLiteral("Creating") << QStringLiteral("Creating") << false;
    QTest::newRow("Changing") << QStringLiteral("Changing") << QStringLiteral("Changing") << false;
    QTest::newRow("Flushing") << QStringLiteral("Flushing") << QStringLiteral("Flushing") << false;
}

void TestApiParts::redisStatusMappedToDomain()
{
    QFETCH(QString, wire);
    QFETCH(QString, domain);
    QFETCH(bool, usable);
    const QJsonObject row { { QStringLiteral("InstanceId"), QStringLiteral("r-1") },
        { QStringLiteral("EngineVersion"), QStringLiteral("5.0") },
        { QStringLiteral("ArchitectureType"), QStringLiteral("standard") },
        { QStringLiteral("InstanceStatus"), wire } };
    const QJsonObject body { { QStringLiteral("Instances"),
        QJsonObject { { QStringLiteral("KVStoreInstance"), QJsonArray { row } } } } };
    JsonReader reader(QStringLiteral("DescribeInstances"));
    const QList<Instance> instances = AccountParsers::instances(
        ProductApi::of(Product::Redis), body, QStringLiteral("Instances.KVStoreInstance"), reader);
    QVERIFY(reader.ok());
    QCOMPARE(instances.size(), 1);
    QCOMPARE(instances.first().status, domain);
    QCOMPARE(InstancePolicy::canManageAccounts(instances.first()).isValid(), usable);
}

// Every write names its target for the log and is marked a write; a write a read can prove carries that read
// (a create also reads first), a password change carries none, so an unknown outcome is never resent.
void TestApiParts::writeRequestsCarryTheirReadBack()
{
    const AccountRequests rds(ProductApi::of(Product::Rds));
    const ApiRequest grant = rds.grantAccountPrivilege(QStringLiteral("rm-1"),
        QStringLiteral("u1"),
        { QStringLiteral("db1"), QStringLiteral("db2") },
        { QStringLiteral("ReadOnly"), QStringLiteral("DBOwner") });
    QVERIFY(grant.isWrite);
    QCOMPARE(grant.target, QStringLiteral("rm-1/u1"));
    QCOMPARE(grant.parameter(QStringLiteral("DBInstanceId")), QStringLiteral("rm-1"));
    QCOMPARE(grant.parameter(QStringLiteral("DBName")), QStringLiteral("db1,db2"));
    QCOMPARE(grant.parameter(QStringLiteral("AccountPrivilege")), QStringLiteral("ReadOnly,DBOwner"));
    QVERIFY(grant.verify && !grant.verify->checkBefore);
    QCOMPARE(grant.verify->read->action, QStringLiteral("DescribeAccounts"));
    QCOMPARE(grant.verify->read->parameter(QStringLiteral("AccountName")), QStringLiteral("u1"));

    const ApiRequest create = rds.createAccount(
        QStringLiteral("rm-1"), QStringLiteral("u2"), QStringLiteral("Passw0rd!"), {}, QStringLiteral("app"));
    QVERIFY(create.verify && create.verify->checkBefore);
    QVERIFY(create.parameter(QStringLiteral("AccountType")).isNull()); // no kind chosen: the API's default
    QCOMPARE(create.parameter(QStringLiteral("AccountDescription")), QStringLiteral("app"));
    QVERIFY(
        !rds.resetAccountPassword(QStringLiteral("rm-1"), QStringLiteral("u1"), QStringLiteral("Passw0rd!")).verify);
    const ApiRequest deleted = rds.deleteAccount(QStringLiteral("rm-1"), QStringLiteral("u1"));
    const QJsonObject noAccounts { { QStringLiteral("Accounts"),
        QJsonObject { { QStringLiteral("DBInstanceAccount"), QJsonArray() } } } };
    QVERIFY(deleted.verify->applied(noAccounts)); // a delete is proven by the account's absence
    const ApiRequest unlock = rds.setAccountLocked(QStringLiteral("rm-1"), QStringLiteral("u1"), false);
    QCOMPARE(unlock.action, QStringLiteral("UnlockAccount"));

    // A Redis role is one privilege for the whole account: no database is sent.
    const ApiRequest role
        = AccountRequests(ProductApi::of(Product::Redis))
              .grantAccountPrivilege(
                  QStringLiteral("r-1"), QStringLiteral("u1"), {}, { QStringLiteral("RoleReadOnly") });
    QCOMPARE(role.parameter(QStringLiteral("InstanceId")), QStringLiteral("r-1"));
    QVERIFY(role.parameter(QStringLiteral("DBName")).isNull());
    QCOMPARE(role.parameter(QStringLiteral("AccountPrivilege")), QStringLiteral("RoleReadOnly"));
}

// The client sends exactly the actions the RAM policies grant (ApiActionTable), so no call can be refused for a
// permission the policy shown to the user lacks.
void TestApiParts::productsOfferOnlyThePoliciesActions()
{
    for (Product product : ProductApi::products()) {
        QStringList granted;
        for (AccountOperation operation : ApiActionTable::allOperations())
            granted << ApiActionTable::actions(operation, product);
        granted.removeDuplicates();
        granted.sort();
        QStringList offered = ProductApi::of(product).actions;
        offered.sort();
        QCOMPARE(offered, granted);
    }
    QVERIFY(ProductApi::of(Product::Rds).supports(QStringLiteral("LockAccount")));
    QVERIFY(!ProductApi::of(Product::Redis).supports(QStringLiteral("LockAccount")));
    QVERIFY(!ProductApi::of(Product::Redis).supports(QStringLiteral("ModifyAccountPassword")));
}

QTEST_GUILESS_MAIN(TestApiParts)
#include "tst_apiparts.moc"
