#include "AccountFilterProxy.h"
#include "AccountTableModel.h"
#include "ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
Account account(const QString& instance,
    const QString& name,
    const QString& privilege = QStringLiteral("ReadWrite"),
    const QString& description = {})
{
    Account a;
    a.instanceId = instance;
    a.name = name;
    a.type = QStringLiteral("Normal");
    a.status = QStringLiteral("Available");
    a.description = description;
    a.privileges = { { QStringLiteral("orders"), privilege, QStringLiteral("SELECT,INSERT") } };
    return a;
}

QStringList names(const QAbstractItemModel& model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, AccountTableModel::InstanceColumn).data().toString() + QLatin1Char('/')
            + model.index(r, AccountTableModel::NameColumn).data().toString());
    return out;
}

// The model behind a proxy sorted by name, with a QAbstractItemModelTester on the proxy from the start, and one
// instance's accounts loaded.
struct SortedProxy
{
    SortedProxy(const QString& instance, const QList<Account>& accounts)
    {
        proxy.setSourceModel(&model);
        tester = std::make_unique<QAbstractItemModelTester>(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(AccountTableModel::NameColumn);
        model.setAccounts(instance, accounts);
    }

    AccountTableModel model;
    AccountFilterProxy proxy;
    std::unique_ptr<QAbstractItemModelTester> tester;
};
} // namespace

class TstAccountTableModel : public QObject
{
    Q_OBJECT

private slots:
    void refreshIsFineGrained();
    void upsertRemoveBusy();
    void batchLoadIsOneInsert();
    void roles();
    void privilegedAccountHoldsEverything();
    void proxyFiltersAndSorts();
    void proxyFollowsSourceChanges();
    void proxyTypingIsOneLayoutChange();
};

void TstAccountTableModel::refreshIsFineGrained()
{
    AccountTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setAccounts(QStringLiteral("rm-1"),
        { account({}, QStringLiteral("a")), account({}, QStringLiteral("b")), account({}, QStringLiteral("c")) });
    model.setAccounts(QStringLiteral("rm-2"), { account({}, QStringLiteral("x")) });
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.accountCount(QStringLiteral("rm-1")), 3);
    QCOMPARE(inserted.size(), 2);
    inserted.clear();

    // Refresh rm-1: b changed, a removed, d added, c unchanged.
    model.setAccounts(QStringLiteral("rm-1"),
        { account({}, QStringLiteral("b"), QStringLiteral("ReadOnly")),
            account({}, QStringLiteral("c")),
            account({}, QStringLiteral("d")) });
    QCOMPARE(resets.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(names(model),
        QStringList({ QStringLiteral("rm-1/b"),
            QStringLiteral("rm-1/c"),
            QStringLiteral("rm-2/x"),
            QStringLiteral("rm-1/d") }));
    QCOMPARE(model.rowOf(QStringLiteral("rm-2"), QStringLiteral("x")), 2);
    QCOMPARE(model.accountAt(0)->privileges.first().privilege, QStringLiteral("ReadOnly"));

    // An identical refresh emits nothing.
    changed.clear();
    inserted.clear();
    removed.clear();
    model.setAccounts(QStringLiteral("rm-1"),
        { account({}, QStringLiteral("b"), QStringLiteral("ReadOnly")),
            account({}, QStringLiteral("c")),
            account({}, QStringLiteral("d")) });
    QCOMPARE(changed.size() + inserted.size() + removed.size(), 0);

    // Non-contiguous removals: rm-1 b and d go, leaving c and x.
    model.setAccounts(QStringLiteral("rm-1"), { account({}, QStringLiteral("c")) });
    QCOMPARE(names(model), QStringList({ QStringLiteral("rm-1/c"), QStringLiteral("rm-2/x") }));
    QCOMPARE(model.rowOf(QStringLiteral("rm-2"), QStringLiteral("x")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("rm-1"), QStringLiteral("b")), -1);
    model.removeInstance(QStringLiteral("rm-1"));
    QCOMPARE(model.accountCount(QStringLiteral("rm-1")), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(resets.size(), 0);
}

void TstAccountTableModel::batchLoadIsOneInsert()
{
    AccountTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccounts(
        QStringLiteral("rm-1"), { account({}, QStringLiteral("old")), account({}, QStringLiteral("keep")) });
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QHash<QString, QList<Account>> batch;
    batch.insert(QStringLiteral("rm-1"), { account({}, QStringLiteral("keep")), account({}, QStringLiteral("new1")) });
    batch.insert(QStringLiteral("rm-2"), { account({}, QStringLiteral("a")), account({}, QStringLiteral("b")) });
    model.setAccountsOfInstances(batch);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.accountCount(QStringLiteral("rm-2")), 2);
    QCOMPARE(model.rowOf(QStringLiteral("rm-1"), QStringLiteral("old")), -1);
    QCOMPARE(model.accountAt(model.rowOf(QStringLiteral("rm-1"), QStringLiteral("new1")))->instanceId,
        QStringLiteral("rm-1"));
}

void TstAccountTableModel::upsertRemoveBusy()
{
    AccountTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsertAccount(account(QStringLiteral("r-1"), QStringLiteral("app")));
    model.upsertAccount(account(QStringLiteral("r-1"), QStringLiteral("app"), QStringLiteral("RoleRepl")));
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setBusy(QStringLiteral("r-1"), QStringLiteral("app"), true);
    QCOMPARE(changed.size(), 1);
    QVERIFY(model.index(0, 0).data(ModelRoles::BusyRole).toBool());
    model.setBusy(QStringLiteral("r-1"), QStringLiteral("app"), true);
    QCOMPARE(changed.size(), 1);
    // A refresh keeps the busy flag of an in-flight row.
    model.upsertAccount(account(QStringLiteral("r-1"), QStringLiteral("app"), QStringLiteral("RoleReadOnly")));
    QVERIFY(model.isBusy(0));
    model.removeAccount(QStringLiteral("r-1"), QStringLiteral("app"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.accountAt(0).has_value());
    model.removeAccount(QStringLiteral("r-1"), QStringLiteral("nope")); // harmless
}

void TstAccountTableModel::roles()
{
    AccountTableModel model;
    Account a = account(QStringLiteral("rm-1"),
        QStringLiteral("Report_User"),
        QStringLiteral("ReadOnly"),
        QStringLiteral("Nightly reports"));
    a.privileges.append({ QStringLiteral("billing"), QStringLiteral("DDLOnly"), QStringLiteral("CREATE,ALTER") });
    model.upsertAccount(a);
    const QModelIndex privileges = model.index(0, AccountTableModel::PrivilegesColumn);
    QCOMPARE(privileges.data().toString(), QStringLiteral("orders: Read-only, billing: DDL only"));
    QCOMPARE(privileges.data(Qt::ToolTipRole).toString(),
        QStringLiteral("orders: Read-only (SELECT, INSERT)\nbilling: DDL only (CREATE, ALTER)"));
    QCOMPARE(model.index(0, 0).data(ModelRoles::DomainObjectRole).value<Account>(), a);
    QCOMPARE(model.index(0, 0).data(ModelRoles::SortRole).toString(), QStringLiteral("report_user"));
    const QString filter = model.index(0, 0).data(ModelRoles::FilterTextRole).toString();
    QVERIFY(filter.contains(QStringLiteral("nightly reports")));
    QVERIFY(filter.contains(QStringLiteral("ddlonly")));
    QVERIFY(filter.contains(QStringLiteral("available")));
    QStringList titles;
    for (int column = 0; column < AccountTableModel::ColumnCount; ++column)
        titles << model.headerData(column, Qt::Horizontal).toString();
    QCOMPARE(titles, QStringLiteral("Name Instance Type Status Privileges Description").split(QLatin1Char(' ')));
    QVERIFY(!model.headerData(AccountTableModel::ColumnCount, Qt::Horizontal).isValid());
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1); // rows keep the base class's numbers
    QVERIFY(!model.index(0, AccountTableModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
}

// A Super account with no grant holds every privilege by its type: "None" would tell a DBA the opposite.
void TstAccountTableModel::privilegedAccountHoldsEverything()
{
    AccountTableModel model;
    Account super = account(QStringLiteral("rm-1"), QStringLiteral("dba"));
    super.type = QStringLiteral("Super");
    super.privileges.clear();
    Account plain = account(QStringLiteral("rm-1"), QStringLiteral("app"));
    plain.privileges.clear();
    model.upsertAccount(super);
    model.upsertAccount(plain);
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.index(row, AccountTableModel::NameColumn).data().toString() + QLatin1Char('=')
            + model.index(row, AccountTableModel::PrivilegesColumn).data().toString());
    shown.sort();
    QCOMPARE(shown, QStringList({ QStringLiteral("app=None"), QStringLiteral("dba=All (privileged)") }));
}

void TstAccountTableModel::proxyFiltersAndSorts()
{
    SortedProxy view(QStringLiteral("rm-1"),
        { account({}, QStringLiteral("zeta")),
            account({}, QStringLiteral("alpha"), QStringLiteral("DDLOnly")),
            account({}, QStringLiteral("Mid"), QStringLiteral("ReadOnly"), QStringLiteral("Billing team")) });
    AccountTableModel& model = view.model;
    AccountFilterProxy& proxy = view.proxy;
    model.setAccounts(QStringLiteral("r-2"), { account({}, QStringLiteral("beta"), QStringLiteral("RoleRepl")) });
    QCOMPARE(names(proxy),
        QStringList({ QStringLiteral("rm-1/alpha"),
            QStringLiteral("r-2/beta"),
            QStringLiteral("rm-1/Mid"),
            QStringLiteral("rm-1/zeta") }));

    proxy.setTextFilter(QStringLiteral("BILL")); // description, case-insensitive
    QCOMPARE(names(proxy), QStringList { QStringLiteral("rm-1/Mid") });
    proxy.setTextFilter(QStringLiteral("ddlonly")); // privilege
    QCOMPARE(names(proxy), QStringList { QStringLiteral("rm-1/alpha") });
    proxy.setTextFilter(QStringLiteral("copy")); // translated privilege name of RoleRepl
    QCOMPARE(names(proxy), QStringList { QStringLiteral("r-2/beta") });
    proxy.setTextFilter(QStringLiteral("available")); // status
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setTextFilter(QString());
    proxy.setInstanceFilter(QStringLiteral("r-2"));
    QCOMPARE(names(proxy), QStringList { QStringLiteral("r-2/beta") });
    proxy.setTextFilter(QStringLiteral("zeta"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setInstanceFilter(QString());
    QCOMPARE(names(proxy), QStringList { QStringLiteral("rm-1/zeta") });

    proxy.setTextFilter(QString());
    proxy.sort(AccountTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(names(proxy).first(), QStringLiteral("rm-1/zeta"));
}

void TstAccountTableModel::proxyFollowsSourceChanges()
{
    AccountTableModel model;
    AccountFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    proxy.sort(AccountTableModel::NameColumn);
    proxy.setTextFilter(QStringLiteral("app"));
    model.setAccounts(
        QStringLiteral("rm-1"), { account({}, QStringLiteral("app1")), account({}, QStringLiteral("x")) });
    QCOMPARE(proxy.rowCount(), 1);
    model.setAccounts(QStringLiteral("rm-1"),
        { account({}, QStringLiteral("app2")),
            account({}, QStringLiteral("app1")),
            account({}, QStringLiteral("xapp")) });
    QCOMPARE(names(proxy),
        QStringList({ QStringLiteral("rm-1/app1"), QStringLiteral("rm-1/app2"), QStringLiteral("rm-1/xapp") }));
    model.setAccounts(QStringLiteral("rm-1"), { account({}, QStringLiteral("app2")) });
    QCOMPARE(names(proxy), QStringList { QStringLiteral("rm-1/app2") });
    QCOMPARE(resets.size(), 0);
}

void TstAccountTableModel::proxyTypingIsOneLayoutChange()
{
    SortedProxy view(QStringLiteral("rm-1"),
        { account({}, QStringLiteral("report_b")),
            account({}, QStringLiteral("zeta")),
            account({}, QStringLiteral("report_a")),
            account({}, QStringLiteral("repair")) });
    const AccountTableModel& model = view.model;
    AccountFilterProxy& proxy = view.proxy;
    const QPersistentModelIndex current
        = proxy.mapFromSource(model.index(model.rowOf(QStringLiteral("rm-1"), QStringLiteral("report_b")), 0));
    QCOMPARE(current.row(), 2);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy removals(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    // Each keystroke: one layout change (no row-by-row removals), the order kept, the current row followed.
    for (const QString& typed :
        { QStringLiteral("r"), QStringLiteral("re"), QStringLiteral("rep"), QStringLiteral("repo") })
        proxy.setTextFilter(typed);
    QCOMPARE(names(proxy), QStringList({ QStringLiteral("rm-1/report_a"), QStringLiteral("rm-1/report_b") }));
    QCOMPARE(current.row(), 1);
    QCOMPARE(current.data().toString(), QStringLiteral("report_b"));
    QCOMPARE(removals.size(), 0);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(layouts.size(), 2); // "r" and "re" match all four (ReadWrite): only "rep" and "repo" change rows
    proxy.setTextFilter(QString());
    QCOMPARE(proxy.rowCount(), 4);
    QCOMPARE(current.row(), 2);
    QCOMPARE(proxy.sortColumn(), int(AccountTableModel::NameColumn));
}

QTEST_MAIN(TstAccountTableModel)
#include "tst_accounttablemodel.moc"
