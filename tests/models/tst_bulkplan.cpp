#include "AccountRules.h"
#include "AccountTableModel.h"
#include "BulkPlanner.h"
#include "BulkRowModel.h"
#include "BulkTargetSource.h"
#include "BulkTestData.h"
#include "CatalogueStub.h"
#include "IndexedAccountSample.h"
#include "InstanceTreeModel.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>

using namespace BulkTestData;

class BulkPlanTest : public QObject
{
    Q_OBJECT

private slots:
    void resetGeneratesOnePasswordPerAccountMeetingItsEngine();
    void resetSkipsWhatTheRulesRefuseWithTheReason();
    void typedPasswordIsCheckedAgainstEveryEngine();
    void lockOnlyOnPostgres();
    void grantChecksDatabasePrivilegeAndProduct();
    void revokeNeedsAHeldPrivilege();
    void deleteWithPrivilegesIsSkippedOrRevokesFirst();
    void descriptionFollowsEachEnginesRule();
    void createShowsPerInstanceDifferences();
    void createRefusesTakenReservedAndOverQuota();
    void aTargetSelectedTwiceIsPlannedOnce();
    void aFoundAccountOfAnUnlistedInstanceWaitsForARefresh();
    void aTableRowIsTheInstanceUnderTheProfileTheTreeShows();
    void listsAndClausesUseTheTranslatedSeparators();
};

void BulkPlanTest::resetGeneratesOnePasswordPerAccountMeetingItsEngine()
{
    const Instance mysql = instance(QStringLiteral("rm-1"), Engine::MySQL);
    const Instance redis = instance(QStringLiteral("r-1"), Engine::Redis, QStringLiteral("5.0"));
    const Instance pg = instance(QStringLiteral("pgm-1"), Engine::PostgreSQL, QStringLiteral("14"));
    const QList<BulkTarget> targets = { target(mysql, account(mysql, QStringLiteral("app_rw"))),
        target(redis, account(redis, QStringLiteral("cache"))),
        target(pg, account(pg, QStringLiteral("etl"))) };
    const BulkPlan plan
        = BulkPlanner::plan(BulkRequest { BulkAction::ResetPassword, {}, {}, {}, {}, false, {} }, targets);
    QCOMPARE(plan.allowedCount(), 3);
    QSet<QString> passwords;
    for (const BulkRow& row : plan.rows) {
        QCOMPARE(row.action, QStringLiteral("ResetAccountPassword"));
        QVERIFY2(AccountRules(row.target.instance.engine).checkPassword(row.password).isValid(),
            qPrintable(row.accountName));
        passwords.insert(row.password);
    }
    QCOMPARE(passwords.size(), 3);
}

void BulkPlanTest::resetSkipsWhatTheRulesRefuseWithTheReason()
{
    Instance restarting = instance(QStringLiteral("rm-2"), Engine::MySQL);
    restarting.status = QStringLiteral("Restarting");
    const Instance legacy = instance(QStringLiteral("r-old"), Engine::Redis, QStringLiteral("2.8"));
    const Instance mysql = instance(QStringLiteral("rm-1"), Engine::MySQL);
    Account creating = account(mysql, QStringLiteral("new_one"));
    creating.status = QStringLiteral("Creating");
    const BulkPlan plan = BulkPlanner::plan(BulkRequest {},
        { target(restarting, account(restarting, QStringLiteral("a1"))),
            target(legacy, account(legacy, QStringLiteral("b1"))),
            target(mysql, creating),
            target(mysql, account(mysql, QStringLiteral("ok_one"))) });
    QCOMPARE(plan.allowedCount(), 1);
    QCOMPARE(plan.skippedCount(), 3);
    QVERIFY(plan.rows.at(0).skipReason.contains(QStringLiteral("Restarting")));
    QVERIFY(plan.rows.at(1).skipReason.contains(QStringLiteral("4.0")));
    QVERIFY(plan.rows.at(2).skipReason.contains(QStringLiteral("being created")));
    QCOMPARE(plan.rows.at(0).state, BulkRow::State::Skipped);
    QVERIFY(plan.rows.at(0).password.isEmpty());
    QCOMPARE(plan.rows.at(3).state, BulkRow::State::Planned);
}

void BulkPlanTest::typedPasswordIsCheckedAgainstEveryEngine()
{
    const Instance mysql = instance(QStringLiteral("rm-1"), Engine::MySQL);
    const Instance redis = instance(QStringLiteral("r-1"), Engine::Redis, QStringLiteral("6.0"));
    const QList<BulkTarget> targets = { target(mysql, account(mysql, QStringLiteral("app_rw"))),
        target(redis, account(redis, QStringLiteral("cache"))) };
    BulkRequest request;
    request.password = QStringLiteral("Strong#Pass2024");
    BulkPlan plan = BulkPlanner::plan(request, targets);
    QCOMPARE(plan.allowedCount(), 2);
    QCOMPARE(plan.rows.at(1).password, request.password);
    request.password = QStringLiteral("short");
    plan = BulkPlanner::plan(request, targets);
    QCOMPARE(plan.allowedCount(), 0);
    QVERIFY(plan.rows.at(0).skipReason.contains(QStringLiteral("MySQL")));
    QVERIFY(plan.rows.at(1).skipReason.contains(QStringLiteral("Redis")));
}

void BulkPlanTest::lockOnlyOnPostgres()
{
    const Instance pg = instance(QStringLiteral("pgm-1"), Engine::PostgreSQL, QStringLiteral("14"));
    const Instance mysql = instance(QStringLiteral("rm-1"), Engine::MySQL);
    BulkRequest request;
    request.action = BulkAction::Lock;
    const BulkPlan plan = BulkPlanner::plan(request,
        { target(pg, account(pg, QStringLiteral("etl"))), target(mysql, account(mysql, QStringLiteral("app"))) });
    QCOMPARE(plan.rows.at(0).action, QStringLiteral("LockAccount"));
    QVERIFY(plan.rows.at(0).isAllowed());
    QVERIFY(plan.rows.at(0).locked);
    QVERIFY(plan.rows.at(1).skipReason.contains(QStringLiteral("PostgreSQL")));
}

void BulkPlanTest::grantChecksDatabasePrivilegeAndProduct()
{
    const Instance mysql = instance(QStringLiteral("rm-1"), Engine::MySQL);
    const Instance pg = instance(QStringLiteral("pgm-1"), Engine::PostgreSQL, QStringLiteral("14"));
    const Instance redis = instance(QStringLiteral("r-1"), Engine::Redis, QStringLiteral("6.0"));
    Instance noOrders = instance(QStringLiteral("rm-2"), Engine::MySQL);
    noOrders.databases.removeFirst();
    const Account holder
        = account(mysql, QStringLiteral("holder"), { { QStringLiteral("orders"), QStringLiteral("ReadOnly"), {} } });
    BulkRequest request;
    request.action = BulkAction::Grant;
    request.dbName = QStringLiteral("orders");
    request.privilege = QStringLiteral("ReadOnly");
    const BulkPlan plan = BulkPlanner::plan(request,
        { target(mysql, account(mysql, QStringLiteral("app"))),
            target(pg, account(pg, QStringLiteral("etl"))),
            target(redis, account(redis, QStringLiteral("cache"))),
            target(noOrders, account(noOrders, QStringLiteral("x1"))),
            target(mysql, holder) });
    QVERIFY(plan.rows.at(0).isAllowed());
    QCOMPARE(plan.rows.at(0).change.grants.value(0).dbName, QStringLiteral("orders"));
    QVERIFY2(
        plan.rows.at(1).skipReason.contains(QStringLiteral("not a privilege")), qPrintable(plan.rows.at(1).skipReason));
    QVERIFY(plan.rows.at(2).skipReason.contains(QStringLiteral("no databases")));
    QVERIFY(plan.rows.at(3).skipReason.contains(QStringLiteral("no database named orders")));
    QVERIFY(plan.rows.at(4).skipReason.contains(QStringLiteral("already holds")));
}

void BulkPlanTest::revokeNeedsAHeldPrivilege()
{
    const Instance mysql = instance(QStringLiteral("rm-1"), Engine::MySQL);
    BulkRequest request;
    request.action = BulkAction::Revoke;
    request.dbName = QStringLiteral("orders");
    const BulkPlan plan = BulkPlanner::plan(request,
        { target(mysql,
              account(
                  mysql, QStringLiteral("holder"), { { QStringLiteral("orders"), QStringLiteral("ReadWrite"), {} } })),
            target(mysql, account(mysql, QStringLiteral("none"))) });
    QCOMPARE(plan.rows.at(0).change.revokes, QStringList { QStringLiteral("orders") });
    QVERIFY(plan.rows.at(1).skipReason.contains(QStringLiteral("holds no privilege")));
}

void BulkPlanTest::deleteWithPrivilegesIsSkippedOrRevokesFirst()
{
    const Instance mysql = instance(QStringLiteral("rm-1"), Engine::MySQL);
    const Instance redis = instance(QStringLiteral("r-1"), Engine::Redis, QStringLiteral("6.0"));
    const QList<BulkTarget> targets = { target(mysql,
                                            account(mysql,
                                                QStringLiteral("holder"),
                                                { { QStringLiteral("orders"), QStringLiteral("ReadWrite"), {} } })),
        target(mysql, account(mysql, QStringLiteral("bare"))),
        target(redis, account(redis, redis.id)) };
    BulkRequest request;
    request.action = BulkAction::Delete;
    BulkPlan plan = BulkPlanner::plan(request, targets);
    QVERIFY(plan.rows.at(0).skipReason.contains(QStringLiteral("revoke them")));
    QVERIFY(plan.rows.at(1).isAllowed());
    QVERIFY(plan.rows.at(2).skipReason.contains(QStringLiteral("default account")));
    request.revokeBeforeDelete = true;
    plan = BulkPlanner::plan(request, targets);
    QVERIFY(plan.rows.at(0).isAllowed());
    QCOMPARE(plan.rows.at(0).change.revokes, QStringList { QStringLiteral("orders") });
    QVERIFY(plan.rows.at(0).callText.contains(QStringLiteral("then delete")));
}

void BulkPlanTest::descriptionFollowsEachEnginesRule()
{
    const Instance mysql = instance(QStringLiteral("rm-1"), Engine::MySQL);
    const Instance redis = instance(QStringLiteral("r-1"), Engine::Redis, QStringLiteral("6.0"));
    BulkRequest request;
    request.action = BulkAction::EditDescription;
    request.description = QStringLiteral("Billing team, rotated");
    const BulkPlan plan = BulkPlanner::plan(request,
        { target(mysql, account(mysql, QStringLiteral("app"))),
            target(redis, account(redis, QStringLiteral("cache"))) });
    QVERIFY(plan.rows.at(0).isAllowed());
    QVERIFY2(!plan.rows.at(1).isAllowed(), "Redis descriptions allow letters, digits, _ and - only");
}

void BulkPlanTest::createShowsPerInstanceDifferences()
{
    const Instance mysql = instance(QStringLiteral("rm-1"), Engine::MySQL);
    Instance mysqlNoBilling = instance(QStringLiteral("rm-2"), Engine::MySQL);
    mysqlNoBilling.databases.removeLast();
    const Instance pg = instance(QStringLiteral("pgm-1"), Engine::PostgreSQL, QStringLiteral("14"));
    const Instance redis = instance(QStringLiteral("r-1"), Engine::Redis, QStringLiteral("6.0"));
    Instance cluster = instance(QStringLiteral("r-2"), Engine::Redis, QStringLiteral("6.0"));
    cluster.architecture = Architecture::Cluster;
    BulkRequest request;
    request.action = BulkAction::Create;
    request.account.name = QStringLiteral("svcreport");
    request.account.redisPrivilege = QStringLiteral("RoleReadOnly");
    request.account.grants = { { QStringLiteral("orders"), QStringLiteral("ReadOnly"), {} },
        { QStringLiteral("billing"), QStringLiteral("ReadOnly"), {} } };
    const BulkPlan plan = BulkPlanner::plan(request,
        { instanceTarget(mysql),
            instanceTarget(mysqlNoBilling),
            instanceTarget(pg),
            instanceTarget(redis),
            instanceTarget(cluster) });
    QCOMPARE(plan.allowedCount(), 5);
    QCOMPARE(plan.rows.at(0).draft.grants.size(), 2);
    QVERIFY(plan.rows.at(0).differences.isEmpty());
    QCOMPARE(plan.rows.at(1).draft.grants.size(), 1);
    QVERIFY(plan.rows.at(1).differences.join(QString()).contains(QStringLiteral("No database billing")));
    QVERIFY(plan.rows.at(2).draft.grants.isEmpty());
    QVERIFY(plan.rows.at(2).differences.join(QString()).contains(QStringLiteral("PostgreSQL")));
    QCOMPARE(plan.rows.at(3).draft.redisPrivilege, QStringLiteral("RoleReadOnly"));
    QVERIFY(!plan.rows.at(3).differences.isEmpty());
    for (const BulkRow& row : plan.rows) {
        if (row.isAllowed()) {
            QVERIFY(AccountRules(row.target.instance.engine).checkPassword(row.draft.password).isValid());
            QCOMPARE(row.draft.password, row.password);
        }
    }
    // Each engine's own name rule: Redis names take '-', not '_'.
    request.account.name = QStringLiteral("svc_report");
    const BulkPlan underscore = BulkPlanner::plan(request, { instanceTarget(mysql), instanceTarget(redis) });
    QVERIFY(underscore.rows.at(0).isAllowed());
    QVERIFY2(underscore.rows.at(1).skipReason.contains(QStringLiteral("Redis")),
        qPrintable(underscore.rows.at(1).skipReason));
    request.account.name = QStringLiteral("svcreport");
    request.account.redisPrivilege = QStringLiteral("RoleRepl");
    const BulkPlan copy = BulkPlanner::plan(request, { instanceTarget(redis), instanceTarget(cluster) });
    QVERIFY(copy.rows.at(0).isAllowed());
    QVERIFY(copy.rows.at(1).skipReason.contains(QStringLiteral("standard")));
}

void BulkPlanTest::createRefusesTakenReservedAndOverQuota()
{
    const Instance mysql = instance(QStringLiteral("rm-1"), Engine::MySQL);
    const Instance redis = instance(QStringLiteral("r-1"), Engine::Redis, QStringLiteral("6.0"));
    QList<Account> full;
    for (int i = 0; i < 20; ++i)
        full << account(redis, QStringLiteral("user%1").arg(i));
    BulkRequest request;
    request.action = BulkAction::Create;
    request.account.name = QStringLiteral("svc1");
    BulkPlan plan = BulkPlanner::plan(
        request, { instanceTarget(mysql, { account(mysql, QStringLiteral("SVC1")) }), instanceTarget(redis, full) });
    QVERIFY(plan.rows.at(0).skipReason.contains(QStringLiteral("already exists")));
    QVERIFY(plan.rows.at(1).skipReason.contains(QStringLiteral("20")));
    request.account.name = QStringLiteral("root");
    plan = BulkPlanner::plan(request, { instanceTarget(mysql) });
    QVERIFY2(plan.rows.at(0).skipReason.contains(QStringLiteral("reserved")), qPrintable(plan.rows.at(0).skipReason));
    request.account.name = QStringLiteral("dba_x");
    request.account.type = QStringLiteral("Super");
    Account super = account(mysql, QStringLiteral("boss"));
    super.type = QStringLiteral("Super");
    plan = BulkPlanner::plan(request, { instanceTarget(mysql, { super }) });
    QVERIFY(plan.rows.at(0).skipReason.contains(QStringLiteral("boss")));
}

void BulkPlanTest::aTargetSelectedTwiceIsPlannedOnce()
{
    const Instance mysql = instance(QStringLiteral("rm-1"), Engine::MySQL);
    const BulkTarget t = target(mysql, account(mysql, QStringLiteral("app")));
    BulkTarget otherProfile = t;
    otherProfile.profileId = QStringLiteral("p2");
    const BulkPlan plan = BulkPlanner::plan(BulkRequest {}, { t, t, otherProfile });
    QCOMPARE(plan.allowedCount(), 2);
    QVERIFY(plan.rows.at(1).skipReason.contains(QStringLiteral("twice")));
}

void BulkPlanTest::aFoundAccountOfAnUnlistedInstanceWaitsForARefresh()
{
    InstanceTreeModel tree;
    AccountTableModel accounts;
    Instance mysql = instance(QStringLiteral("rm-1"), Engine::MySQL);
    mysql.regionId = QStringLiteral("cn-hangzhou");
    tree.setInstances(mysql.regionId, { mysql });
    const BulkTargetSource source(&tree, &accounts, {});
    const IndexedAccount listed = indexedAccount(
        QStringLiteral("Demo"), mysql.regionId, QStringLiteral("MySQL"), QStringLiteral("rm-1"), QStringLiteral("app"));
    IndexedAccount elsewhere = listed;
    elsewhere.instanceId = QStringLiteral("rm-other-profile");
    const BulkPlan plan = BulkPlanner::plan(BulkRequest {}, source.forFound({ listed, elsewhere }));
    QVERIFY2(plan.rows.at(0).isAllowed(), qPrintable(plan.rows.at(0).skipReason));
    QCOMPARE(plan.rows.at(0).target.instance.databases.size(), 2); // the instance as the tree lists it
    QVERIFY2(plan.rows.at(1).skipReason.contains(QStringLiteral("refresh")), qPrintable(plan.rows.at(1).skipReason));
}

void BulkPlanTest::aTableRowIsTheInstanceUnderTheProfileTheTreeShows()
{
    // Two profiles of one cloud account list the same instance; the second knows it is being restarted.
    InstanceTreeModel tree;
    AccountTableModel accounts;
    Instance mysql = instance(QStringLiteral("rm-1"), Engine::MySQL);
    mysql.regionId = QStringLiteral("cn-hangzhou");
    tree.setInstances(QStringLiteral("ops"), mysql.regionId, { mysql });
    Instance restarting = mysql;
    restarting.status = QStringLiteral("Restarting");
    tree.setInstances(QStringLiteral("ops-b"), mysql.regionId, { restarting });
    const BulkTargetSource source(&tree, &accounts, {});
    const QList<Account> rows = { account(mysql, QStringLiteral("app")) };

    const QList<BulkTarget> underB = source.forAccounts(rows, QStringLiteral("ops-b"));
    QCOMPARE(underB.size(), 1);
    QCOMPARE(underB.at(0).profileId, QStringLiteral("ops-b"));
    QCOMPARE(underB.at(0).instance.profile, QStringLiteral("ops-b")); // what the service routes by
    QCOMPARE(underB.at(0).instance.status, QStringLiteral("Restarting"));
    QCOMPARE(source.forAccounts(rows, QStringLiteral("ops")).at(0).profileId, QStringLiteral("ops"));
    // A profile that does not list the instance (a region node of another profile): the one that does.
    tree.setInstances(QStringLiteral("other"), mysql.regionId, {});
    QCOMPARE(source.forAccounts(rows, QStringLiteral("other")).at(0).profileId, QStringLiteral("ops"));
}

void BulkPlanTest::listsAndClausesUseTheTranslatedSeparators()
{
    // A Chinese catalogue lists with "、" and joins clauses with "；": the separators are looked up, in one place.
    CatalogueStub chinese;
    chinese.add("AccountText", ", ", QStringLiteral("、"));
    chinese.add("AccountText", "; ", QStringLiteral("；"));
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    const Instance mysql = instance(QStringLiteral("rm-1"), Engine::MySQL);
    const Instance pg = instance(QStringLiteral("pgm-1"), Engine::PostgreSQL, QStringLiteral("14"));
    BulkRequest request;
    request.action = BulkAction::Delete;
    request.revokeBeforeDelete = true;
    const Account holder = account(mysql,
        QStringLiteral("holder"),
        { { QStringLiteral("orders"), QStringLiteral("ReadWrite"), {} },
            { QStringLiteral("billing"), QStringLiteral("ReadOnly"), {} } });
    const BulkPlan deletion = BulkPlanner::plan(request, { target(mysql, holder) });
    request = BulkRequest();
    request.action = BulkAction::Create;
    request.account.name = QStringLiteral("svcreport");
    request.account.grants = { { QStringLiteral("orders"), QStringLiteral("ReadOnly"), {} },
        { QStringLiteral("billing"), QStringLiteral("ReadOnly"), {} } };
    BulkRowModel creation;
    creation.setPlan(BulkPlanner::plan(request, { instanceTarget(mysql), instanceTarget(pg) }));
    const QString callText = creation.plan().rows.at(0).callText;
    const QString differences = creation.index(1, BulkRowModel::Differences).data().toString();
    QCoreApplication::removeTranslator(&chinese);

    QCOMPARE(deletion.rows.at(0).callText, QStringLiteral("Revoke access to orders、billing, then delete the account"));
    QVERIFY2(
        callText.endsWith(QStringLiteral("grant Read-only on orders、Read-only on billing")), qPrintable(callText));
    QVERIFY2(differences.contains(QStringLiteral("orders；")), qPrintable(differences));
}

QTEST_MAIN(BulkPlanTest)
#include "tst_bulkplan.moc"
