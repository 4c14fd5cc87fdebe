// Every vector of sign-vectors.json through the signers, plus the percent-encoding edge cases.
#include "Acs3Signer.h"
#include "PercentEncoding.h"
#include "RpcSigner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonObject loadVectors()
{
    QFile file(QStringLiteral(APSARA_COMMON_TEST_DATA_DIR "/sign-vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

ParameterList toParameters(const QJsonObject& object)
{
    ParameterList list;
    for (auto it = object.begin(); it != object.end(); ++it)
        list.append({ it.key(), it.value().toString() });
    return list;
}

Acs3Signer::HeaderList toHeaders(const QJsonObject& object)
{
    Acs3Signer::HeaderList list;
    for (auto it = object.begin(); it != object.end(); ++it)
        list.append({ it.key().toUtf8(), it.value().toString().toUtf8() });
    return list;
}

QByteArray bytes(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString().toUtf8();
}

} // namespace

class TestSigning : public QObject
{
    Q_OBJECT

private slots:
    void rpcVectors_data();
    void rpcVectors();
    void acs3Vectors_data();
    void acs3Vectors();
    void encoding_data();
    void encoding();
    void rpcLeavesSignatureOut();
    void acs3SkipsUnsignedHeaders();
};

void TestSigning::rpcVectors_data()
{
    QTest::addColumn<QJsonObject>("vector");
    const QJsonArray vectors = loadVectors().value(QLatin1String("rpc_v1")).toArray();
    QVERIFY2(vectors.size() >= 3, "sign-vectors.json must be readable and hold the rpc_v1 vectors");
    for (const auto& value : vectors) {
        const QJsonObject vector = value.toObject();
        QTest::newRow(qPrintable(vector.value(QLatin1String("id")).toString())) << vector;
    }
}

void TestSigning::rpcVectors()
{
    QFETCH(QJsonObject, vector);
    const ParameterList parameters = toParameters(vector.value(QLatin1String("flattenedParameters")).toObject());
    const QString secret = vector.value(QLatin1String("accessKeySecret")).toString();
    const QByteArray method = bytes(vector, "httpMethod");

    const QByteArray canonical = RpcSigner::canonicalizedQuery(parameters);
    QCOMPARE(canonical, bytes(vector, "canonicalizedQueryString"));
    const QByteArray toSign = RpcSigner::stringToSign(method, canonical);
    QCOMPARE(toSign, bytes(vector, "stringToSign"));
    QCOMPARE(RpcSigner::signature(toSign, secret), bytes(vector, "expectedSignature"));
    QCOMPARE(RpcSigner::sign(method, parameters, secret), bytes(vector, "expectedSignature"));
    QCOMPARE(
        PercentEncoding::encode(RpcSigner::sign(method, parameters, secret)), bytes(vector, "signatureUrlEncoded"));

    // pop-core's wire form: the canonical string with Signature appended last.
    const QJsonObject wire = vector.value(QLatin1String("popCoreWire")).toObject();
    const QByteArray signedForm = canonical + "&Signature=" + bytes(vector, "signatureUrlEncoded");
    if (method == "GET")
        QCOMPARE(QByteArray("/?" + signedForm), bytes(wire, "requestTarget"));
    else
        QCOMPARE(signedForm, bytes(wire, "body"));
}

void TestSigning::acs3Vectors_data()
{
    QTest::addColumn<QJsonObject>("vector");
    const QJsonArray vectors = loadVectors().value(QLatin1String("acs3_hmac_sha256")).toArray();
    QVERIFY2(vectors.size() >= 2, "sign-vectors.json must be readable and hold the acs3 vectors");
    for (const auto& value : vectors) {
        const QJsonObject vector = value.toObject();
        QTest::newRow(qPrintable(vector.value(QLatin1String("id")).toString())) << vector;
    }
}

void TestSigning::acs3Vectors()
{
    QFETCH(QJsonObject, vector);
    const auto headers = toHeaders(vector.value(QLatin1String("headers")).toObject());
    const auto query = toParameters(vector.value(QLatin1String("query")).toObject());
    const QByteArray hashed = bytes(vector, "hashedPayload");

    QCOMPARE(Acs3Signer::hashPayload(QByteArray()), hashed);
    const QByteArray signedHeaders = Acs3Signer::signedHeaders(headers);
    QCOMPARE(signedHeaders, bytes(vector, "signedHeaders"));
    const QByteArray canonical
        = Acs3Signer::canonicalRequest(bytes(vector, "httpMethod"), bytes(vector, "path"), query, headers, hashed);
    QCOMPARE(canonical, bytes(vector, "canonicalRequest"));
    const QByteArray toSign = Acs3Signer::stringToSign(canonical);
    QCOMPARE(toSign, bytes(vector, "stringToSign"));
    const QByteArray signature
        = Acs3Signer::signature(toSign, vector.value(QLatin1String("accessKeySecret")).toString());
    QCOMPARE(signature, bytes(vector, "expectedSignature"));
    QCOMPARE(Acs3Signer::authorization(vector.value(QLatin1String("accessKeyId")).toString(), signedHeaders, signature),
        bytes(vector, "expectedAuthorization"));
}

void TestSigning::encoding_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("space") << QStringLiteral("a b") << QByteArray("a%20b");
    QTest::newRow("star") << QStringLiteral("*") << QByteArray("%2A");
    QTest::newRow("tilde") << QStringLiteral("~") << QByteArray("~");
    QTest::newRow("slash") << QStringLiteral("/") << QByteArray("%2F");
    QTest::newRow("plus") << QStringLiteral("+") << QByteArray("%2B");
    QTest::newRow("equals") << QStringLiteral("=") << QByteArray("%3D");
    QTest::newRow("sub-delims") << QStringLiteral("!'()&") << QByteArray("%21%27%28%29%26");
    QTest::newRow("unreserved") << QStringLiteral("Az09-_.~") << QByteArray("Az09-_.~");
    QTest::newRow("chinese") << QString::fromUtf8("测试") << QByteArray("%E6%B5%8B%E8%AF%95");
    QTest::newRow("latin1") << QString::fromUtf8("é") << QByteArray("%C3%A9");
    QTest::newRow("emoji") << QString::fromUtf8("\xF0\x9F\x98\x80") << QByteArray("%F0%9F%98%80");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestSigning::encoding()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(PercentEncoding::encode(input), expected);
    QCOMPARE(PercentEncoding::encode(input.toUtf8()), expected);
}

void TestSigning::rpcLeavesSignatureOut()
{
    const ParameterList with { { QStringLiteral("b"), QStringLiteral("2") },
        { QStringLiteral("Signature"), QStringLiteral("x") },
        { QStringLiteral("a"), QStringLiteral("1") },
        { QStringLiteral("B"), QStringLiteral("3") } };
    // Upper case sorts before lower case (code-unit order).
    QCOMPARE(RpcSigner::canonicalizedQuery(with), QByteArray("B=3&a=1&b=2"));
}

void TestSigning::acs3SkipsUnsignedHeaders()
{
    const Acs3Signer::HeaderList headers { { "User-Agent", "x" },
        { "Accept", "application/json" },
        { "X-Acs-Date", " 2024-01-01T00:00:00Z " },
        { "Host", "h" },
        { "Content-Type", "text/plain" } };
    QCOMPARE(Acs3Signer::signedHeaders(headers), QByteArray("content-type;host;x-acs-date"));
    const QByteArray canonical
        = Acs3Signer::canonicalRequest("POST", "/", { { QStringLiteral("k"), QString() } }, headers, "h0");
    QCOMPARE(canonical,
        QByteArray("POST\n/\nk=\ncontent-type:text/plain\nhost:h\nx-acs-date:2024-01-01T00:00:00Z\n\n"
                   "content-type;host;x-acs-date\nh0"));
}

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
