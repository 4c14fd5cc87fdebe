#include "ErrorCatalog.h"
#include "ServiceError.h"

#include <QDir>
#include <QFile>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSet>
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
// The category the api gives an answer it has no specific rule for: what the catalog must not lean on.
ServiceError::Category fallbackCategory(int httpStatus)
{
    using C = ServiceError::Category;
    if (httpStatus == 429)
        return C::Throttled;
    if (httpStatus >= 500)
        return C::Server;
    if (httpStatus == 401 || httpStatus == 403)
        return C::Authentication;
    if (httpStatus == 404)
        return C::NotFound;
    return C::InvalidInput;
}

QList<QStringList> tsvRows(const QString& name)
{
    QFile file(QStringLiteral(APSARA_COMMON_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<QStringList> rows;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#')))
            rows << line.split(QLatin1Char('\t'));
    }
    return rows;
}

const char* kindName(ErrorCatalog::Kind kind)
{
    using K = ErrorCatalog::Kind;
    switch (kind) {
    case K::Credential:
        return "Credential";
    case K::Clock:
        return "Clock";
    case K::State:
        return "State";
    case K::Input:
        return "Input";
    case K::NotFound:
        return "NotFound";
    case K::Quota:
        return "Quota";
    case K::Throttled:
        return "Throttled";
    case K::Server:
        return "Server";
    case K::Transient:
        return "Transient";
    case K::Connection:
        return "Connection";
    case K::Endpoint:
        return "Endpoint";
    case K::Console:
        return "Console";
    case K::Cancelled:
        return "Cancelled";
    case K::Other:
        return "Other";
    }
    return "";
}

bool advisesCredentials(const ErrorCatalog::Advice& advice)
{
    return advice.action.contains(QLatin1String("AccessKey")) || advice.action.contains(QLatin1String("token"))
        || advice.action.contains(QLatin1String("RAM"));
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
    void sandboxSendsNoCodeMissingFromTheList();
    void everySandboxCode_data();
    void everySandboxCode();
    void everySeedTableRow_data();
    void everySeedTableRow();
    void stateCodesNeverBlameCredentials();
    void outcomeUnknownOnlyForWrites();
};

// The list above must not drift from the sandbox: every error Code literal in sandbox/*.cpp is in it.
void TstServiceError::sandboxSendsNoCodeMissingFromTheList()
{
    QSet<QString> listed;
    for (const QStringList& row : tsvRows(QStringLiteral("sandbox-error-codes.tsv")))
        listed.insert(row.value(1));
    static const QRegularExpression code(QStringLiteral(
        R"re("((?:Invalid|Incorrect|Unsupported|OperationDenied|Signature|Incomplete|Missing|Throttling|Internal))re"
        R"re([A-Za-z]*(?:\.[A-Za-z]+)?|ServiceUnavailable|AccountQuotaExceeded|SomeObjectsDependOnAccount|)re"
        R"re(RequestEntityTooLarge)")re"));
    const QDir sandbox(QStringLiteral(APSARA_SOURCE_DIR "/sandbox"));
    const QStringList sources = sandbox.entryList({ QStringLiteral("*.cpp") }, QDir::Files);
    QVERIFY(sources.size() > 10);
    QStringList missing;
    for (const QString& name : sources) {
        QFile file(sandbox.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = code.globalMatch(text); it.hasNext();) {
            const QString found = it.next().captured(1);
            // Signature* parameter names and the nonce header are not codes.
            if (found == QLatin1String("Signature") || found == QLatin1String("SignatureMethod")
                || found == QLatin1String("SignatureNonce") || found == QLatin1String("SignatureVersion"))
                continue;
            if (!listed.contains(found))
                missing << name + QLatin1Char(':') + found;
        }
    }
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
}

void TstServiceError::everySandboxCode_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("kind");
    const QList<QStringList> rows = tsvRows(QStringLiteral("sandbox-error-codes.tsv"));
    QVERIFY(rows.size() >= 38);
    for (const QStringList& row : rows) {
        QCOMPARE(row.size(), 3);
        QTest::newRow(qPrintable(row.at(1))) << row.at(0).toInt() << row.at(1) << row.at(2);
    }
}

// Every code the sandbox can send gets advice of its own kind, found by its Code whatever the HTTP status says.
void TstServiceError::everySandboxCode()
{
    QFETCH(int, httpStatus);
    QFETCH(QString, code);
    QFETCH(QString, kind);
    ServiceError e = error(fallbackCategory(httpStatus), code, QStringLiteral("Server message for %1").arg(code));
    e.httpStatus = httpStatus;
    const ErrorCatalog::Advice advice = ErrorCatalog::adviceFor(e);
    QCOMPARE(QString::fromLatin1(kindName(advice.kind)), kind);
    QVERIFY(!advice.text.isEmpty());
    QVERIFY(!advice.action.isEmpty());
    QCOMPARE(ErrorCatalog::isCredentialCode(code), kind == QLatin1String("Credential"));
    QVERIFY2(advisesCredentials(advice) == (kind == QLatin1String("Credential")), qPrintable(advice.action));
    if (kind == QLatin1String("State")) // which state blocks it: the server's own words
        QVERIFY2(advice.text.contains(e.message), qPrintable(advice.text));
}

void TstServiceError::everySeedTableRow_data()
{
    QTest::addColumn<QString>("codeColumn");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("advice");
    const QList<QStringList> rows = tsvRows(QStringLiteral("seed-error-table.tsv"));
    QCOMPARE(rows.size(), 9);
    for (const QStringList& row : rows) {
        QCOMPARE(row.size(), 3);
        QTest::newRow(qPrintable(row.at(1))) << row.at(0) << row.at(1) << row.at(2);
    }
}

// The seed's table gives either an HTTP status with a description, or a Code: both must find the seed's advice.
void TstServiceError::everySeedTableRow()
{
    QFETCH(QString, codeColumn);
    QFETCH(QString, description);
    QFETCH(QString, advice);
    bool numeric = false;
    const int status = codeColumn.toInt(&numeric);
    ServiceError e = error(fallbackCategory(numeric ? status : 400), numeric ? QString() : codeColumn, description);
    e.httpStatus = numeric ? status : 400;
    // "AccountQuotaExceeded: Exceeding ..." names the Code the service sends with that description.
    if (const qsizetype colon = description.indexOf(QLatin1Char(':'));
        numeric && colon > 0 && !description.left(colon).contains(QLatin1Char(' ')))
        e.code = description.left(colon);
    const ErrorCatalog::Advice found = ErrorCatalog::adviceFor(e);
    QVERIFY2(found.action.contains(advice), qPrintable(found.action));
    QVERIFY2(!advisesCredentials(found), qPrintable(found.action));
    if (!e.code.isEmpty()) { // the description alone finds the same advice
        e.code.clear();
        QVERIFY2(ErrorCatalog::adviceFor(e).action.contains(advice), qPrintable(ErrorCatalog::adviceFor(e).action));
    }
}

// The reported defect: a grant refused with IncorrectAccountStatus over HTTP 403 said "check the AccessKey".
void TstServiceError::stateCodesNeverBlameCredentials()
{
    ServiceError e = error(ServiceError::Category::Authentication,
        QStringLiteral("IncorrectAccountStatus"),
        QStringLiteral("The account is still Creating."),
        QStringLiteral("GrantAccountPrivilege"));
    e.httpStatus = 403;
    QVERIFY(!e.userText().contains(QLatin1String("credentials")));
    QVERIFY(!e.recommendedAction().contains(QLatin1String("AccessKey")));
    QVERIFY2(e.userText().contains(QLatin1String("Creating")), qPrintable(e.userText()));
    QVERIFY(e.recommendedAction().contains(QLatin1String("Available")));
    // An unknown 403 code is "refused", not a credentials problem either.
    e.code = QStringLiteral("SomethingNew.Denied");
    QVERIFY(!e.recommendedAction().contains(QLatin1String("AccessKey")));
    // Credential codes still say so, whatever the status.
    for (const char* code : { "InvalidAccessKeyId.Inactive",
             "SignatureDoesNotMatch",
             "IncompleteSignature",
             "InvalidSecurityToken.Expired",
             "Forbidden.RAM",
             "NoPermission" }) {
        e.code = QLatin1String(code);
        QVERIFY2(advisesCredentials(ErrorCatalog::adviceFor(e)), code);
    }
}

void TstServiceError::outcomeUnknownOnlyForWrites()
{
    using C = ServiceError::Category;
    QVERIFY(ErrorCatalog::outcomeUnknown(error(C::Server, QStringLiteral("InternalError"))));
    QVERIFY(ErrorCatalog::outcomeUnknown(error(C::Network, QString())));
    QVERIFY(ErrorCatalog::outcomeUnknown(error(C::Timeout, QString())));
    QVERIFY(!ErrorCatalog::outcomeUnknown(error(C::Server, QString(), QString(), QStringLiteral("DescribeAccounts"))));
    QVERIFY(!ErrorCatalog::outcomeUnknown(error(C::Throttled, QStringLiteral("Throttling.User"))));
    QVERIFY(!ErrorCatalog::outcomeUnknown(error(C::Conflict, QStringLiteral("InvalidAccountName.Duplicate"))));
    // The api marks a write it could not verify; the advice says so instead of the code's usual text.
    ServiceError lost = error(C::Network, QString());
    lost.outcomeUnknown = true;
    QVERIFY(ErrorCatalog::outcomeUnknown(lost));
    QVERIFY2(lost.userText().contains(QLatin1String("may or may not have been applied")), qPrintable(lost.userText()));
    QVERIFY(lost.recommendedAction().contains(QLatin1String("Refresh")));
}

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
