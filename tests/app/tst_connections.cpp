// Several connections at once (ConnectionSet, ProfileConnection, RoutedAccountService) against the in-process demo
// sandbox: one profile failing (a wrong secret) stops on its own node while the other loads and can be acted on;
// profiles of one cloud account share its rate limiter; a call for a profile that is not enabled fails plainly.
#include "AccountTableModel.h"
#include "ConnectionSet.h"
#include "DemoSandbox.h"
#include "InstanceTreeModel.h"
#include "ModelRoles.h"
#include "RateLimiterRegistry.h"
#include "RoutedAccountService.h"
#include "SandboxOptions.h"

#include <QSignalSpy>
#include <QTest>

namespace {
constexpr int TimeoutMs = 15000;

Credentials demoKey(const QString& secret = QLatin1String(SandboxOptions::DemoAccessKeySecret))
{
    return Credentials::accessKey(QLatin1String(SandboxOptions::DemoAccessKeyId), secret);
}
} // namespace

class TestConnections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<DemoSandbox>();
        QSignalSpy ready(m_sandbox.get(), &DemoSandbox::ready);
        m_sandbox->start();
        QVERIFY(ready.wait(TimeoutMs));
        m_endpoints = { { QStringLiteral("rds"), m_sandbox->endpoint() },
            { QStringLiteral("r-kvstore"), m_sandbox->endpoint() } };
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void oneProfileFailsWhileTheOtherLoads()
    {
        InstanceTreeModel tree;
        AccountTableModel accounts;
        RateLimiterRegistry limiters;
        ConnectionSet connections(&tree, { &accounts, nullptr, nullptr, &limiters });
        RoutedAccountService routed(&connections);
        ProfileConnection* prod = connections.add(QStringLiteral("prod"), QStringLiteral("prod"));
        ProfileConnection* lab = connections.add(QStringLiteral("lab"), QStringLiteral("lab"));
        QCOMPARE(tree.profileIds(), QStringList({ QStringLiteral("prod"), QStringLiteral("lab") }));
        QSignalSpy backgroundErrors(&routed, &AccountService::backgroundError);

        QVERIFY(prod->open(demoKey(QStringLiteral("not-the-secret")), m_endpoints, QStringLiteral("cn-hangzhou")));
        QVERIFY(lab->open(demoKey(), m_endpoints, QStringLiteral("cn-hangzhou")));

        QTRY_COMPARE_WITH_TIMEOUT(lab->status().phase, ConnectionStatus::Phase::Ready, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(prod->status().phase, ConnectionStatus::Phase::Failed, TimeoutMs);
        // The failure is on prod's node, with the code and the RequestId support asks for; no message box.
        const ConnectionStatus failed = prod->status();
        QVERIFY(!failed.code.isEmpty());
        QVERIFY(!failed.requestId.isEmpty());
        const QModelIndex prodNode = tree.indexOfProfile(QStringLiteral("prod"));
        QCOMPARE(prodNode.data().toString(), QStringLiteral("prod (failed)"));
        const QString tip = prodNode.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(failed.code) && tip.contains(failed.requestId), qPrintable(tip));
        QCOMPARE(tree.rowCount(prodNode), 0);
        QCOMPARE(backgroundErrors.size(), 0);

        // lab loaded in spite of prod: its regions, instances and (prefetched) accounts are there, under its node.
        const QModelIndex labNode = tree.indexOfProfile(QStringLiteral("lab"));
        QCOMPARE(labNode.data().toString(), QStringLiteral("lab"));
        QVERIFY(tree.rowCount(labNode) > 0);
        const QString mysql = QStringLiteral("rm-bp1k8x3n2q7w4e5r6");
        const QModelIndex node = tree.indexOfInstance(QStringLiteral("lab"), mysql);
        QVERIFY(node.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(accounts.rowOf(mysql, QStringLiteral("app_rw")) >= 0, TimeoutMs);
        const Instance instance = *tree.instanceAt(node);
        QCOMPARE(instance.profile, QStringLiteral("lab"));

        // Acting on it through the window's service goes through lab's connection.
        PendingOperation* reset
            = routed.submit(instance, ResetPasswordWrite { QStringLiteral("app_rw"), QStringLiteral("N3w-Pass!word") });
        QSignalSpy succeeded(reset, &PendingOperation::succeeded);
        QVERIFY(succeeded.wait(TimeoutMs));
        QCOMPARE(connections.serviceFor(QStringLiteral("lab")), lab->controller());
        QCOMPARE(connections.serviceFor(QStringLiteral("nowhere")), nullptr);

        // A profile that is not enabled: the call fails at once with the reason, nothing is sent.
        Instance elsewhere = instance;
        elsewhere.profile = QStringLiteral("nowhere");
        PendingOperation* refused
            = routed.submit(elsewhere, ResetPasswordWrite { QStringLiteral("app_rw"), QStringLiteral("x") });
        QSignalSpy failedSpy(refused, &PendingOperation::failed);
        QVERIFY(failedSpy.wait(TimeoutMs));
        QCOMPARE(failedSpy.constFirst().constFirst().value<ServiceError>().code, QStringLiteral("ProfileNotEnabled"));

        // F5 loads both again; prod fails again on its own node, lab stays usable.
        routed.refreshInventory();
        QCOMPARE(lab->status().phase, ConnectionStatus::Phase::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(lab->status().phase, ConnectionStatus::Phase::Ready, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(prod->status().phase, ConnectionStatus::Phase::Failed, TimeoutMs);

        // Disabling lab drops its node and the accounts only it listed.
        connections.remove(QStringLiteral("lab"));
        QCOMPARE(tree.profileIds(), QStringList { QStringLiteral("prod") });
        QCOMPARE(accounts.rowOf(mysql, QStringLiteral("app_rw")), -1);
        QCOMPARE(connections.connection(QStringLiteral("lab")), nullptr);
    }

    void profilesOfOneCloudAccountShareItsRateLimiter()
    {
        InstanceTreeModel tree;
        AccountTableModel accounts;
        RateLimiterRegistry limiters;
        ConnectionSet connections(&tree, { &accounts, nullptr, nullptr, &limiters });
        ProfileConnection* first = connections.add(QStringLiteral("ram-user"), QStringLiteral("ram-user"));
        ProfileConnection* second = connections.add(QStringLiteral("ops"), QStringLiteral("ops"));
        ProfileConnection* other = connections.add(QStringLiteral("other"), QStringLiteral("other"));
        QVERIFY(first->open(demoKey(), m_endpoints, {}));
        QVERIFY(second->open(demoKey(), m_endpoints, {}));
        QVERIFY(
            other->open(Credentials::accessKey(QStringLiteral("another-id"), QStringLiteral("s")), m_endpoints, {}));
        QVERIFY(first->client()->rateLimiter());
        QCOMPARE(first->client()->rateLimiter(), second->client()->rateLimiter());
        QVERIFY(first->client()->rateLimiter() != other->client()->rateLimiter());
        // Both profiles list the same instances; each under its own node.
        QTRY_COMPARE_WITH_TIMEOUT(first->status().phase, ConnectionStatus::Phase::Ready, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(second->status().phase, ConnectionStatus::Phase::Ready, TimeoutMs);
        const QString mysql = QStringLiteral("rm-bp1k8x3n2q7w4e5r6");
        QVERIFY(tree.indexOfInstance(QStringLiteral("ram-user"), mysql).isValid());
        QVERIFY(tree.indexOfInstance(QStringLiteral("ops"), mysql).isValid());
        // Disabling one keeps the accounts the other still lists.
        QTRY_VERIFY_WITH_TIMEOUT(accounts.rowOf(mysql, QStringLiteral("app_rw")) >= 0, TimeoutMs);
        connections.remove(QStringLiteral("ops"));
        QVERIFY(accounts.rowOf(mysql, QStringLiteral("app_rw")) >= 0);
    }

private:
    std::unique_ptr<DemoSandbox> m_sandbox;
    QMap<QString, QUrl> m_endpoints;
};

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
