// The sandbox answers with the real services' misspelled field names, because clients written against Alibaba
// Cloud (the official SDKs, scripts, this app) see them there. They are deliberate: whoever "fixes" the spelling
// in the sandbox makes it differ from the real API, and these tests fail.
// Source: Alibaba Cloud OpenAPI reference, RDS DescribeDBInstances (Items.DBInstance[].MutriORsignle) and
// R-KVStore CreateAccount (AcountName, a deprecated duplicate of AccountName).
#include "SandboxServer.h"
#include "WireHarness.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

namespace {

Credentials demoKey()
{
    return Credentials::accessKey(
        QLatin1String(SandboxOptions::DemoAccessKeyId), QLatin1String(SandboxOptions::DemoAccessKeySecret));
}

} // namespace

class TstWireSpellings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rdsInstancesSayMutriORsignle();
    void redisCreateAccountAlsoSaysAcountName();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<WireHarness> m_wire;
};

void TstWireSpellings::init()
{
    SandboxOptions options;
    options.creatingDelayMs = 0;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY2(m_server->listen() != 0, qPrintable(m_server->errorString()));
    m_wire = std::make_unique<WireHarness>(m_server->endpoint());
}

void TstWireSpellings::cleanup()
{
    m_wire.reset();
    m_server.reset();
}

void TstWireSpellings::rdsInstancesSayMutriORsignle()
{
    const WireHarness::Answer answer
        = m_wire->send(m_wire->sign(WireHarness::request(Product::Rds,
                                        QStringLiteral("DescribeDBInstances"),
                                        { { QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou") } }),
            demoKey()));
    QCOMPARE(answer.status, 200);
    const QJsonArray rows
        = answer.body.value(QLatin1String("Items")).toObject().value(QLatin1String("DBInstance")).toArray();
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue& row : rows) {
        const QJsonObject instance = row.toObject();
        QVERIFY2(
            instance.contains(QLatin1String("MutriORsignle")), "the real API's spelling, M-u-t-r-i-O-R-s-i-g-n-l-e");
        QVERIFY(instance.value(QLatin1String("MutriORsignle")).isBool());
        QVERIFY(!instance.contains(QLatin1String("MultiOrSingle")));
        QVERIFY(!instance.contains(QLatin1String("MultiORSingle")));
    }
}

void TstWireSpellings::redisCreateAccountAlsoSaysAcountName()
{
    const WireHarness::Answer answer
        = m_wire->send(m_wire->sign(WireHarness::request(Product::Redis,
                                        QStringLiteral("CreateAccount"),
                                        { { QStringLiteral("InstanceId"), QStringLiteral("r-bp1h9j8k7l6m5n4b3") },
                                            { QStringLiteral("AccountName"), QStringLiteral("spelling-check") },
                                            { QStringLiteral("AccountPassword"), QStringLiteral("Str0ng#Pass") } }),
            demoKey()));
    QCOMPARE(answer.status, 200);
    // Both: the correct name and the deprecated misspelled duplicate (one "c"), with the same value.
    QCOMPARE(answer.body.value(QLatin1String("AcountName")).toString(), QStringLiteral("spelling-check"));
    QCOMPARE(answer.body.value(QLatin1String("AccountName")).toString(), QStringLiteral("spelling-check"));
}

QTEST_GUILESS_MAIN(TstWireSpellings)
#include "tst_wirespellings.moc"
