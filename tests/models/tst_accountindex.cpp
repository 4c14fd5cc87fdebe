// Find's account index: the query language, ranking, the age of rows, and the file that makes search work at
// start (owner-only, versioned, an unreadable file set aside and never trusted).
#include "AccountIndex.h"
#include "AccountIndexFile.h"
#include "AccountSearchModel.h"
#include "AccountText.h"
#include "IndexedAccountSample.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QList<IndexedAccount> sample()
{
    IndexedAccount locked = indexedAccount(QStringLiteral("shanghai-ops"),
        QStringLiteral("cn-shanghai"),
        QStringLiteral("PostgreSQL"),
        QStringLiteral("pgm-1"),
        QStringLiteral("etl_writer"),
        { { QStringLiteral("staging"), QStringLiteral("DBOwner"), {} } });
    locked.status = QStringLiteral("Locked");
    IndexedAccount super = indexedAccount(QStringLiteral("prod"),
        QStringLiteral("cn-hangzhou"),
        QStringLiteral("MySQL"),
        QStringLiteral("rm-2"),
        QStringLiteral("crm_admin"));
    super.type = QStringLiteral("Super");
    return { indexedAccount(QStringLiteral("prod"),
                 QStringLiteral("cn-hangzhou"),
                 QStringLiteral("MySQL"),
                 QStringLiteral("rm-1"),
                 QStringLiteral("app_rw"),
                 { { QStringLiteral("orders"), QStringLiteral("ReadWrite"), {} },
                     { QStringLiteral("app_db"), QStringLiteral("ReadOnly"), {} } }),
        indexedAccount(QStringLiteral("prod"),
            QStringLiteral("cn-hangzhou"),
            QStringLiteral("MySQL"),
            QStringLiteral("rm-1"),
            QStringLiteral("report_ro"),
            { { QStringLiteral("orders"), QStringLiteral("ReadOnly"), {} },
                { QStringLiteral("orders_archive"), QStringLiteral("ReadWrite"), {} } }),
        indexedAccount(QStringLiteral("prod"),
            QStringLiteral("cn-hangzhou"),
            QStringLiteral("MySQL"),
            QStringLiteral("rm-2"),
            QStringLiteral("crm_app"),
            { { QStringLiteral("crm"), QStringLiteral("ReadWrite"), {} } }),
        super,
        locked,
        indexedAccount(QStringLiteral("shanghai-ops"),
            QStringLiteral("cn-hangzhou"),
            QStringLiteral("Redis"),
            QStringLiteral("r-1"),
            QStringLiteral("crm-cache"),
            { { QString(), QStringLiteral("RoleReadWrite"), {} } }) };
}

QStringList names(const AccountIndex& index, const QString& query)
{
    QStringList result;
    for (int i : index.search(AccountQuery::parse(query), 100))
        result << index.at(i).name;
    return result;
}

} // namespace

class TestAccountIndex : public QObject
{
    Q_OBJECT

private slots:
    void freeTextMatchesNameDescriptionInstanceRegionProfile()
    {
        AccountIndex index;
        index.reset(sample());
        QCOMPARE(names(index, QStringLiteral("crm")),
            QStringList({ QStringLiteral("crm_app"),
                QStringLiteral("crm_admin"),
                QStringLiteral("crm-cache"),
                QStringLiteral("app_rw"),
                QStringLiteral("report_ro"),
                QStringLiteral("etl_writer") }));
        QCOMPARE(names(index, QStringLiteral("CRM_A")),
            QStringList({ QStringLiteral("crm_app"), QStringLiteral("crm_admin") }));
        QCOMPARE(names(index, QStringLiteral("shanghai")).size(), 2); // region and profile
        QCOMPARE(names(index, QStringLiteral("rm-2 _app")), QStringList({ QStringLiteral("crm_app") }));
        QCOMPARE(names(index, QStringLiteral("nothing-like-this")), QStringList());
    }

    void filtersNarrowByEngineStatusTypeProfileRegionProduct()
    {
        AccountIndex index;
        index.reset(sample());
        QCOMPARE(names(index, QStringLiteral("status:locked")), QStringList({ QStringLiteral("etl_writer") }));
        QCOMPARE(names(index, QStringLiteral("type:super")), QStringList({ QStringLiteral("crm_admin") }));
        QCOMPARE(names(index, QStringLiteral("engine:postgres")), QStringList({ QStringLiteral("etl_writer") }));
        QCOMPARE(names(index, QStringLiteral("product:redis")), QStringList({ QStringLiteral("crm-cache") }));
        QCOMPARE(names(index, QStringLiteral("profile:shanghai region:cn-hangzhou")),
            QStringList({ QStringLiteral("crm-cache") }));
        QCOMPARE(names(index, QStringLiteral("engine:")).size(), 6); // a filter still being typed filters nothing
        QCOMPARE(AccountQuery::parse(QStringLiteral("colour:red x")).unknownFilters(),
            QStringList({ QStringLiteral("colour") }));
    }

    void dbFilterIsTheExactDatabaseAndPrivOnTheSameRow()
    {
        AccountIndex index;
        index.reset(sample());
        QCOMPARE(names(index, QStringLiteral("db:orders")),
            QStringList({ QStringLiteral("app_rw"), QStringLiteral("report_ro") }));
        // report_ro has ReadWrite only on orders_archive: not "ReadWrite on orders".
        QCOMPARE(names(index, QStringLiteral("db:orders priv:ReadWrite")), QStringList({ QStringLiteral("app_rw") }));
        QCOMPARE(names(index, QStringLiteral("priv:rolereadwrite")), QStringList({ QStringLiteral("crm-cache") }));
    }

    void replacingAnInstanceKeepsTheOthersAndSignals()
    {
        AccountIndex index;
        index.reset(sample());
        QSignalSpy changed(&index, &AccountIndex::changed);
        index.replaceInstance(QStringLiteral("prod"),
            QStringLiteral("rm-1"),
            { indexedAccount(QStringLiteral("prod"),
                QStringLiteral("cn-hangzhou"),
                QStringLiteral("MySQL"),
                QStringLiteral("rm-1"),
                QStringLiteral("new_one")) });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(index.size(), 5);
        QCOMPARE(names(index, QStringLiteral("rm-1")), QStringList({ QStringLiteral("new_one") }));
        QCOMPARE(names(index, QStringLiteral("crm_app")), QStringList({ QStringLiteral("crm_app") }));
        index.removeInstance(QStringLiteral("prod"), QStringLiteral("rm-1"));
        QCOMPARE(index.size(), 4);
    }

    void searchModelShowsWhereAndAge()
    {
        AccountIndex index;
        index.reset(sample());
        AccountSearchModel model(&index);
        model.setClock([] { return QDateTime(QDate(2026, 11, 29), QTime(10, 5), Qt::UTC); });
        model.setQueryText(QStringLiteral("crm_app"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AccountSearchModel::WhereColumn).data().toString(),
            QStringLiteral("prod › cn-hangzhou › MySQL rm-2 (CRM legacy)"));
        QCOMPARE(model.index(0, AccountSearchModel::SeenColumn).data().toString(), QStringLiteral("5 min ago"));
        QCOMPARE(
            model.index(0, AccountSearchModel::PrivilegesColumn).data().toString(), QStringLiteral("crm: Read/Write"));
        // What the table shows, not the wire values ("Normal", "ReadWrite").
        QCOMPARE(model.index(0, AccountSearchModel::TypeColumn).data().toString(),
            AccountText::typeName(QStringLiteral("Normal")));
        QCOMPARE(model.index(0, AccountSearchModel::StatusColumn).data().toString(),
            AccountText::statusName(QStringLiteral("Available")));
        index.removeInstance(QStringLiteral("prod"), QStringLiteral("rm-2"));
        QCOMPARE(model.rowCount(), 0); // the query re-runs when the index changes
    }

    void searchModelHeadersNameEveryColumn()
    {
        AccountIndex index;
        AccountSearchModel model(&index);
        QStringList titles;
        for (int column = 0; column < AccountSearchModel::ColumnCount; ++column)
            titles << model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(titles, QStringLiteral("Account Where Type Status Privileges Seen").split(QLatin1Char(' ')));
        QVERIFY(!model.headerData(AccountSearchModel::ColumnCount, Qt::Horizontal).isValid());
        QVERIFY(!model.headerData(-1, Qt::Horizontal).isValid());
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
        QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
    }

    void fileRoundTripsWithOwnerOnlyPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data/account-index.bin"));
        AccountIndexFile file(path);
        QVERIFY2(file.save(sample()), qPrintable(file.errorString()));
        QCOMPARE(QFileInfo(path).permissions()
                & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
        const AccountIndexFile::Loaded loaded = AccountIndexFile(path).load();
        QVERIFY(loaded.setAsidePath.isEmpty());
        QCOMPARE(loaded.rows, sample());
        QVERIFY(AccountIndexFile(dir.filePath(QStringLiteral("missing.bin"))).load().rows.isEmpty());
    }

    void unreadableFilesAreSetAside_data()
    {
        QTest::addColumn<QByteArray>("damage");
        QTest::newRow("truncated") << QByteArray("truncate");
        QTest::newRow("other version") << QByteArray("version");
        QTest::newRow("not an index") << QByteArray("garbage");
    }

    void unreadableFilesAreSetAside()
    {
        QFETCH(QByteArray, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("account-index.bin"));
        QVERIFY(AccountIndexFile(path).save(sample()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        if (damage == "truncate")
            bytes.chop(7);
        else if (damage == "version")
            bytes[5] = char(bytes[5] + 1); // the format version follows the 4-byte magic
        else
            bytes = "{\"not\": \"an index\"}";
        file.resize(0);
        file.write(bytes);
        file.close();
        const AccountIndexFile::Loaded loaded = AccountIndexFile(path).load();
        QVERIFY(loaded.rows.isEmpty());
        QVERIFY(!loaded.error.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(QFile::exists(loaded.setAsidePath));
    }
};

QTEST_GUILESS_MAIN(TestAccountIndex)
#include "tst_accountindex.moc"
