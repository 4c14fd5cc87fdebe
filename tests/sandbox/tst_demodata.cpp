// The demo inventory is data (sandbox/demo-data.json, compiled in); DemoData checks it on load and refuses a bad
// record by name, so a slip in the JSON cannot put a rule-breaking account in front of a user.
#include "DemoData.h"
#include "DemoInstances.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

namespace {

using Edit = std::function<void(QJsonObject&)>;

QJsonObject demoDocument()
{
    QFile file(QStringLiteral(":/sandbox/demo-data.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void editArray(QJsonObject& parent, const char* key, const QString& name, const char* nameKey, const Edit& edit)
{
    QJsonArray rows = parent.value(QLatin1String(key)).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i).toObject();
        if (row.value(QLatin1String(nameKey)).toString() == name) {
            edit(row);
            rows.replace(i, row);
        }
    }
    parent.insert(QLatin1String(key), rows);
}

Edit onInstance(const QString& id, const Edit& edit)
{
    return [=](QJsonObject& document) { editArray(document, "instances", id, "id", edit); };
}

Edit onAccount(const QString& id, const QString& name, const Edit& edit)
{
    return onInstance(id, [=](QJsonObject& instance) { editArray(instance, "accounts", name, "name", edit); });
}

Edit appendTo(const char* key, const std::function<QJsonValue(const QJsonArray&)>& row)
{
    return [=](QJsonObject& parent) {
        QJsonArray rows = parent.value(QLatin1String(key)).toArray();
        rows.append(row(rows));
        parent.insert(QLatin1String(key), rows);
    };
}

using namespace DemoInstances;

} // namespace

class TstDemoData : public QObject
{
    Q_OBJECT

private slots:
    void theCompiledInDemoLoads();
    void aBrokenRecordIsRefusedByName();
};

void TstDemoData::theCompiledInDemoLoads()
{
    QString error;
    const SandboxState state = DemoData::build(QDateTime::currentDateTimeUtc(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(state.regions().size(), 3);
    QCOMPARE(state.instances().size(), 14);
    QCOMPARE(state.accountCount(), 54);
    const SandboxInstance* mysql = const_cast<SandboxState&>(state).findInstance(Product::Rds, kMySql);
    QVERIFY(mysql);
    QCOMPARE(mysql->accounts.size(), 7);
    QCOMPARE(mysql->accounts.last().account.status, QStringLiteral("Creating"));
}

void TstDemoData::aBrokenRecordIsRefusedByName()
{
    struct Case
    {
        const char* what;
        Edit edit;
        QString refusal;
    };
    const Case cases[] = {
        { "missing field",
            onInstance(
                QStringLiteral("rm-bp19a2c4d6f8h0j1k"), [](QJsonObject& i) { i.remove(QLatin1String("engine")); }),
            QStringLiteral("instance rm-bp19a2c4d6f8h0j1k: the field 'engine' is missing or not text") },
        { "missing account field",
            onAccount(kMySql, QStringLiteral("report_ro"), [](QJsonObject& a) { a.remove(QLatin1String("type")); }),
            QStringLiteral(
                "instance rm-bp1k8x3n2q7w4e5r6, account report_ro: the field 'type' is missing or not text") },
        { "bad name",
            onAccount(kMySql,
                QStringLiteral("app_rw"),
                [](QJsonObject& a) { a.insert(QLatin1String("name"), QStringLiteral("App-RW")); }),
            QStringLiteral("instance rm-bp1k8x3n2q7w4e5r6, account App-RW: name breaks the rule: ") },
        { "duplicate instance",
            appendTo("instances", [](const QJsonArray& rows) { return rows.first(); }),
            QStringLiteral("instance rm-bp1k8x3n2q7w4e5r6 appears twice") },
        { "duplicate account",
            onInstance(kMySql, appendTo("accounts", [](const QJsonArray& rows) { return rows.first(); })),
            QStringLiteral("instance rm-bp1k8x3n2q7w4e5r6, account dba_super appears twice") },
        { "unknown engine",
            onInstance(kMySql, [](QJsonObject& i) { i.insert(QLatin1String("engine"), QStringLiteral("Oracle")); }),
            QStringLiteral("instance rm-bp1k8x3n2q7w4e5r6: engine 'Oracle' is not an engine of RDS or Redis") },
        { "unknown region",
            onInstance(
                kMySql, [](QJsonObject& i) { i.insert(QLatin1String("regionId"), QStringLiteral("cn-nowhere")); }),
            QStringLiteral("instance rm-bp1k8x3n2q7w4e5r6: region cn-nowhere is not one of the demo regions") },
        { "zone of another region",
            onInstance(
                kMySql, [](QJsonObject& i) { i.insert(QLatin1String("zoneId"), QStringLiteral("cn-shanghai-b")); }),
            QStringLiteral("instance rm-bp1k8x3n2q7w4e5r6: zone cn-shanghai-b is not a zone of region cn-hangzhou") },
        { "grant on a missing database",
            onAccount(kMySql,
                QStringLiteral("etl_loader"),
                [](QJsonObject& a) {
                    a.insert(QLatin1String("grants"),
                        QJsonArray { QJsonArray { QStringLiteral("nope"), QStringLiteral("ReadOnly") } });
                }),
            QStringLiteral("instance rm-bp1k8x3n2q7w4e5r6, account etl_loader: database 'nope' is not a database of "
                           "this instance") },
        { "unknown account status",
            onAccount(kMySql,
                QStringLiteral("etl_loader"),
                [](QJsonObject& a) { a.insert(QLatin1String("status"), QStringLiteral("Sleeping")); }),
            QStringLiteral("instance rm-bp1k8x3n2q7w4e5r6, account etl_loader: status 'Sleeping' is not an account "
                           "status") },
        { "Redis Copy on a cluster",
            onAccount(kRedisCluster,
                QStringLiteral("game-ro"),
                [](QJsonObject& a) { a.insert(QLatin1String("privilege"), QStringLiteral("RoleRepl")); }),
            QStringLiteral("instance r-bp1h9j8k7l6m5n4b3, account game-ro: privilege breaks the rule: ") },
        { "Redis over 20 accounts",
            onInstance(kRedisStandard,
                [](QJsonObject& i) {
                    for (const char* name : { "extra-one", "extra-two" }) {
                        appendTo("accounts", [name](const QJsonArray& rows) {
                            QJsonObject copy = rows.last().toObject();
                            copy.insert(QLatin1String("name"), QLatin1String(name));
                            return copy;
                        })(i);
                    }
                }),
            QStringLiteral("instance r-bp1a2b3c4d5e6f7g8 has 21 accounts, more than the 20 allowed") },
    };
    for (const Case& c : cases) {
        QJsonObject document = demoDocument();
        QVERIFY(!document.isEmpty());
        c.edit(document);
        QString error;
        const SandboxState state
            = DemoData::fromJson(QJsonDocument(document).toJson(), QDateTime::currentDateTimeUtc(), &error);
        QVERIFY2(error.startsWith(c.refusal), qPrintable(QLatin1String(c.what) + QLatin1String(": ") + error));
        QVERIFY2(state.instances().isEmpty(), c.what);
    }
    QString error;
    DemoData::fromJson("{\"format\": \"apsara-sandbox-demo\", \"vers", QDateTime::currentDateTimeUtc(), &error);
    QVERIFY2(error.startsWith(QLatin1String("the demo data is not a JSON object")), qPrintable(error));
    DemoData::fromJson(
        "{\"format\": \"apsara-sandbox-state\", \"version\": 1}", QDateTime::currentDateTimeUtc(), &error);
    QVERIFY2(error.startsWith(QLatin1String("it is not apsara-sandbox demo data")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TstDemoData)
#include "tst_demodata.moc"
