#include "InstanceTreeModel.h"
#include "ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
Region region(const QString& id, const QString& name)
{
    return Region { id, name, {} };
}

Instance instance(const QString& id,
    Engine engine,
    const QString& status = QStringLiteral("Running"),
    const QString& version = QStringLiteral("8.0"))
{
    Instance i;
    i.id = id;
    i.engine = engine;
    i.product = ProductInfo::productOf(engine);
    i.engineVersion = version;
    i.status = status;
    i.description = QStringLiteral("desc of ") + id;
    return i;
}
} // namespace

class TstInstanceTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void structure();
    void refreshIsFineGrained();
    void unmanageableInstanceSaysWhy();
    void regionsRefresh();
    void profileLevelAboveRegions();
    void sameInstanceUnderTwoProfiles();
    void profileNodeShowsItsError();

private:
    InstanceTreeModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void TstInstanceTreeModel::init()
{
    m_model = new InstanceTreeModel;
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setRegions({ region(QStringLiteral("cn-hangzhou"), QStringLiteral("China (Hangzhou)")),
        region(QStringLiteral("cn-beijing"), QStringLiteral("China (Beijing)")) });
}

void TstInstanceTreeModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TstInstanceTreeModel::structure()
{
    m_model->setInstances(QStringLiteral("cn-hangzhou"),
        { instance(QStringLiteral("r-1"), Engine::Redis, QStringLiteral("Running"), QStringLiteral("5.0")),
            instance(QStringLiteral("rm-1"), Engine::MySQL),
            instance(QStringLiteral("pgm-1"), Engine::PostgreSQL) });
    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex hz = m_model->indexOfRegion(QStringLiteral("cn-hangzhou"));
    QCOMPARE(hz.data().toString(), QStringLiteral("China (Hangzhou) (cn-hangzhou)"));
    QCOMPARE(hz.data(ModelRoles::NodeKindRole).toString(), QStringLiteral("region"));
    QCOMPARE(m_model->rowCount(hz), 2);
    const QModelIndex rds = m_model->index(0, 0, hz);
    QCOMPARE(rds.data(ModelRoles::NodeKindRole).toString(), QStringLiteral("product"));
    QCOMPARE(rds.data().toString(), QStringLiteral("ApsaraDB RDS (2 instances)"));
    QCOMPARE(m_model->rowCount(m_model->index(1, 0, hz)), 1);
    QCOMPARE(m_model->rowCount(m_model->indexOfRegion(QStringLiteral("cn-beijing"))), 0);

    const QModelIndex rm = m_model->indexOfInstance(QStringLiteral("rm-1"));
    QVERIFY(rm.isValid());
    QCOMPARE(rm.parent(), rds);
    QCOMPARE(m_model->instanceAt(rm)->engine, Engine::MySQL);
    QCOMPARE(m_model->instanceAt(rm)->regionId, QStringLiteral("cn-hangzhou"));
    QCOMPARE(m_model->regionAt(rm)->id, QStringLiteral("cn-hangzhou"));
    QVERIFY(!m_model->instanceAt(rds).has_value());
    QCOMPARE(rm.data().toString(), QStringLiteral("rm-1 — desc of rm-1 · MySQL 8.0 · Running"));
    QCOMPARE(rm.data(ModelRoles::DomainObjectRole).value<Instance>().id, QStringLiteral("rm-1"));
    QVERIFY(!rm.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!rm.data(Qt::ForegroundRole).isValid());
    QCOMPARE(m_model->instanceCount(), 3);
}

void TstInstanceTreeModel::refreshIsFineGrained()
{
    m_model->setInstances(QStringLiteral("cn-hangzhou"),
        { instance(QStringLiteral("rm-1"), Engine::MySQL),
            instance(QStringLiteral("rm-2"), Engine::MySQL),
            instance(QStringLiteral("r-1"), Engine::Redis, QStringLiteral("Running"), QStringLiteral("5.0")) });
    const QPersistentModelIndex rm2 = m_model->indexOfInstance(QStringLiteral("rm-2"));
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

    // rm-1 removed, rm-2 changed, rm-3 added; Redis product disappears.
    m_model->setInstances(QStringLiteral("cn-hangzhou"),
        { instance(QStringLiteral("rm-2"), Engine::MySQL, QStringLiteral("Restarting")),
            instance(QStringLiteral("rm-3"), Engine::MariaDB) });
    QCOMPARE(resets.size(), 0);
    QVERIFY(rm2.isValid());
    QCOMPARE(rm2.row(), 0);
    QCOMPARE(m_model->instanceAt(rm2)->status, QStringLiteral("Restarting"));
    QVERIFY(!m_model->indexOfInstance(QStringLiteral("rm-1")).isValid());
    QVERIFY(!m_model->indexOfInstance(QStringLiteral("r-1")).isValid());
    QCOMPARE(m_model->rowCount(m_model->indexOfRegion(QStringLiteral("cn-hangzhou"))), 1);
    QCOMPARE(removed.size(), 3); // rm-1, r-1 and the now empty Redis product node
    QVERIFY(changed.size() >= 1);

    Instance updated = instance(QStringLiteral("rm-3"), Engine::MariaDB);
    updated.description = QStringLiteral("renamed");
    changed.clear();
    m_model->updateInstance(updated);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->indexOfInstance(QStringLiteral("rm-3"))
                 .data(ModelRoles::DomainObjectRole)
                 .value<Instance>()
                 .description,
        QStringLiteral("renamed"));
    m_model->setInstances(QStringLiteral("cn-hangzhou"), {});
    QCOMPARE(m_model->instanceCount(), 0);
    QCOMPARE(resets.size(), 0);
}

void TstInstanceTreeModel::unmanageableInstanceSaysWhy()
{
    m_model->setInstances(QStringLiteral("cn-beijing"),
        { instance(QStringLiteral("r-old"), Engine::Redis, QStringLiteral("Running"), QStringLiteral("2.8")),
            instance(QStringLiteral("rm-r"), Engine::MySQL, QStringLiteral("Restarting")) });
    const QModelIndex old = m_model->indexOfInstance(QStringLiteral("r-old"));
    QVERIFY(
        old.data(Qt::ToolTipRole)
            .toString()
            .contains(QStringLiteral("Account management needs Redis 4.0 or later; this instance runs Redis 2.8.")));
    QVERIFY(old.data(Qt::ForegroundRole).isValid());
    const QModelIndex restarting = m_model->indexOfInstance(QStringLiteral("rm-r"));
    QVERIFY(restarting.data(Qt::ToolTipRole).toString().contains(QStringLiteral("The instance is Restarting")));
}

void TstInstanceTreeModel::regionsRefresh()
{
    m_model->setInstances(QStringLiteral("cn-beijing"), { instance(QStringLiteral("rm-b"), Engine::SQLServer) });
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    m_model->setRegions({ region(QStringLiteral("cn-beijing"), QStringLiteral("China (Beijing) 2")),
        region(QStringLiteral("cn-shanghai"), QStringLiteral("China (Shanghai)")) });
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(!m_model->indexOfRegion(QStringLiteral("cn-hangzhou")).isValid());
    QCOMPARE(m_model->indexOfRegion(QStringLiteral("cn-beijing")).data().toString(),
        QStringLiteral("China (Beijing) 2 (cn-beijing)"));
    QVERIFY(m_model->indexOfInstance(QStringLiteral("rm-b")).isValid());
    m_model->setRegions({});
    QVERIFY(!m_model->indexOfInstance(QStringLiteral("rm-b")).isValid());
    // Instances of an unknown region bring the region with them rather than getting lost.
    m_model->setInstances(QStringLiteral("ap-southeast-1"), { instance(QStringLiteral("rm-s"), Engine::MySQL) });
    QVERIFY(m_model->indexOfInstance(QStringLiteral("rm-s")).isValid());
    QCOMPARE(resets.size(), 0);
}

void TstInstanceTreeModel::profileLevelAboveRegions()
{
    InstanceTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.setProfile(QStringLiteral("Demo"), QStringLiteral("Demo"));
    tree.setProfile(QStringLiteral("ops"), QStringLiteral("ops"));
    tree.setRegions(
        QStringLiteral("ops"), { region(QStringLiteral("cn-shanghai"), QStringLiteral("China (Shanghai)")) });
    tree.setInstances(
        QStringLiteral("ops"), QStringLiteral("cn-shanghai"), { instance(QStringLiteral("rm-s"), Engine::MySQL) });
    QCOMPARE(tree.rowCount(), 2);
    QCOMPARE(tree.profileIds(), QStringList({ QStringLiteral("Demo"), QStringLiteral("ops") }));
    const QModelIndex ops = tree.indexOfProfile(QStringLiteral("ops"));
    QCOMPARE(ops.row(), 1);
    QCOMPARE(ops.data(ModelRoles::NodeKindRole).toString(), QStringLiteral("profile"));
    QCOMPARE(ops.data().toString(), QStringLiteral("ops (loading…)"));
    QVERIFY(ops.data(ModelRoles::BusyRole).toBool());
    QCOMPARE(tree.rowCount(ops), 1);
    const QModelIndex shanghai = tree.indexOfRegion(QStringLiteral("ops"), QStringLiteral("cn-shanghai"));
    QCOMPARE(shanghai.parent(), ops);
    QCOMPARE(tree.regionAt(shanghai)->id, QStringLiteral("cn-shanghai"));
    QVERIFY(!tree.regionAt(ops).has_value());

    const QModelIndex rm = tree.indexOfInstance(QStringLiteral("rm-s"));
    QCOMPARE(rm, tree.indexOfInstance(QStringLiteral("ops"), QStringLiteral("rm-s")));
    QCOMPARE(rm.parent().parent(), shanghai);
    QCOMPARE(tree.profileAt(rm), QStringLiteral("ops"));
    QCOMPARE(tree.instanceAt(rm)->profile, QStringLiteral("ops"));
    QCOMPARE(tree.instanceAt(rm)->regionId, QStringLiteral("cn-shanghai"));
    QVERIFY(!tree.indexOfInstance(QStringLiteral("Demo"), QStringLiteral("rm-s")).isValid());
    QCOMPARE(tree.instancesOf(QStringLiteral("ops"), QStringLiteral("cn-shanghai")).size(), 1);
    QCOMPARE(tree.regions(QStringLiteral("ops")).constFirst().id, QStringLiteral("cn-shanghai"));
    QVERIFY(tree.regions(QStringLiteral("Demo")).isEmpty());

    // A refresh of one profile is a diff under its node: the other profile's node is not touched.
    QSignalSpy removed(&tree, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&tree, &QAbstractItemModel::modelReset);
    tree.setRegions(QStringLiteral("Demo"), { region(QStringLiteral("cn-hangzhou"), {}) });
    tree.setInstances(
        QStringLiteral("Demo"), QStringLiteral("cn-hangzhou"), { instance(QStringLiteral("rm-h"), Engine::MySQL) });
    QCOMPARE(removed.size(), 0);
    QVERIFY(tree.indexOfInstance(QStringLiteral("rm-s")).isValid());
    QCOMPARE(tree.profileAt(tree.indexOfInstance(QStringLiteral("rm-h"))), QStringLiteral("Demo"));

    // Disabling a profile drops its node with everything under it.
    tree.removeProfile(QStringLiteral("ops"));
    QCOMPARE(tree.profileIds(), QStringList { QStringLiteral("Demo") });
    QVERIFY(!tree.indexOfInstance(QStringLiteral("rm-s")).isValid());
    QCOMPARE(tree.instanceCount(), 1);
    QCOMPARE(resets.size(), 0);
}

void TstInstanceTreeModel::sameInstanceUnderTwoProfiles()
{
    // Two profiles of one cloud account list the same instance; each keeps its own node.
    InstanceTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const QString& profile : { QStringLiteral("ram-user"), QStringLiteral("sts-role") })
        tree.setInstances(profile, QStringLiteral("cn-hangzhou"), { instance(QStringLiteral("rm-1"), Engine::MySQL) });
    QCOMPARE(tree.instanceCount(), 2);
    const QModelIndex first = tree.indexOfInstance(QStringLiteral("ram-user"), QStringLiteral("rm-1"));
    const QModelIndex second = tree.indexOfInstance(QStringLiteral("sts-role"), QStringLiteral("rm-1"));
    QVERIFY(first.isValid() && second.isValid() && first != second);
    Instance renamed = *tree.instanceAt(second);
    renamed.description = QStringLiteral("renamed");
    tree.updateInstance(renamed);
    QCOMPARE(tree.instanceAt(second)->description, QStringLiteral("renamed"));
    QCOMPARE(tree.instanceAt(first)->description, QStringLiteral("desc of rm-1"));
    tree.setInstances(QStringLiteral("ram-user"), QStringLiteral("cn-hangzhou"), {});
    QVERIFY(!tree.indexOfInstance(QStringLiteral("ram-user"), QStringLiteral("rm-1")).isValid());
    QVERIFY(tree.indexOfInstance(QStringLiteral("sts-role"), QStringLiteral("rm-1")).isValid());
}

void TstInstanceTreeModel::profileNodeShowsItsError()
{
    InstanceTreeModel tree;
    tree.setProfile(QStringLiteral("prod"), QStringLiteral("prod"));
    tree.setProfile(QStringLiteral("lab"), QStringLiteral("lab"));
    QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
    ConnectionStatus failed;
    failed.phase = ConnectionStatus::Phase::Failed;
    failed.message = QStringLiteral("The AccessKey secret is wrong.");
    failed.code = QStringLiteral("SignatureDoesNotMatch");
    failed.requestId = QStringLiteral("REQ-42");
    tree.setProfileStatus(QStringLiteral("prod"), failed);
    QCOMPARE(changed.size(), 1);
    const QModelIndex prod = tree.indexOfProfile(QStringLiteral("prod"));
    QCOMPARE(changed.constFirst().at(0).toModelIndex(), prod);
    QCOMPARE(prod.data().toString(), QStringLiteral("prod (failed)"));
    const QString tip = prod.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("The AccessKey secret is wrong.")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("Code: SignatureDoesNotMatch")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("RequestId: REQ-42")), qPrintable(tip));
    QVERIFY(!prod.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!prod.data(ModelRoles::BusyRole).toBool());
    QCOMPARE(*tree.profileStatus(QStringLiteral("prod")), failed);
    // The other profile is untouched: still loading, no error.
    const QModelIndex lab = tree.indexOfProfile(QStringLiteral("lab"));
    QCOMPARE(lab.data().toString(), QStringLiteral("lab (loading…)"));
    QVERIFY(!lab.data(Qt::ToolTipRole).toString().contains(QLatin1String("Code")));

    ConnectionStatus missing;
    missing.phase = ConnectionStatus::Phase::MissingSecret;
    missing.message = QStringLiteral("The keychain holds no AccessKey secret for this profile.");
    tree.setProfileStatus(QStringLiteral("lab"), missing);
    QCOMPARE(lab.data().toString(), QStringLiteral("lab (secret missing)"));
    tree.setProfileStatus(QStringLiteral("prod"), ConnectionStatus { ConnectionStatus::Phase::Ready, {}, {}, {} });
    QCOMPARE(prod.data().toString(), QStringLiteral("prod"));
    QVERIFY(!prod.data(Qt::ToolTipRole).toString().contains(QLatin1String("Code")));
}

QTEST_MAIN(TstInstanceTreeModel)
#include "tst_instancetreemodel.moc"
