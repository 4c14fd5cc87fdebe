// Journeys of Find and the role modes: a helpdesk agent finds an account by part of its name across profiles,
// resets it with a generated password, copies it and the clipboard clears, with the ticket in the activity
// record; the same agent can reach no delete, create or grant anywhere; a DBA asks "who has ReadWrite on
// orders" with one query.
#include "../models/IndexedAccountSample.h"
#include "../ui/NamedChild.h"
#include "AccountActions.h"
#include "AccountDetailPane.h"
#include "AccountIndex.h"
#include "AccountIndexFile.h"
#include "AccountSearchModel.h"
#include "ActivityLogModel.h"
#include "AppSession.h"
#include "ClipboardGuard.h"
#include "FindPanel.h"
#include "InstanceTreeModel.h"
#include "JourneyFixture.h"
#include "JourneySteps.h"
#include "MainWindow.h"
#include "PasswordField.h"
#include "ResetPasswordDialog.h"

#include <QAction>
#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

namespace {

const QString CrmLegacy = QStringLiteral("rm-bp19a2c4d6f8h0j1k");
const QString CrmReplica = QStringLiteral("rm-uf6shanghai000001"); // in tests/journeys/data/shanghai-ops-state.json

QStringList resultNames(MainWindow* window)
{
    QStringList names;
    QAbstractItemModel* results = window->findPanel()->resultView()->model();
    for (int row = 0; row < results->rowCount(); ++row)
        names << results->index(row, AccountSearchModel::NameColumn).data().toString();
    return names;
}

// The ticket first, then part of a name typed into Find: the demo's crm_app and the other profile's show
// within a second of the first key.
void findBothCrmApps(MainWindow* window, const QString& ticket)
{
    FindPanel* find = window->findPanel();
    auto* ticketField = find->findChild<QLineEdit*>(QStringLiteral("ticketField"));
    QVERIFY(ticketField);
    QTest::keyClicks(ticketField, ticket);
    find->queryField()->setFocus();
    QElapsedTimer typing;
    typing.start();
    QTest::keyClicks(find->queryField(), QStringLiteral("crm_ap"));
    QTRY_COMPARE(resultNames(window), QStringList({ QStringLiteral("crm_app"), QStringLiteral("crm_app") }));
    QVERIFY2(typing.elapsed() < 1000, qPrintable(QString::number(typing.elapsed())));
}

// The agent's second profile, as the index file holds it from an earlier session.
void seedSecondProfile()
{
    IndexedAccount other = indexedAccount(QStringLiteral("shanghai-ops"),
        QStringLiteral("cn-shanghai"),
        QStringLiteral("MySQL"),
        CrmReplica,
        QStringLiteral("crm_app"));
    other.instanceDescription = QStringLiteral("CRM replica");
    other.seen = QDateTime::currentDateTimeUtc().addDays(-1);
    QVERIFY(AccountIndexFile(AccountIndexFile::defaultPath()).save({ other }));
}

// The agent's second profile, "shanghai-ops": another cloud account (a sandbox of its own holding the CRM replica)
// with its AccessKey secret in the keychain, enabled next to the demo in the Connections menu last time.
bool addShanghaiOps(JourneyFixture& journey)
{
    const QString state = QStringLiteral(APSARA_SOURCE_DIR "/tests/journeys/data/shanghai-ops-state.json");
    const QUrl cloud = journey.startCloudAccount(state, QStringLiteral("ops-key-id"), QStringLiteral("ops-key-secret"));
    if (cloud.isEmpty())
        return false;
    Profile ops;
    ops.name = QStringLiteral("shanghai-ops");
    ops.accessKeyId = QStringLiteral("ops-key-id");
    ops.defaultRegion = QStringLiteral("cn-shanghai");
    ops.endpointOverrides
        = { { QStringLiteral("rds"), cloud.toString() }, { QStringLiteral("r-kvstore"), cloud.toString() } };
    ProfileSecrets secrets;
    secrets.accessKeySecret = QStringLiteral("ops-key-secret");
    if (!journey.addProfile(ops, secrets))
        return false;
    JourneyFixture::enableConnections({ AppSession::DemoId, ops.name });
    return true;
}

} // namespace

class TestJourneyFind : public QObject
{
    Q_OBJECT

private slots:
    void helpdeskFindsResetsCopiesAndTheClipboardClears()
    {
        seedSecondProfile();
        JourneyFixture journey({ QStringLiteral("--mode"), QStringLiteral("helpdesk") });
        QVERIFY(journey.start());
        MainWindow* window = journey.window();
        QCOMPARE(window->roleMode(), RoleMode::Helpdesk);
        FindPanel* find = window->findPanel();
        QVERIFY(find->isVisible());
        auto* tree = journey.part<QTreeView>(QStringLiteral("instanceTree"));
        QVERIFY(tree);
        QVERIFY(!tree->isVisible());
        // The demo's accounts are indexed in the background; the other profile's row was there from the start.
        QTRY_VERIFY_WITH_TIMEOUT(journey.session()->accountIndex()->size() > 30, JourneyFixture::CallTimeoutMs);

        findBothCrmApps(window, QStringLiteral("INC-4711"));
        if (QTest::currentTestFailed())
            return;
        // Each result says where it lives: the demo's instance and the other profile's replica.
        QAbstractItemModel* results = find->resultView()->model();
        QStringList places;
        for (int row = 0; row < results->rowCount(); ++row)
            places << results->index(row, AccountSearchModel::WhereColumn).data().toString();
        QVERIFY2(places.filter(QStringLiteral("Demo › cn-hangzhou › MySQL ") + CrmLegacy).size() == 1,
            qPrintable(places.join(QLatin1Char('\n'))));
        QVERIFY2(places.filter(QStringLiteral("shanghai-ops › cn-shanghai")).size() == 1,
            qPrintable(places.join(QLatin1Char('\n'))));

        // Enter opens Reset password on the demo's crm_app, with a generated password already in place.
        const int demoRow = places.indexOf(places.filter(QLatin1String("Demo")).constFirst());
        find->resultView()->setCurrentIndex(results->index(demoRow, 0));
        QTRY_COMPARE(window->currentAccount().value_or(Account {}).name, QStringLiteral("crm_app"));
        QTest::keyClick(find->resultView(), Qt::Key_Return);
        auto dialog = journey.dialog<ResetPasswordDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->account().instanceId, CrmLegacy);
        const QString password = dialog->passwordField()->password();
        QVERIFY(password.size() >= 8);
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(dialog, "doneLabel")->isVisible(), JourneyFixture::CallTimeoutMs);
        const QString requestId = JourneySteps::resetRequestId(journey, dialog);
        QVERIFY(!requestId.isEmpty());
        // What the sandbox holds changed: the call really went out once.
        QVERIFY(journey.held(*journey.instance(CrmLegacy), QStringLiteral("crm_app")));

        namedChild<ClipboardGuard>(dialog, "clipboardGuard")->setTimeout(std::chrono::milliseconds(700));
        QTest::mouseClick(namedChild<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), password);
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 5000);
        dialog->close();

        // The ticket went into the activity record of the reset and its CSV export.
        ActivityLogModel* activity = journey.activity();
        QString ticket;
        for (const CallRecord& record : activity->records()) {
            if (record.requestId == requestId)
                ticket = record.ticket;
        }
        QCOMPARE(ticket, QStringLiteral("INC-4711"));
        QVERIFY(activity->toCsv().contains(QLatin1String(",INC-4711")));
    }

    void helpdeskWithTwoProfilesResetsTheOtherProfilesAccount()
    {
        JourneyFixture journey({ QStringLiteral("--mode"), QStringLiteral("helpdesk") });
        QVERIFY(addShanghaiOps(journey));
        QVERIFY(journey.start());
        MainWindow* window = journey.window();
        // Both connections load at once, each under its own profile node.
        InstanceTreeModel* tree = journey.instances();
        QCOMPARE(tree->profileIds(), QStringList({ AppSession::DemoId, QStringLiteral("shanghai-ops") }));
        QCOMPARE(
            tree->indexOfProfile(QStringLiteral("shanghai-ops")).data().toString(), QStringLiteral("shanghai-ops"));
        QVERIFY(tree->indexOfInstance(QStringLiteral("shanghai-ops"), CrmReplica).isValid());
        QVERIFY(tree->indexOfInstance(AppSession::DemoId, CrmLegacy).isValid());

        // Each connection's accounts are indexed for Find as they load in the background.
        auto indexed = [&journey](const QString& profile) {
            const QList<IndexedAccount>& rows = journey.session()->accountIndex()->rows();
            return std::any_of(rows.cbegin(), rows.cend(), [&profile](const IndexedAccount& row) {
                return row.profile == profile && row.name == QLatin1String("crm_app");
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(indexed(QStringLiteral("shanghai-ops")), JourneyFixture::CallTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(indexed(AppSession::DemoId), JourneyFixture::CallTimeoutMs);

        FindPanel* find = window->findPanel();
        // The demo's crm_app and the replica's, each loaded by its own connection in the background.
        findBothCrmApps(window, QStringLiteral("INC-5120"));
        if (QTest::currentTestFailed())
            return;
        QAbstractItemModel* results = find->resultView()->model();
        int replicaRow = -1;
        for (int row = 0; row < results->rowCount(); ++row) {
            if (results->index(row, AccountSearchModel::WhereColumn).data().toString().contains(CrmReplica))
                replicaRow = row;
        }
        QVERIFY(replicaRow >= 0);
        const QString where = results->index(replicaRow, AccountSearchModel::WhereColumn).data().toString();
        QVERIFY2(where.startsWith(QStringLiteral("shanghai-ops › cn-shanghai")), qPrintable(where));

        // The other profile's result is acted on directly: no switching profiles first.
        find->resultView()->setCurrentIndex(results->index(replicaRow, 0));
        QTRY_COMPARE(window->currentInstance().value_or(Instance {}).id, CrmReplica);
        QTest::keyClick(find->resultView(), Qt::Key_Return);
        auto dialog = journey.dialog<ResetPasswordDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->account().instanceId, CrmReplica);
        const QString password = dialog->passwordField()->password();
        QVERIFY(password.size() >= 8);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(dialog, "doneLabel")->isVisible(), JourneyFixture::CallTimeoutMs);
        // Only shanghai-ops's cloud holds the replica, so the success means the call went out with its credentials.
        const QString requestId = JourneySteps::resetRequestId(journey, dialog);
        QVERIFY(!requestId.isEmpty());
        QVERIFY(journey.failedCalls().isEmpty());

        namedChild<ClipboardGuard>(dialog, "clipboardGuard")->setTimeout(std::chrono::milliseconds(700));
        QTest::mouseClick(namedChild<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), password);
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 5000);
        dialog->close();
        for (const CallRecord& record : journey.activity()->records()) {
            if (record.requestId == requestId)
                QCOMPARE(record.ticket, QStringLiteral("INC-5120"));
        }
    }

    void helpdeskReachesNoDeleteCreateOrGrant()
    {
        JourneyFixture journey({ QStringLiteral("--mode"), QStringLiteral("helpdesk") });
        QVERIFY(journey.start());
        MainWindow* window = journey.window();
        QTRY_VERIFY_WITH_TIMEOUT(journey.session()->accountIndex()->size() > 30, JourneyFixture::CallTimeoutMs);
        QTest::keyClicks(window->findPanel()->queryField(), QStringLiteral("app_rw"));
        QTRY_VERIFY(!resultNames(window).isEmpty());
        QTRY_COMPARE(window->currentAccount().value_or(Account {}).name, QStringLiteral("app_rw"));

        const QStringList forbidden = { QStringLiteral("Delete"),
            QStringLiteral("Privileges"),
            QStringLiteral("New Account"),
            QStringLiteral("Operator"),
            QStringLiteral("Description"),
            QStringLiteral("Reset Privileged") };
        QStringList reachable;
        for (QAction* action : window->findChildren<QAction*>()) {
            const QString text = QString(action->text()).remove(QLatin1Char('&'));
            if (action->isVisible() && action->isEnabled())
                reachable << text;
        }
        for (const QString& text : reachable) {
            for (const QString& word : forbidden)
                QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(text));
            QVERIFY2(text != QLatin1String("Lock Account"), qPrintable(text));
        }
        QVERIFY(window->actions()->resetPassword->isVisible());
        QVERIFY(window->actions()->resetPassword->isEnabled());
        for (const auto& [action, operation] : window->actions()->operationActions()) {
            if (operation != AccountOperation::ResetPassword && operation != AccountOperation::Unlock)
                QVERIFY2(!action->isVisible() && !action->isEnabled(), qPrintable(action->text()));
        }
        // Shortcuts of the hidden actions do nothing either: Delete on the selected account opens no dialog.
        QTest::keyClick(window, Qt::Key_Delete);
        QVERIFY(
            window->findChildren<QDialog*>().isEmpty() || !window->findChildren<QDialog*>().constFirst()->isVisible());
        // Switching back to DBA mode is remembered for the profile, and brings the actions back.
        window->findChild<QAction*>(QStringLiteral("helpdeskMode"))->trigger();
        QCOMPARE(window->roleMode(), RoleMode::Dba);
        QVERIFY(window->actions()->deleteAccount->isVisible());
    }

    void dbaAsksWhoHasReadWriteOnOrders()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        MainWindow* window = journey.window();
        QCOMPARE(window->roleMode(), RoleMode::Dba);
        QTRY_VERIFY_WITH_TIMEOUT(journey.session()->accountIndex()->size() > 30, JourneyFixture::CallTimeoutMs);
        window->findEverywhereAction()->trigger();
        QVERIFY(window->findPanel()->isVisible());
        QTRY_VERIFY(window->findPanel()->queryField()->hasFocus());
        QTest::keyClicks(window->findPanel()->queryField(), QStringLiteral("db:orders priv:ReadWrite"));
        QTRY_COMPARE(resultNames(window), QStringList({ QStringLiteral("app_rw") }));
        QVERIFY(namedChild<QLabel>(window, "findSummary")->text().contains(QLatin1String("1 account")));
    }
};

JOURNEY_MAIN(TestJourneyFind)
#include "tst_journey_find.moc"
