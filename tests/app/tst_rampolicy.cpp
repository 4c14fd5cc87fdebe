// The RAM policies against what the app really sends: every account operation runs through the real
// AccountController and OpenAPI client against the sandbox, and the actions the request log records must be
// exactly the ones ApiActionTable (and so each mode's RAM policy) lists for that operation, no more, no fewer.
#include "AccountController.h"
#include "AccountTableModel.h"
#include "ApiActionTable.h"
#include "ApiClient.h"
#include "ControllerOnSandbox.h"
#include "ErrorCatalog.h"
#include "InstanceTreeModel.h"
#include "RamPolicy.h"
#include "RequestLog.h"
#include "SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {
const QString MySql = QStringLiteral("rm-bp1k8x3n2q7w4e5r6");
const QString Postgres = QStringLiteral("pgm-bp1m3n5b7v9c1x2z");
const QString Redis = QStringLiteral("r-bp1a2b3c4d5e6f7g8");
const QString Password = QStringLiteral("Policy#Check2026");

// Runs one operation and stops the test function at its first failure (later operations build on it).
#define RUN(operation, instance, ...)                                                                                  \
    do {                                                                                                               \
        run(operation, instance, __VA_ARGS__);                                                                         \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

QString ramName(const CallRecord& record)
{
    const QString prefix = record.product == QLatin1String("r-kvstore") ? QStringLiteral("kvstore") : record.product;
    return prefix + QLatin1Char(':') + record.action;
}
} // namespace

class TestRamPolicy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RequestLog> m_log;
    ControllerOnSandbox m_app;
    QSet<QString> m_sent; // every "prefix:Action" the session sent

    Instance instance(const QString& id) const { return m_app.instance(id); }

    // The RAM names of the calls recorded since `from`, checked against the table's list for the operation.
    void expectOnly(qsizetype from, AccountOperation operation, Product product)
    {
        // Reads of the Browse operation may run at any time in the background (the demo's Creating account is
        // polled), so they are allowed during every operation; everything else must be the operation's own.
        const QStringList allowed
            = ApiActionTable::actions(operation, product) + ApiActionTable::actions(AccountOperation::Browse, product);
        const QList<CallRecord> records = m_log->records();
        for (qsizetype i = from; i < records.size(); ++i) {
            m_sent.insert(ramName(records.at(i)));
            QVERIFY2(allowed.contains(records.at(i).action),
                qPrintable(QStringLiteral("%1 sent by operation %2 is missing from ApiActionTable")
                               .arg(ramName(records.at(i)))
                               .arg(int(operation))));
        }
    }

    bool holds(const QString& instanceId, const QString& account, const QString& database) const
    {
        const std::optional<Account> row = m_app.accounts->accountAt(m_app.accounts->rowOf(instanceId, account));
        return row
            && std::any_of(row->privileges.cbegin(), row->privileges.cend(), [&database](const DatabasePrivilege& p) {
                   return p.dbName == database;
               });
    }

    void run(AccountOperation operation, const Instance& instance, const AccountWrite& write)
    {
        const qsizetype from = m_log->records().size();
        PendingOperation* pending = m_app.controller->submit(instance, write);
        QSignalSpy succeeded(pending, &PendingOperation::succeeded);
        QSignalSpy failed(pending, &PendingOperation::failed);
        QTRY_VERIFY_WITH_TIMEOUT(succeeded.size() + failed.size() == 1, 15000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<ServiceError>().summary()));
        expectOnly(from, operation, instance.product);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        SandboxOptions options;
        options.creatingDelayMs = 0;
        m_log = std::make_unique<RequestLog>();
        const QString error = m_app.start(options, m_log.get());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void browseSendsOnlyDescribeActions()
    {
        QSignalSpy loaded(m_app.controller.get(), &AccountController::inventoryLoaded);
        m_app.controller->refreshInventory();
        QVERIFY(loaded.wait(15000));
        for (const QString& id : { MySql, Postgres, Redis }) {
            m_app.controller->refreshAccounts(instance(id));
            QTRY_VERIFY_WITH_TIMEOUT(m_app.accounts->accountCount(id) > 0, 10000);
        }
        bool answered = false;
        m_app.controller->fetchOperatorPermission(
            instance(MySql), this, [&answered](const std::optional<OperatorPermission>&) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_app.controller->reservedAccountNamesAreBuiltIn(instance(MySql)), 10000);
        for (const CallRecord& record : m_log->records()) {
            const Product product = record.product == QLatin1String("r-kvstore") ? Product::Redis : Product::Rds;
            m_sent.insert(ramName(record));
            QVERIFY2(ApiActionTable::actions(AccountOperation::Browse, product).contains(record.action),
                qPrintable(ramName(record)));
        }
    }

    void everyRdsOperationSendsOnlyItsActions()
    {
        using O = AccountOperation;
        const Instance mysql = instance(MySql);
        // First, while no account read-back is under way: these operations read no account.
        OperatorPermission permission { QStringLiteral("Control"), QDateTime::currentDateTimeUtc().addDays(1) };
        RUN(O::GrantOperatorPermission, mysql, GrantOperatorPermissionWrite { permission });
        RUN(O::RevokeOperatorPermission, mysql, RevokeOperatorPermissionWrite {});
        AccountDraft draft;
        draft.name = QStringLiteral("policy_probe");
        draft.password = Password;
        draft.grants = { DatabasePrivilege { QStringLiteral("orders"), QStringLiteral("ReadOnly"), {} } };
        RUN(O::CreateAccount, mysql, CreateAccountWrite { draft });
        PrivilegeChange change;
        change.revokes = { QStringLiteral("orders") };
        change.grants = { DatabasePrivilege { QStringLiteral("app_db"), QStringLiteral("ReadWrite"), {} } };
        RUN(O::ModifyPrivileges, mysql, ModifyPrivilegesWrite { draft.name, change });
        RUN(O::ModifyDescription, mysql, ModifyDescriptionWrite { draft.name, QStringLiteral("probe") });
        RUN(O::ResetPassword, mysql, ResetPasswordWrite { draft.name, Password });
        // The revoke below is planned from the list: wait for the grant's read-back to show app_db there.
        QTRY_VERIFY_WITH_TIMEOUT(holds(MySql, draft.name, QStringLiteral("app_db")), 10000);
        PrivilegeChange revokeAll;
        revokeAll.revokes = { QStringLiteral("app_db"), QStringLiteral("orders") }; // else it cannot be deleted
        RUN(O::ModifyPrivileges, mysql, ModifyPrivilegesWrite { draft.name, revokeAll });
        QTRY_VERIFY_WITH_TIMEOUT(
            !holds(MySql, draft.name, QStringLiteral("app_db")) && !holds(MySql, draft.name, QStringLiteral("orders")),
            10000);
        RUN(O::DeleteAccount, mysql, DeleteAccountWrite { draft.name });
        RUN(O::ResetPrivilegedAccount, mysql, ResetPrivilegedAccountWrite { QStringLiteral("dba_super"), Password });
        const Instance pg = instance(Postgres);
        RUN(O::Lock, pg, SetAccountLockedWrite { QStringLiteral("etl_writer"), true });
        RUN(O::Unlock, pg, SetAccountLockedWrite { QStringLiteral("etl_writer"), false });
    }

    void everyRedisOperationSendsOnlyItsActions()
    {
        using O = AccountOperation;
        const Instance redis = instance(Redis);
        AccountDraft draft;
        draft.name = QStringLiteral("policy-probe");
        draft.password = Password;
        draft.redisPrivilege = QStringLiteral("RoleReadOnly");
        RUN(O::CreateAccount, redis, CreateAccountWrite { draft });
        PrivilegeChange change;
        change.redisPrivilege = QStringLiteral("RoleReadWrite");
        RUN(O::ModifyPrivileges, redis, ModifyPrivilegesWrite { draft.name, change });
        RUN(O::ModifyDescription, redis, ModifyDescriptionWrite { draft.name, QStringLiteral("probe") });
        RUN(O::ResetPassword, redis, ResetPasswordWrite { draft.name, Password });
        RUN(O::DeleteAccount, redis, DeleteAccountWrite { draft.name });
    }

    // Runs last: the table lists nothing the code never sends, so the DBA policy grants no unused action.
    void tableListsNothingTheCodeNeverSends()
    {
        QStringList sent(m_sent.cbegin(), m_sent.cend());
        sent.sort();
        // Sent by the connection check of a profile (app/CredentialProbe), not by an account operation.
        const QStringList probeOnly = { QStringLiteral("kvstore:DescribeInstanceAttribute") };
        sent << probeOnly;
        sent.sort();
        sent.removeDuplicates();
        for (const QString& action : ApiActionTable::ramActions(RoleMode::Dba))
            QVERIFY2(sent.contains(action), qPrintable(action + QStringLiteral(" is listed but never sent")));
        QCOMPARE(sent, ApiActionTable::ramActions(RoleMode::Dba));
    }

    // The controller refuses what the mode does not allow, before anything is sent.
    void helpdeskModeSendsNoDeleteOrGrant()
    {
        m_app.controller->setRoleMode(RoleMode::Helpdesk);
        const qsizetype before = m_log->records().size();
        const Instance mysql = instance(MySql);
        PrivilegeChange change;
        change.grants = { DatabasePrivilege { QStringLiteral("orders"), QStringLiteral("ReadWrite"), {} } };
        const QList<std::pair<Instance, AccountWrite>> writes = {
            { mysql, DeleteAccountWrite { QStringLiteral("app_rw") } },
            { mysql, ModifyPrivilegesWrite { QStringLiteral("app_rw"), change } },
            { mysql, CreateAccountWrite {} },
            { instance(Postgres), SetAccountLockedWrite { QStringLiteral("etl_writer"), true } },
        };
        for (const auto& [target, write] : writes) {
            PendingOperation* refused = m_app.controller->submit(target, write);
            QSignalSpy failed(refused, &PendingOperation::failed);
            QVERIFY(failed.wait(5000));
            QCOMPARE(failed.first().first().value<ServiceError>().code, QStringLiteral("NotAllowedInMode"));
        }
        for (qsizetype i = before; i < m_log->records().size(); ++i) {
            const QString action = m_log->records().at(i).action;
            QVERIFY2(action.startsWith(QLatin1String("Describe")), qPrintable(action));
        }
        m_app.controller->setRoleMode(RoleMode::Dba);
    }

    void policiesGrantExactlyTheirModesActions()
    {
        for (RoleMode mode : { RoleMode::Helpdesk, RoleMode::Dba, RoleMode::Audit }) {
            const QJsonObject policy = QJsonDocument::fromJson(RamPolicy::document(mode)).object();
            QCOMPARE(policy.value(QLatin1String("Version")).toString(), QStringLiteral("1"));
            const QJsonArray statements = policy.value(QLatin1String("Statement")).toArray();
            QCOMPARE(statements.size(), 1);
            const QJsonObject statement = statements.first().toObject();
            QCOMPARE(statement.value(QLatin1String("Effect")).toString(), QStringLiteral("Allow"));
            QStringList granted;
            for (const QJsonValue action : statement.value(QLatin1String("Action")).toArray())
                granted << action.toString();
            QCOMPARE(granted, ApiActionTable::ramActions(mode));
        }
        const QStringList helpdesk = ApiActionTable::ramActions(RoleMode::Helpdesk);
        QVERIFY(helpdesk.contains(QStringLiteral("rds:ResetAccountPassword")));
        QVERIFY(helpdesk.contains(QStringLiteral("kvstore:ResetAccountPassword")));
        QVERIFY(helpdesk.contains(QStringLiteral("rds:UnlockAccount")));
        for (const QString& action : helpdesk) {
            const QString name = action.section(QLatin1Char(':'), 1);
            QVERIFY2(name.startsWith(QLatin1String("Describe")) || name == QLatin1String("ResetAccountPassword")
                    || name == QLatin1String("UnlockAccount"),
                qPrintable(action));
        }
        for (const QString& action : ApiActionTable::ramActions(RoleMode::Audit))
            QVERIFY2(action.section(QLatin1Char(':'), 1).startsWith(QLatin1String("Describe")), qPrintable(action));
    }

    void permissionErrorNamesTheActionAndThePolicyLine()
    {
        ServiceError error;
        error.category = ServiceError::Category::Authentication;
        error.httpStatus = 403;
        error.code = QStringLiteral("Forbidden.RAM");
        error.action = QStringLiteral("UnlockAccount");
        const ErrorCatalog::Advice advice = ErrorCatalog::adviceFor(error);
        QVERIFY2(advice.action.contains(QLatin1String("\"rds:UnlockAccount\"")), qPrintable(advice.action));
        QVERIFY2(advice.action.contains(QLatin1String("Helpdesk")), qPrintable(advice.action));
        error.code = QStringLiteral("NoPermission");
        error.action = QStringLiteral("DeleteAccount");
        const QString dba = ErrorCatalog::adviceFor(error).action;
        QVERIFY2(dba.contains(QLatin1String("\"kvstore:DeleteAccount\" / \"rds:DeleteAccount\"")), qPrintable(dba));
        QVERIFY2(dba.contains(QLatin1String("DBA")), qPrintable(dba));
    }

    void cleanupTestCase() { m_app.stop(); }
};

QTEST_MAIN(TestRamPolicy)
#include "tst_rampolicy.moc"
