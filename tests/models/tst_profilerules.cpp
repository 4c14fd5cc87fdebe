// ProfileRules: the AccessKey ID, region ID and endpoint URL rules that the profile dialog, the command line and
// the aliyun CLI importer share.
#include "ProfileRules.h"

#include <QTest>

class TstProfileRules : public QObject
{
    Q_OBJECT

private slots:
    void accessKeyIds_data();
    void accessKeyIds();
    void regionIds_data();
    void regionIds();
    void endpointUrls_data();
    void endpointUrls();
    void emptyFieldsAreNotYetValidButAnEmptyEndpointIs();
    void eachWrongValueSaysWhichRuleItBreaks();
};

void TstProfileRules::accessKeyIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("access key") << QStringLiteral("LTAI5tAbCdEfGhIjKlMnOpQr") << true;
    QTest::newRow("sts key with a dot") << QStringLiteral("STS.NUgYrLnoC37mZZCNnAbez2") << true;
    QTest::newRow("8 characters") << QStringLiteral("ABCD1234") << true;
    QTest::newRow("128 characters") << QString(128, QLatin1Char('a')) << true;
    QTest::newRow("7 characters") << QStringLiteral("ABCD123") << false;
    QTest::newRow("129 characters") << QString(129, QLatin1Char('a')) << false;
    QTest::newRow("space inside") << QStringLiteral("LTAI5t AbCdEf") << false;
    QTest::newRow("secret-like symbols") << QStringLiteral("LTAI5t/AbCd+Ef=") << false;
    QTest::newRow("empty") << QString() << false;
}

void TstProfileRules::accessKeyIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(ProfileRules::isAccessKeyId(id), valid);
    QCOMPARE(ProfileRules::checkAccessKeyId(id).isValid(), valid);
}

void TstProfileRules::regionIds_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("valid");
    QTest::newRow("cn-hangzhou") << QStringLiteral("cn-hangzhou") << true;
    QTest::newRow("ap-southeast-1") << QStringLiteral("ap-southeast-1") << true;
    QTest::newRow("cn-shanghai-finance-1") << QStringLiteral("cn-shanghai-finance-1") << true;
    QTest::newRow("one word") << QStringLiteral("hangzhou") << false;
    QTest::newRow("upper case") << QStringLiteral("CN-Hangzhou") << false;
    QTest::newRow("trailing hyphen") << QStringLiteral("cn-") << false;
    QTest::newRow("host injection") << QStringLiteral("cn-hangzhou.evil.example") << false;
    QTest::newRow("space") << QStringLiteral("cn hangzhou") << false;
    QTest::newRow("empty") << QString() << false;
}

void TstProfileRules::regionIds()
{
    QFETCH(QString, region);
    QFETCH(bool, valid);
    QCOMPARE(ProfileRules::isRegionId(region), valid);
    QCOMPARE(ProfileRules::checkRegionId(region).isValid(), valid);
}

void TstProfileRules::endpointUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("https") << QStringLiteral("https://rds.aliyuncs.com") << true;
    QTest::newRow("http with port and path") << QStringLiteral("http://127.0.0.1:8080/api") << true;
    QTest::newRow("no scheme") << QStringLiteral("rds.aliyuncs.com") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://rds.aliyuncs.com") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("space in host") << QStringLiteral("https://rds aliyuncs.com") << false;
}

void TstProfileRules::endpointUrls()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(ProfileRules::isEndpointUrl(text), valid);
    QCOMPARE(ProfileRules::isEndpointUrl(QUrl(text, QUrl::StrictMode)), valid);
    QCOMPARE(ProfileRules::checkEndpoint(text).isValid(), valid);
}

void TstProfileRules::emptyFieldsAreNotYetValidButAnEmptyEndpointIs()
{
    // Intermediate, not invalid: the form must not shout at a field the user has not reached yet.
    QCOMPARE(ProfileRules::checkAccessKeyId(QString()).state, FieldCheck::State::Intermediate);
    QCOMPARE(ProfileRules::checkRegionId(QString()).state, FieldCheck::State::Intermediate);
    QVERIFY(!ProfileRules::checkAccessKeyId(QString()).message.isEmpty());
    QVERIFY(!ProfileRules::checkRegionId(QString()).message.isEmpty());
    // An empty endpoint means the public endpoint.
    QVERIFY(ProfileRules::checkEndpoint(QString()).isValid());
}

void TstProfileRules::eachWrongValueSaysWhichRuleItBreaks()
{
    const FieldCheck key = ProfileRules::checkAccessKeyId(QStringLiteral("short"));
    QCOMPARE(key.state, FieldCheck::State::Invalid);
    QVERIFY2(key.message.contains(QLatin1String("8 to 128")), qPrintable(key.message));
    const FieldCheck region = ProfileRules::checkRegionId(QStringLiteral("Hangzhou"));
    QCOMPARE(region.state, FieldCheck::State::Invalid);
    QVERIFY2(region.message.contains(QLatin1String("cn-hangzhou")), qPrintable(region.message));
    const FieldCheck endpoint = ProfileRules::checkEndpoint(QStringLiteral("rds.aliyuncs.com"));
    QCOMPARE(endpoint.state, FieldCheck::State::Invalid);
    QVERIFY2(endpoint.message.contains(QLatin1String("http(s)")), qPrintable(endpoint.message));
}

QTEST_GUILESS_MAIN(TstProfileRules)
#include "tst_profilerules.moc"
