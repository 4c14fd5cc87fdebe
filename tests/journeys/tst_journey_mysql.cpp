// Journeys of a DBA on RDS MySQL, in demo mode at the settings a user gets.
#include "../ui/NamedChild.h"
#include "AccountActions.h"
#include "AccountDetailPane.h"
#include "AccountPrivileges.h"
#include "CreateAccountDialog.h"
#include "DatabaseGrantTable.h"
#include "DeleteAccountDialog.h"
#include "EditDescriptionDialog.h"
#include "ErrorBanner.h"
#include "JourneyFixture.h"
#include "JourneySteps.h"
#include "MainWindow.h"
#include "ModifyPrivilegesDialog.h"
#include "PasswordField.h"
#include "ResetPasswordDialog.h"
#include "ResetPrivilegedAccountDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace {
const QString MySql = QStringLiteral("rm-bp1k8x3n2q7w4e5r6");
const QString Password = QStringLiteral("Etl#Load2026x");

void typePassword(PasswordField* field, const QString& password)
{
    QTest::keyClicks(field->passwordEdit(), password);
    QTest::keyClicks(namedChild<QLineEdit>(field, "confirmationEdit"), password);
}

QString privilegeOf(const std::optional<Account>& account, const QString& database)
{
    return account ? AccountPrivileges::heldOn(*account, database) : QString();
}

// The detail pane's privilege table as "db=privilege text" lines, as the user reads them (none without a pane).
QStringList detailRows(MainWindow* window)
{
    QStringList rows;
    auto* detail = window->findChild<AccountDetailPane*>(QStringLiteral("accountDetail"));
    if (!detail)
        return rows;
    QTableWidget* table = detail->privilegeTable();
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}
} // namespace

class TestJourneyMySql : public QObject
{
    Q_OBJECT

private slots:
    // The reported defect: Create etl_v2 with Read/Write on app_db (and orders). The grant waits for the account,
    // the row ends Available with both grants without a refresh, and the sandbox holds them.
    void createStandardAccountWithTwoGrants()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(MySql));
        auto dialog = JourneySteps::fillCreate(
            journey, QStringLiteral("etl_v2"), Password, { QStringLiteral("app_db"), QStringLiteral("orders") });
        QVERIFY(dialog);
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

        QVERIFY(journey.closes(dialog));
        QVERIFY(journey.waitForStatus(MySql, QStringLiteral("etl_v2"), QStringLiteral("Available")));
        QTRY_COMPARE(privilegeOf(journey.shown(MySql, QStringLiteral("etl_v2")), QStringLiteral("app_db")),
            QStringLiteral("ReadWrite"));
        QCOMPARE(privilegeOf(journey.shown(MySql, QStringLiteral("etl_v2")), QStringLiteral("orders")),
            QStringLiteral("ReadWrite"));
        QVERIFY(journey.selectAccount(MySql, QStringLiteral("etl_v2")));
        const QStringList rows = detailRows(journey.window());
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.join(QLatin1Char(' ')).contains(QLatin1String("app_db")), qPrintable(rows.join(u';')));
        auto* detail = journey.part<AccountDetailPane>(QStringLiteral("accountDetail"));
        QVERIFY(detail);
        QVERIFY(!detail->requestIdField()->text().isEmpty());

        const std::optional<Account> held = journey.held(*journey.instance(MySql), QStringLiteral("etl_v2"));
        QVERIFY(held);
        QCOMPARE(held->status, QStringLiteral("Available"));
        QCOMPARE(privilegeOf(held, QStringLiteral("app_db")), QStringLiteral("ReadWrite"));
        QCOMPARE(privilegeOf(held, QStringLiteral("orders")), QStringLiteral("ReadWrite"));
        QCOMPARE(journey.activityCount(QStringLiteral("CreateAccount")), 1);
        QVERIFY(journey.activityCount(QStringLiteral("GrantAccountPrivilege")) >= 1);
    }

    // Revoke one database, grant another, change a third's level: one Apply, and the list and the sandbox agree.
    void modifyPrivilegesRevokeGrantAndChange()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(MySql));
        QVERIFY(journey.selectAccount(MySql, QStringLiteral("report_ro")));
        QVERIFY(journey.actions()->modifyPrivileges->isEnabled());
        journey.actions()->modifyPrivileges->trigger();
        auto dialog = journey.dialog<ModifyPrivilegesDialog>();
        QVERIFY(dialog);
        DatabaseGrantTable* table = namedChild<DatabaseGrantTable>(dialog, "databaseGrantTable");
        table->setAction(QStringLiteral("orders"), DatabaseGrantTable::Action::Revoke);
        table->setAction(QStringLiteral("analytics"), DatabaseGrantTable::Action::Grant);
        table->setPrivilege(QStringLiteral("analytics"), QStringLiteral("ReadWrite"));
        table->setAction(QStringLiteral("app_db"), DatabaseGrantTable::Action::Grant);
        table->setPrivilege(QStringLiteral("app_db"), QStringLiteral("ReadOnly"));
        QVERIFY(namedChild<QLabel>(dialog, "summaryLabel")->text().contains(QLatin1String("orders")));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(journey.closes(dialog));

        QTRY_COMPARE_WITH_TIMEOUT(
            privilegeOf(journey.shown(MySql, QStringLiteral("report_ro")), QStringLiteral("analytics")),
            QStringLiteral("ReadWrite"),
            JourneyFixture::CallTimeoutMs);
        QCOMPARE(privilegeOf(journey.shown(MySql, QStringLiteral("report_ro")), QStringLiteral("app_db")),
            QStringLiteral("ReadOnly"));
        QVERIFY(privilegeOf(journey.shown(MySql, QStringLiteral("report_ro")), QStringLiteral("orders")).isEmpty());
        const std::optional<Account> held = journey.held(*journey.instance(MySql), QStringLiteral("report_ro"));
        QVERIFY(held);
        QCOMPARE(held->privileges.size(), 2);
        QCOMPARE(privilegeOf(held, QStringLiteral("analytics")), QStringLiteral("ReadWrite"));
        QCOMPARE(privilegeOf(held, QStringLiteral("app_db")), QStringLiteral("ReadOnly"));
    }

    // Reset a password, then edit the description; each change shows its RequestId in the detail pane.
    void resetPasswordThenEditDescription()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(MySql));
        auto reset = JourneySteps::openOnAccount<ResetPasswordDialog>(
            journey, MySql, QStringLiteral("app_rw"), journey.actions()->resetPassword);
        QVERIFY(reset);
        typePassword(reset->passwordField(), Password);
        QTest::mouseClick(reset->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(reset, "doneLabel")->isVisible(), JourneyFixture::CallTimeoutMs);
        QVERIFY(!JourneySteps::resetRequestId(journey, reset).isEmpty());
        reset->close();

        auto edit = JourneySteps::openOnAccount<EditDescriptionDialog>(
            journey, MySql, QStringLiteral("app_rw"), journey.actions()->editDescription);
        QVERIFY(edit);
        namedChild<QLineEdit>(edit, "descriptionEdit")->clear();
        QTest::keyClicks(namedChild<QLineEdit>(edit, "descriptionEdit"), QStringLiteral("Orders service read-write"));
        QVERIFY(edit->okButton()->isEnabled());
        QTest::mouseClick(edit->okButton(), Qt::LeftButton);
        QVERIFY(journey.closes(edit));
        QTRY_COMPARE_WITH_TIMEOUT(journey.shown(MySql, QStringLiteral("app_rw"))->description,
            QStringLiteral("Orders service read-write"),
            JourneyFixture::CallTimeoutMs);
        QCOMPARE(journey.held(*journey.instance(MySql), QStringLiteral("app_rw"))->description,
            QStringLiteral("Orders service read-write"));
        const QString requestId = journey.activityRequestIds(QStringLiteral("ModifyAccountDescription")).value(0);
        QVERIFY(!requestId.isEmpty());
        QVERIFY(journey.selectAccount(MySql, QStringLiteral("app_rw")));
        auto* detail = journey.part<AccountDetailPane>(QStringLiteral("accountDetail"));
        QVERIFY(detail);
        QTRY_COMPARE(detail->requestIdField()->text(), requestId);
    }

    // Delete an account that still holds privileges: the rule is explained, then revoke-and-delete removes it.
    void deleteAccountThatHoldsPrivileges()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(MySql));
        QVERIFY(journey.selectAccount(MySql, QStringLiteral("etl_loader")));
        journey.actions()->deleteAccount->trigger();
        auto dialog = journey.dialog<DeleteAccountDialog>();
        QVERIFY(dialog);
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClicks(namedChild<QLineEdit>(dialog, "confirmNameEdit"), QStringLiteral("etl_loader"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(!journey.closes(dialog)); // the service refuses: the rule is explained with the way out
        QVERIFY(namedChild<QLabel>(dialog->errorBanner(), "errorDetails")
                    ->text()
                    .contains(QStringLiteral("Code: SomeObjectsDependOnAccount")));
        QVERIFY2(namedChild<QLabel>(dialog->errorBanner(), "errorAction")->text().contains(QLatin1String("Revoke")),
            qPrintable(namedChild<QLabel>(dialog->errorBanner(), "errorAction")->text()));
        QVERIFY(journey.held(*journey.instance(MySql), QStringLiteral("etl_loader")));
        QVERIFY(namedChild<QPushButton>(dialog, "revokeThenDeleteButton")->isVisible());
        QTest::mouseClick(namedChild<QPushButton>(dialog, "revokeThenDeleteButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!journey.shown(MySql, QStringLiteral("etl_loader")), JourneyFixture::CallTimeoutMs);
        QVERIFY(!journey.held(*journey.instance(MySql), QStringLiteral("etl_loader")));
        QVERIFY(journey.activityCount(QStringLiteral("RevokeAccountPrivilege")) >= 1);
    }

    // A privileged (Super) account gets no per-database grants; ResetAccount restores it with a new password.
    // MySQL allows one privileged account, so the demo's dba_super is deleted first.
    void createSuperAccountAndResetIt()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(MySql));
        QVERIFY(journey.selectAccount(MySql, QStringLiteral("dba_super")));
        journey.actions()->deleteAccount->trigger();
        auto remove = journey.dialog<DeleteAccountDialog>();
        QVERIFY(remove);
        QTest::keyClicks(namedChild<QLineEdit>(remove, "confirmNameEdit"), QStringLiteral("dba_super"));
        QTest::mouseClick(remove->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!journey.shown(MySql, QStringLiteral("dba_super")), JourneyFixture::CallTimeoutMs);

        journey.actions()->newAccount->trigger();
        auto create = journey.dialog<CreateAccountDialog>();
        QVERIFY(create);
        QTest::keyClicks(namedChild<QLineEdit>(create, "nameEdit"), QStringLiteral("dba_two"));
        chooseData(namedChild<QComboBox>(create, "typeCombo"), QStringLiteral("Super"));
        QVERIFY(!namedChild<DatabaseGrantTable>(create, "databaseGrantTable")->isEnabled());
        typePassword(namedChild<PasswordField>(create, "passwordField"), Password);
        QVERIFY(create->okButton()->isEnabled());
        QTest::mouseClick(create->okButton(), Qt::LeftButton);
        QVERIFY(journey.closes(create));
        QVERIFY(journey.waitForStatus(MySql, QStringLiteral("dba_two"), QStringLiteral("Available")));
        QCOMPARE(journey.held(*journey.instance(MySql), QStringLiteral("dba_two"))->type, QStringLiteral("Super"));

        QVERIFY(journey.selectAccount(MySql, QStringLiteral("dba_two")));
        QVERIFY(journey.actions()->resetPrivilegedAccount->isEnabled());
        journey.actions()->resetPrivilegedAccount->trigger();
        auto reset = journey.dialog<ResetPrivilegedAccountDialog>();
        QVERIFY(reset);
        typePassword(namedChild<PasswordField>(reset, "passwordField"), QStringLiteral("Dba#Reset2026y"));
        reset->findChild<QCheckBox*>(QStringLiteral("understoodCheck"))->setChecked(true);
        QVERIFY(reset->okButton()->isEnabled());
        QTest::mouseClick(reset->okButton(), Qt::LeftButton);
        QVERIFY(journey.closes(reset));
        QCOMPARE(journey.activityCount(QStringLiteral("ResetAccount")), 1);
        QVERIFY(!journey.activityRequestIds(QStringLiteral("ResetAccount")).constFirst().isEmpty());
    }
};

JOURNEY_MAIN(TestJourneyMySql)
#include "tst_journey_mysql.moc"
