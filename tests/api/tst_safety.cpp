// Hardening of the parts that handle untrusted input and secrets: masking, integer ranges, paging limits, the
// sandbox's credential sources and password hashes, the CSV export and the aliyun config importer's limits.
#include "Acs3Signer.h"
#include "ActivityLogModel.h"
#include "AliyunConfigImporter.h"
#include "JsonReader.h"
#include "PagedCall.h"
#include "RequestAuthenticator.h"
#include "RequestSigner.h"
#include "SandboxAccount.h"
#include "SandboxCredentials.h"
#include "SandboxServer.h"
#include "SecretMask.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestSafety : public QObject
{
    Q_OBJECT

private slots:
    void maskQuotedCommaAndProse_data();
    void maskQuotedCommaAndProse();
    void maskKnownValuesInAnyForm();
    void integersPast2to53Refused();
    void absurdPageNumberRefused();
    void sandboxCredentialsFromEnvironmentAndFile();
    void passwordHashesAreSalted();
    void csvNeutralisesFormulasAndMasks();
    void importerRefusesHugeFileAndBadRegion();
    void acs3MustSignActionDateNonceAndHost();
    void timestampOffsetsRead();
    void oversizedRequestsRefused();

private:
    static SandboxRequest signedRequest(const QDateTime& now, const QByteArray& leaveUnsigned = {});
};

void TestSafety::maskQuotedCommaAndProse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::newRow("json quoted, comma") << QStringLiteral(R"({"AccountPassword":"a,b \"c\" d","x":1})")
                                        << QStringLiteral("a,b");
    QTest::newRow("json spaced") << QStringLiteral(R"({"password" : "two words here"})")
                                 << QStringLiteral("two words here");
    QTest::newRow("json number") << QStringLiteral(R"({"secret": 123456789})") << QStringLiteral("123456789");
    QTest::newRow("form") << QStringLiteral("AccountName=u&AccountPassword=Pa%2Css%20w&x=1")
                          << QStringLiteral("Pa%2Css");
    QTest::newRow("header") << QStringLiteral("x-acs-security-token: tok,en with spaces | next")
                            << QStringLiteral("tok,en");
    QTest::newRow("prose") << QStringLiteral("The password is Hunter2,x for now") << QStringLiteral("Hunter2");
    QTest::newRow("prose quoted") << QStringLiteral("rejected password 'my pass, 1' because")
                                  << QStringLiteral("my pass");
}

void TestSafety::maskQuotedCommaAndProse()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const QString masked = SecretMask::maskText(text);
    QVERIFY2(!masked.contains(secret), qPrintable(masked));
    QVERIFY(masked.contains(SecretMask::Mask));
}

void TestSafety::maskKnownValuesInAnyForm()
{
    const QString secret = QStringLiteral("Pa\"ss, w0rd&");
    const QString text = QStringLiteral("message echoes Pa\"ss, w0rd& and Pa%22ss%2C%20w0rd%26 and Pa\\\"ss, w0rd&");
    const QString masked = SecretMask::maskText(text, { secret });
    QVERIFY2(!masked.contains(QStringLiteral("w0rd")), qPrintable(masked));
    // Ordinary text stays readable.
    QCOMPARE(SecretMask::maskText(QStringLiteral("The password does not meet the rules.")),
        QStringLiteral("The password does not meet the rules."));
}

void TestSafety::integersPast2to53Refused()
{
    const QJsonObject body = QJsonDocument::fromJson(R"({"big":1e300,"exact":9007199254740992,"past":9007199254740994,)"
                                                     R"("frac":1.5,"text":"99999999999999999999","ok":"42"})")
                                 .object();
    for (const char* key : { "big", "past", "frac", "text" }) {
        JsonReader reader(QStringLiteral("X"));
        QVERIFY2(!reader.integer(body, QLatin1String(key), {}).has_value(), key);
        QVERIFY(!reader.ok());
    }
    JsonReader reader(QStringLiteral("X"));
    QCOMPARE(reader.integer(body, QStringLiteral("exact"), {}).value_or(0), Q_INT64_C(9007199254740992));
    QCOMPARE(reader.integer(body, QStringLiteral("ok"), {}).value_or(0), 42);
    QVERIFY(reader.ok());
}

void TestSafety::absurdPageNumberRefused()
{
    JsonReader reader(QStringLiteral("DescribeAccounts"));
    QCOMPARE(PagedCall::pageNumber(QJsonObject { { QStringLiteral("PageNumber"), 3 } }, reader), 3);
    QVERIFY(reader.ok());
    JsonReader absurd(QStringLiteral("DescribeAccounts"));
    (void)PagedCall::pageNumber(
        QJsonObject { { QStringLiteral("PageNumber"), QStringLiteral("9223372036854775807") } }, absurd);
    QVERIFY(!absurd.ok());
    QVERIFY(absurd.error()->message.contains(QStringLiteral("PageNumber")));
}

void TestSafety::sandboxCredentialsFromEnvironmentAndFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("creds"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# test keys\naccess-key fileid:filesecret\nbearer-token filetoken\n");
    file.close();
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("APSARA_SANDBOX_ACCESS_KEYS"), QStringLiteral("envid:envsecret,id2:s2"));
    environment.insert(QStringLiteral("APSARA_SANDBOX_BEARER_TOKENS"), QStringLiteral("envtoken"));
    environment.insert(QStringLiteral("APSARA_SANDBOX_CREDENTIALS_FILE"), path);
    SandboxOptions options;
    QCOMPARE(SandboxCredentials::addFromEnvironment(options, environment), QString());
    QCOMPARE(options.accessKeys.value(QStringLiteral("envid")), QStringLiteral("envsecret"));
    QCOMPARE(options.accessKeys.value(QStringLiteral("fileid")), QStringLiteral("filesecret"));
    QVERIFY(options.bearerTokens.contains(QStringLiteral("envtoken")));
    QVERIFY(options.bearerTokens.contains(QStringLiteral("filetoken")));
    // A malformed line is refused whole, and the error never repeats the line (it may hold a secret).
    SandboxOptions untouched;
    const QString error
        = SandboxCredentials::addFromText(untouched, QStringLiteral("access-key onlyid-hiddensecret\n"), path);
    QVERIFY(error.contains(QStringLiteral("line 1")));
    QVERIFY(!error.contains(QStringLiteral("hiddensecret")));
    QCOMPARE(untouched.accessKeys.size(), SandboxOptions().accessKeys.size());
    QVERIFY(SandboxCredentials::onCommandLine({ QStringLiteral("--access-key"), QStringLiteral("a:b") }));
    QVERIFY(!SandboxCredentials::onCommandLine({ QStringLiteral("--port"), QStringLiteral("1") }));
}

void TestSafety::passwordHashesAreSalted()
{
    SandboxAccount a;
    SandboxAccount b;
    a.passwordSha256 = SandboxAccount::hashPassword(QStringLiteral("Same#Pass1"));
    b.passwordSha256 = SandboxAccount::hashPassword(QStringLiteral("Same#Pass1"));
    QVERIFY(a.passwordSha256 != b.passwordSha256);
    QVERIFY(a.passwordMatches(QStringLiteral("Same#Pass1")));
    QVERIFY(!a.passwordMatches(QStringLiteral("Same#Pass2")));
    QVERIFY(!a.passwordSha256.contains("Same"));
    // A state file from before salting still matches.
    SandboxAccount old;
    old.passwordSha256 = QCryptographicHash::hash("Old#Pass1", QCryptographicHash::Sha256).toHex();
    QVERIFY(old.passwordMatches(QStringLiteral("Old#Pass1")));
}

void TestSafety::csvNeutralisesFormulasAndMasks()
{
    ActivityLogModel model;
    CallRecord record;
    record.action = QStringLiteral("CreateAccount");
    record.target = QStringLiteral("=HYPERLINK(\"http://evil\")");
    record.errorCode = QStringLiteral("@SUM(1)");
    record.requestId = QStringLiteral("-1+2");
    model.append(record);
    record.target = QStringLiteral("rm-1/u");
    record.errorCode = QStringLiteral("password is Leak3d,Secret");
    model.append(record);
    const QString csv = model.toCsv();
    for (const char* formula : { ",=HYPERLINK", ",\"=HYPERLINK", ",@SUM", ",-1+2" })
        QVERIFY2(!csv.contains(QLatin1String(formula)), formula);
    QVERIFY2(csv.contains(QStringLiteral("'=HYPERLINK")), qPrintable(csv));
    QVERIFY2(!csv.contains(QStringLiteral("Leak3d")), qPrintable(csv));
}

void TestSafety::importerRefusesHugeFileAndBadRegion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(AliyunConfigImporter::MaxFileBytes + 10, ' '));
    file.close();
    const auto huge = AliyunConfigImporter::importFile(path);
    QVERIFY(!huge.ok());
    QVERIFY(huge.error.contains(QStringLiteral("larger than")));
    const auto badRegion = AliyunConfigImporter::importJson(
        R"({"profiles":[{"name":"ok","mode":"AK","access_key_id":"id","access_key_secret":"s","region_id":"cn-hangzhou"},)"
        R"({"name":"p","mode":"AK","access_key_id":"id","access_key_secret":"s","region_id":"evil.com/x"}]})");
    QVERIFY(!badRegion.ok());
    QVERIFY(badRegion.error.contains(QStringLiteral("region_id")));
    QVERIFY(badRegion.profiles.isEmpty()); // all or nothing
}

// An ACS3 request signed by the client's own signer, optionally re-signed without one header.
SandboxRequest TestSafety::signedRequest(const QDateTime& now, const QByteArray& leaveUnsigned)
{
    ApiRequest request;
    request.product = Product::Rds;
    request.action = QStringLiteral("DescribeRegions");
    const Credentials credentials = Credentials::accessKey(
        QLatin1String(SandboxOptions::DemoAccessKeyId), QLatin1String(SandboxOptions::DemoAccessKeySecret));
    const RequestSigner::Stamp stamp { RequestSigner::newNonce(), now };
    WireRequest wire = RequestSigner::build(
        request, credentials, QUrl(QStringLiteral("http://127.0.0.1:1/")), stamp, QByteArrayLiteral("test"));
    if (!leaveUnsigned.isEmpty()) {
        Acs3Signer::HeaderList signedHeaders;
        for (const auto& header : wire.headers) {
            if (header.first != leaveUnsigned && header.first != "authorization")
                signedHeaders.append(header);
        }
        const QByteArray canonical = Acs3Signer::canonicalRequest(wire.method,
            QByteArrayLiteral("/"),
            SandboxRequest::decodeForm(wire.url.query(QUrl::FullyEncoded).toLatin1()),
            signedHeaders,
            wire.header("x-acs-content-sha256"));
        const QByteArray signature = Acs3Signer::signature(
            Acs3Signer::stringToSign(canonical), QLatin1String(SandboxOptions::DemoAccessKeySecret));
        for (auto& header : wire.headers) {
            if (header.first == "authorization")
                header.second = Acs3Signer::authorization(
                    credentials.accessKeyId, Acs3Signer::signedHeaders(signedHeaders), signature);
        }
    }
    return SandboxRequest(wire.method, wire.url.query(QUrl::FullyEncoded).toLatin1(), wire.headers, wire.body);
}

void TestSafety::acs3MustSignActionDateNonceAndHost()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SandboxOptions options;
    RequestAuthenticator authenticator(options.accessKeys, options.bearerTokens, options.timestampWindowSeconds);
    QVERIFY(authenticator.authenticate(signedRequest(now), now).accepted());
    for (const char* header : { "x-acs-action", "x-acs-date", "x-acs-signature-nonce", "host" }) {
        const auto result = authenticator.authenticate(signedRequest(now, header), now);
        QVERIFY2(!result.accepted(), header);
        QCOMPARE(result.refusal.code(), QStringLiteral("IncompleteSignature"));
    }
}

void TestSafety::timestampOffsetsRead()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SandboxOptions options;
    RequestAuthenticator authenticator(options.accessKeys, options.bearerTokens, 15 * 60);
    // The same instant written in UTC+8: accepted, not taken as 8 hours off.
    const QString eastern = now.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
    QVERIFY(eastern.endsWith(QStringLiteral("+08:00")));
    const QByteArray query
        = "Action=DescribeRegions&Version=2014-08-15&BearerToken=" + QByteArray(SandboxOptions::DemoBearerToken)
        + "&SignatureNonce=n1&Timestamp=" + QUrl::toPercentEncoding(eastern);
    QVERIFY(authenticator.authenticate(SandboxRequest("GET", query, {}, {}), now).accepted());
    // A time with an offset that really is 8 hours away is refused.
    const QString stale = now.addSecs(qint64(8) * 3600)
                              .toOffsetFromUtc(0)
                              .toString(Qt::ISODate)
                              .replace(QStringLiteral("Z"), QStringLiteral("+00:00"));
    const QByteArray old
        = "Action=DescribeRegions&Version=2014-08-15&BearerToken=" + QByteArray(SandboxOptions::DemoBearerToken)
        + "&SignatureNonce=n2&Timestamp=" + QUrl::toPercentEncoding(stale);
    QCOMPARE(authenticator.authenticate(SandboxRequest("GET", old, {}, {}), now).refusal.code(),
        QStringLiteral("InvalidTimeStamp.Expired"));
}

void TestSafety::oversizedRequestsRefused()
{
    SandboxServer server;
    QVERIFY(server.listen() != 0);
    const SandboxRequest huge("POST",
        "Action=DescribeRegions&Version=2014-08-15",
        { { QByteArrayLiteral("content-type"), QByteArrayLiteral("application/x-www-form-urlencoded") } },
        QByteArray(SandboxRequest::MaxBodyBytes + 1, 'a'));
    QVERIFY(huge.bodyTooLarge());
    QCOMPARE(server.process(huge).httpStatus, 413);
    QByteArray many = "Action=DescribeRegions&Version=2014-08-15";
    for (int i = 0; i < SandboxRequest::MaxParameters; ++i)
        many += "&p" + QByteArray::number(i) + "=1";
    QCOMPARE(server.process(SandboxRequest("GET", many, {}, {})).code(), QStringLiteral("InvalidParameter.TooMany"));
}

QTEST_GUILESS_MAIN(TestSafety)
#include "tst_safety.moc"
