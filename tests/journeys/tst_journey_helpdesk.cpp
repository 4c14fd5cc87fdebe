// Journeys of a helpdesk agent: find the account by part of its name, reset its password with Generate, copy
// it, and the clipboard is emptied when the countdown ends; the RequestId is there for the ticket. With several
// profiles enabled, one whose secret is wrong (or missing) says so on its own node while the others load and work,
// and a change made on the table of one profile's node (in bulk, or one account from a region node) goes through that
// profile when another lists the instance too.
#include "../ui/NamedChild.h"
#include "AccountActions.h"
#include "AccountDetailPane.h"
#include "AccountTableModel.h"
#include "AppSession.h"
#include "BulkActions.h"
#include "BulkPreviewDialog.h"
#include "BulkRunDialog.h"
#include "ClipboardGuard.h"
#include "ConnectionsMenu.h"
#include "EditDescriptionDialog.h"
#include "InstanceTreeModel.h"
#include "JourneyFixture.h"
#include "JourneySteps.h"
#include "MainWindow.h"
#include "PasswordField.h"
#include "ProfileStore.h"
#include "ResetPasswordDialog.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTreeView>

namespace {
const QString MySql = QStringLiteral("rm-bp1k8x3n2q7w4e5r6");
const QString CrmReplica = QStringLiteral("rm-uf6shanghai000001"); // in tests/journeys/data/shanghai-ops-state.json

Profile cloudProfile(const QString& name, const QUrl& cloud)
{
    Profile profile;
    profile.name = name;
    profile.accessKeyId = QStringLiteral("ops-key-id");
    profile.defaultRegion = QStringLiteral("cn-shanghai");
    profile.endpointOverrides
        = { { QStringLiteral("rds"), cloud.toString() }, { QStringLiteral("r-kvstore"), cloud.toString() } };
    return profile;
}

ProfileSecrets secret(const QString& value)
{
    ProfileSecrets secrets;
    secrets.accessKeySecret = value;
    return secrets;
}
} // namespace

class TestJourneyHelpdesk : public QObject
{
    Q_OBJECT

private slots:
    void wrongSecretStaysOnItsProfileNodeWhileTheOtherProfileResets();
    void writesOnTheSecondProfilesNodesGoThroughThatProfile();

    void filterResetWithGenerateCopyAndClipboardClears()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(MySql));
        MainWindow* window = journey.window();
        auto* filter = journey.part<QLineEdit>(QStringLiteral("accountFilter"));
        auto* table = journey.part<QTableView>(QStringLiteral("accountTable"));
        auto* detail = journey.part<AccountDetailPane>(QStringLiteral("accountDetail"));
        QVERIFY(filter);
        QVERIFY(table);
        QVERIFY(detail);
        QTest::keyClicks(filter, QStringLiteral("report"));
        QAbstractItemModel* rows = table->model();
        auto onlyMatches = [rows] {
            for (int row = 0; row < rows->rowCount(); ++row) {
                if (!rows->index(row, 0).data().toString().contains(QLatin1String("report")))
                    return false;
            }
            return rows->rowCount() > 0;
        };
        QTRY_VERIFY(onlyMatches());
        const QModelIndexList found
            = rows->match(rows->index(0, 0), Qt::DisplayRole, QStringLiteral("report_ro"), 1, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        table->setCurrentIndex(found.constFirst());
        QTRY_COMPARE(window->currentAccount()->name, QStringLiteral("report_ro"));

        journey.actions()->resetPassword->trigger();
        auto dialog = journey.dialog<ResetPasswordDialog>();
        QVERIFY(dialog);
        dialog->passwordField()->generate();
        const QString password = dialog->passwordField()->password();
        QCOMPARE(password.size(), 20);
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(dialog, "doneLabel")->isVisible(), JourneyFixture::CallTimeoutMs);
        const QString requestId = JourneySteps::resetRequestId(journey, dialog);
        QVERIFY(!requestId.isEmpty());

        // The countdown's clock is injectable: a short timeout instead of 30 s.
        namedChild<ClipboardGuard>(dialog, "clipboardGuard")->setTimeout(std::chrono::milliseconds(700));
        QTest::mouseClick(namedChild<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), password);
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 5000);
        dialog->close();

        QVERIFY(journey.selectAccount(MySql, QStringLiteral("report_ro")));
        QTRY_COMPARE(detail->requestIdField()->text(), requestId);
    }
};

void TestJourneyHelpdesk::wrongSecretStaysOnItsProfileNodeWhileTheOtherProfileResets()
{
    JourneyFixture journey;
    // Three saved profiles of one cloud account, all enabled last time: one with the right secret, one whose
    // secret was mistyped, one whose secret never reached the keychain.
    const QString state = QStringLiteral(APSARA_SOURCE_DIR "/tests/journeys/data/shanghai-ops-state.json");
    const QUrl cloud = journey.startCloudAccount(state, QStringLiteral("ops-key-id"), QStringLiteral("ops-key-secret"));
    QVERIFY(!cloud.isEmpty());
    QVERIFY(journey.addProfile(cloudProfile(QStringLiteral("ops"), cloud), secret(QStringLiteral("ops-key-secret"))));
    QVERIFY(
        journey.addProfile(cloudProfile(QStringLiteral("ops-typo"), cloud), secret(QStringLiteral("ops-key-secrte"))));
    {
        QSettings settings;
        ProfileStore(&settings).save(cloudProfile(QStringLiteral("ops-nokey"), cloud));
    }
    JourneyFixture::enableConnections(
        { QStringLiteral("ops-typo"), QStringLiteral("ops-nokey"), QStringLiteral("ops") });
    QVERIFY(journey.start());
    MainWindow* window = journey.window();
    auto* instanceTree = journey.part<QTreeView>(QStringLiteral("instanceTree"));
    QVERIFY(instanceTree);
    QAbstractItemModel* shown = instanceTree->model();
    InstanceTreeModel* tree = journey.instances();

    // The mistyped secret: its node says it failed, with the code and the RequestId, and a warning icon.
    const QPersistentModelIndex typo = tree->indexOfProfile(QStringLiteral("ops-typo"));
    QCOMPARE(typo.model(), shown);
    QTRY_COMPARE_WITH_TIMEOUT(
        typo.data().toString(), QStringLiteral("ops-typo (failed)"), JourneyFixture::CallTimeoutMs);
    const QString typoTip = typo.data(Qt::ToolTipRole).toString();
    QVERIFY2(typoTip.contains(QLatin1String("Code: SignatureDoesNotMatch")), qPrintable(typoTip));
    QVERIFY2(typoTip.contains(QLatin1String("RequestId: ")), qPrintable(typoTip));
    QVERIFY(!typo.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(shown->rowCount(typo), 0);
    // The missing secret says so on its node; nothing was sent for it.
    const QModelIndex nokey = tree->indexOfProfile(QStringLiteral("ops-nokey"));
    QCOMPARE(nokey.data().toString(), QStringLiteral("ops-nokey (secret missing)"));
    QVERIFY(nokey.data(Qt::ToolTipRole).toString().contains(QLatin1String("no AccessKey secret")));
    // No error box stopped anything: the other profile loaded, under its own node.
    const QModelIndex ops = tree->indexOfProfile(QStringLiteral("ops"));
    QCOMPARE(ops.data().toString(), QStringLiteral("ops"));
    QVERIFY(tree->indexOfInstance(QStringLiteral("ops"), CrmReplica).isValid());
    QVERIFY(window->findChildren<QMessageBox*>().isEmpty());

    // ...and its accounts can be reset.
    QVERIFY(journey.openInstance(CrmReplica));
    QVERIFY(journey.selectAccount(CrmReplica, QStringLiteral("crm_app")));
    journey.actions()->resetPassword->trigger();
    auto dialog = journey.dialog<ResetPasswordDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->account().instanceId, CrmReplica);
    dialog->passwordField()->generate();
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(dialog, "doneLabel")->isVisible(), JourneyFixture::CallTimeoutMs);
    QVERIFY(!JourneySteps::resetRequestId(journey, dialog).isEmpty());
    dialog->close();
    // The mistyped profile is still where it was: its failure blocked nothing and nothing retried it behind the
    // user's back.
    QCOMPARE(typo.data().toString(), QStringLiteral("ops-typo (failed)"));

    // Unchecking it in the Connections menu drops its node; the choice is remembered by name, with no secret.
    auto* menu = window->findChild<ConnectionsMenu*>();
    QVERIFY(menu);
    QAction* entry = namedChild<QAction>(menu, "connection:ops-typo");
    QVERIFY(entry && entry->isChecked());
    entry->trigger();
    QTRY_VERIFY(!tree->indexOfProfile(QStringLiteral("ops-typo")).isValid());
    QVERIFY(tree->indexOfInstance(QStringLiteral("ops"), CrmReplica).isValid());
    QSettings settings;
    QCOMPARE(settings.value(AppSession::EnabledKey).toStringList(),
        QStringList({ QStringLiteral("ops-nokey"), QStringLiteral("ops") }));
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("ops-nokey"));
    QVERIFY(!written.contains("ops-key-secret") && !written.contains("ops-key-secrte"));
}

void TestJourneyHelpdesk::writesOnTheSecondProfilesNodesGoThroughThatProfile()
{
    JourneyFixture journey;
    // Two profiles list the CRM replica: "ops" through one endpoint, "ops-b" through another (each a sandbox of its
    // own here, so where a write went can be read back). The DBA works in the tree under "ops-b".
    const QString state = QStringLiteral(APSARA_SOURCE_DIR "/tests/journeys/data/shanghai-ops-state.json");
    const QUrl cloudA
        = journey.startCloudAccount(state, QStringLiteral("ops-key-id"), QStringLiteral("ops-key-secret"));
    const QUrl cloudB
        = journey.startCloudAccount(state, QStringLiteral("ops-key-id"), QStringLiteral("ops-key-secret"));
    QVERIFY(!cloudA.isEmpty() && !cloudB.isEmpty());
    QVERIFY(journey.addProfile(cloudProfile(QStringLiteral("ops"), cloudA), secret(QStringLiteral("ops-key-secret"))));
    QVERIFY(
        journey.addProfile(cloudProfile(QStringLiteral("ops-b"), cloudB), secret(QStringLiteral("ops-key-secret"))));
    JourneyFixture::enableConnections({ QStringLiteral("ops"), QStringLiteral("ops-b") });
    QVERIFY(journey.start());
    InstanceTreeModel* tree = journey.instances();
    QTRY_VERIFY_WITH_TIMEOUT(tree->indexOfInstance(QStringLiteral("ops"), CrmReplica).isValid()
            && tree->indexOfInstance(QStringLiteral("ops-b"), CrmReplica).isValid(),
        JourneyFixture::CallTimeoutMs);
    auto* instanceTree = journey.part<QTreeView>(QStringLiteral("instanceTree"));
    auto* table = journey.part<QTableView>(QStringLiteral("accountTable"));
    QVERIFY(instanceTree && table);
    instanceTree->setCurrentIndex(tree->indexOfInstance(QStringLiteral("ops-b"), CrmReplica));
    QAbstractItemModel* rows = table->model();
    QTRY_VERIFY_WITH_TIMEOUT(rows->rowCount() >= 2, JourneyFixture::CallTimeoutMs);

    // Two rows of the table, as a Ctrl+click would select them, then Account > Bulk > Edit Description.
    const QStringList names = { QStringLiteral("crm_app"), QStringLiteral("crm_audit") };
    const Instance replica = *tree->instanceAt(tree->indexOfInstance(QStringLiteral("ops-b"), CrmReplica));
    QHash<QString, QString> before;
    for (const QString& name : names)
        before.insert(name, journey.held(replica, name, cloudA).value_or(Account {}).description);
    QCOMPARE(before.value(QStringLiteral("crm_app")), QStringLiteral("CRM web app"));
    table->clearSelection();
    for (const QString& name : names) {
        const QModelIndexList found = rows->match(rows->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        table->selectionModel()->select(found.constFirst(), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    namedChild<QAction>(journey.window(), "bulkEditDescription")->trigger();
    QPointer<BulkPreviewDialog> preview = journey.dialog<BulkPreviewDialog>();
    QVERIFY(preview);
    QLineEdit* description = nullptr;
    for (QLineEdit* edit : preview->findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == QLatin1String("New description"))
            description = edit;
    }
    QVERIFY(description);
    QTest::keyClicks(description, QStringLiteral("rotated by INC-5150"));
    const BulkPlan plan = preview->plan();
    QCOMPARE(plan.allowedCount(), 2);
    for (const BulkRow& row : plan.rows)
        QCOMPARE(row.target.profileId, QStringLiteral("ops-b"));
    QTest::mouseClick(namedChild<QPushButton>(preview, "bulkRunButton"), Qt::LeftButton);
    QPointer<BulkRunDialog> run = journey.dialog<BulkRunDialog>();
    QVERIFY(run);
    auto* summary = run->findChild<QLabel*>(QStringLiteral("bulkRunSummary"));
    QVERIFY(summary);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(QLatin1String("Finished")), JourneyFixture::CallTimeoutMs);
    QVERIFY2(summary->text().contains(QLatin1String("2 succeeded")), qPrintable(summary->text()));

    // The writes reached the endpoint of the profile the tree showed, and nothing reached the other.
    for (const QString& name : names) {
        QCOMPARE(journey.held(replica, name, cloudB).value_or(Account {}).description,
            QStringLiteral("rotated by INC-5150"));
        QCOMPARE(journey.held(replica, name, cloudA).value_or(Account {}).description, before.value(name));
    }

    // One account from the table of "ops-b"'s region node, which lists every instance under it: the same.
    instanceTree->setCurrentIndex(tree->indexOfRegion(QStringLiteral("ops-b"), replica.regionId));
    auto edit = JourneySteps::openOnAccount<EditDescriptionDialog>(
        journey, CrmReplica, QStringLiteral("crm_admin"), journey.actions()->editDescription);
    QVERIFY(edit);
    auto* field = edit->findChild<QLineEdit*>(QStringLiteral("descriptionEdit"));
    QVERIFY(field);
    field->clear();
    QTest::keyClicks(field, QStringLiteral("CRM DBA, INC-5150"));
    QTest::mouseClick(edit->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(journey.closes(edit));
    QCOMPARE(journey.held(replica, QStringLiteral("crm_admin"), cloudB).value_or(Account {}).description,
        QStringLiteral("CRM DBA, INC-5150"));
    QCOMPARE(journey.held(replica, QStringLiteral("crm_admin"), cloudA).value_or(Account {}).description,
        QStringLiteral("CRM DBA"));
}

JOURNEY_MAIN(TestJourneyHelpdesk)
#include "tst_journey_helpdesk.moc"
