#include "ServiceError.h"

#include <QTest>

namespace {
ServiceError error(ServiceError::Category category,
    const QString& code,
    const QString& message = {},
    const QString& action = QStringLiteral("CreateAccount"))
{
    ServiceError e;
    e.category = category;
    e.code = code;
    e.message = message;
    e.action = action;
    e.httpStatus = 400;
    e.requestId = QStringLiteral("A2E94301-D07F-4457-9B49-6AA2BB388C85");
    return e;
}
} // namespace

class TstServiceError : public QObject
{
    Q_OBJECT

private slots:
    void catalog_data();
    void catalog();
    void everyCategoryHasText();
    void retrySafety();
    void summaryCarriesSupportFields();
};

void TstServiceError::catalog_data()
{
    using C = ServiceError::Category;
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("action");
    QTest::newRow("duplicate code") << int(C::Conflict) << QStringLiteral("InvalidAccountName.Duplicate") << QString()
                                    << QStringLiteral("Choose a different account name.");
    QTest::newRow("duplicate message") << int(C::InvalidInput) << QStringLiteral("Whatever")
                                       << QStringLiteral("The specified account name already exists.")
                                       << QStringLiteral("Choose a different account name.");
    QTest::newRow("depend") << int(C::Conflict) << QStringLiteral("SomeObjectsDependOnAccount") << QString()
                            << QStringLiteral(
                                   "Revoke the account's database and table privileges first, then delete it.");
    QTest::newRow("status") << int(C::Conflict) << QStringLiteral("InvalidDBInstanceStatus") << QString()
                            << QStringLiteral("Wait until the instance is Running, then retry.");
    QTest::newRow("creating message") << int(C::InvalidInput) << QString()
                                      << QStringLiteral("The general instance is creating")
                                      << QStringLiteral("Wait a few minutes, then retry.");
    QTest::newRow("quota") << int(C::Conflict) << QStringLiteral("AccountQuotaExceeded") << QString()
                           << QStringLiteral("Delete unused accounts, or ask for a higher quota.");
    QTest::newRow("not found") << int(C::NotFound) << QStringLiteral("InvalidDBInstanceId.NotFound") << QString()
                               << QStringLiteral("Check the instance ID and the selected region, then refresh the "
                                                 "instance list.");
    QTest::newRow("throttling prefix") << int(C::Throttled) << QStringLiteral("Throttling.User") << QString()
                                       << QStringLiteral("Wait a few seconds; the console retries automatically with "
                                                         "growing pauses.");
    QTest::newRow("clock") << int(C::Authentication) << QStringLiteral("InvalidTimeStamp.Expired") << QString()
                           << QStringLiteral("Set this computer's clock to the correct time (turn on automatic "
                                             "time), then retry.");
    QTest::newRow("unknown code falls back") << int(C::Server) << QStringLiteral("InternalError") << QString()
                                             << QStringLiteral("Retry in a few seconds. If it persists, contact "
                                                               "support with the RequestId.");
}

void TstServiceError::catalog()
{
    QFETCH(int, category);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, action);
    const ServiceError e = error(ServiceError::Category(category), code, message);
    QCOMPARE(e.recommendedAction(), action);
    QVERIFY(!e.userText().isEmpty());
}

void TstServiceError::everyCategoryHasText()
{
    QSet<QString> names;
    for (int c = int(ServiceError::Category::Network); c <= int(ServiceError::Category::Cancelled); ++c) {
        const auto category = ServiceError::Category(c);
        QVERIFY(!error(category, QString()).userText().isEmpty());
        names.insert(ServiceError::categoryName(category));
    }
    QCOMPARE(names.size(), 11);
}

void TstServiceError::retrySafety()
{
    using C = ServiceError::Category;
    QVERIFY(error(C::Throttled, QStringLiteral("Throttling.User")).isRetrySafe());
    QVERIFY(error(C::Server, QStringLiteral("InternalError")).isRetrySafe());
    QVERIFY(error(C::Authentication, QStringLiteral("SignatureNonceUsed")).isRetrySafe());
    QVERIFY(!error(C::Authentication, QStringLiteral("SignatureDoesNotMatch")).isRetrySafe());
    QVERIFY(!error(C::Timeout, QString(), QString(), QStringLiteral("CreateAccount")).isRetrySafe());
    QVERIFY(error(C::Timeout, QString(), QString(), QStringLiteral("DescribeAccounts")).isRetrySafe());
    QVERIFY(!error(C::Conflict, QStringLiteral("InvalidAccountName.Duplicate")).isRetrySafe());
    QVERIFY(!error(C::Cancelled, QString()).isRetrySafe());
}

void TstServiceError::summaryCarriesSupportFields()
{
    const ServiceError e = error(ServiceError::Category::Conflict,
        QStringLiteral("SomeObjectsDependOnAccount"),
        QStringLiteral("The account has permissions on specific objects"));
    const QString s = e.summary();
    QVERIFY2(s.contains(QStringLiteral("SomeObjectsDependOnAccount")), qPrintable(s));
    QVERIFY(s.contains(QStringLiteral("A2E94301-D07F-4457-9B49-6AA2BB388C85")));
    QVERIFY(s.contains(QStringLiteral("HTTP 400")));
    QVERIFY(s.contains(QStringLiteral("The account has permissions on specific objects")));
    QVERIFY(s.startsWith(QStringLiteral("CreateAccount failed: ")));
}

QTEST_GUILESS_MAIN(TstServiceError)
#include "tst_serviceerror.moc"
