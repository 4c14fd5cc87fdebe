// Journeys where something goes wrong: faults chosen with --fault-plan (as a user can replay them), many
// instances under the 100/s limit (a sandbox state file, --sandbox-state), a create cancelled while the service
// lags, and invalid input in each dialog.
#include "../ui/NamedChild.h"
#include "AccountActions.h"
#include "AccountPrivileges.h"
#include "CreateAccountDialog.h"
#include "DatabaseGrantTable.h"
#include "DemoData.h"
#include "EditDescriptionDialog.h"
#include "ErrorBanner.h"
#include "FieldHint.h"
#include "JourneyFixture.h"
#include "JourneySteps.h"
#include "MainWindow.h"
#include "ModifyPrivilegesDialog.h"
#include "OperatorPermissionDialog.h"
#include "PasswordField.h"
#include "ResetPasswordDialog.h"
#include "SandboxState.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString MySql = QStringLiteral("rm-bp1k8x3n2q7w4e5r6");
const QString Password = QStringLiteral("Etl#Load2026x");

using JourneySteps::typePassword;

// Opens Create account on MySQL and fills it for name, with Read/Write on app_db when grant is set.
QPointer<CreateAccountDialog> fillCreate(JourneyFixture& journey, const QString& name, bool grant)
{
    return JourneySteps::fillCreate(
        journey, name, Password, grant ? QStringList { QStringLiteral("app_db") } : QStringList());
}

QString privilegeOf(const std::optional<Account>& account, const QString& database)
{
    return account ? AccountPrivileges::heldOn(*account, database) : QString();
}

int countNamed(const QList<Account>& accounts, const QString& name)
{
    return int(std::count_if(accounts.cbegin(), accounts.cend(), [&](const Account& a) { return a.name == name; }));
}
} // namespace

class TestJourneyFailures : public QObject
{
    Q_OBJECT

private slots:
    // CreateAccount meets HTTP 500 before the service applied it: the console checks, sends it again, and the
    // user sees one account created.
    void writeMeetsA5xxThenSucceeds()
    {
        JourneyFixture journey({ QStringLiteral("--fault-plan"), QStringLiteral("CreateAccount=500") });
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(MySql));
        auto dialog = fillCreate(journey, QStringLiteral("etl_v2"), false);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(journey.closes(dialog, 30000));
        QVERIFY(journey.waitForStatus(MySql, QStringLiteral("etl_v2"), QStringLiteral("Available")));
        QCOMPARE(countNamed(journey.heldAccounts(*journey.instance(MySql)), QStringLiteral("etl_v2")), 1);
        QVERIFY(journey.activityCount(QStringLiteral("CreateAccount")) >= 1);
    }

    // The connection drops after the service created the account (outcome unknown): the console reads before it
    // does anything else, so the account is neither created twice nor reported lost.
    void droppedConnectionIsNeitherDoubledNorLost()
    {
        JourneyFixture journey({ QStringLiteral("--fault-plan"), QStringLiteral("CreateAccount=drop@after") });
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(MySql));
        auto dialog = fillCreate(journey, QStringLiteral("etl_v2"), false);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible()
                || namedChild<QLabel>(dialog->errorBanner(), "errorDetails")->isVisible(),
            30000);
        if (dialog && dialog->isVisible()) { // told plainly; never offered a blind resend
            QVERIFY(!namedChild<QPushButton>(dialog->errorBanner(), "retryButton")->isVisible());
            QVERIFY(!namedChild<QLabel>(dialog->errorBanner(), "errorText")->text().isEmpty());
        }
        QCOMPARE(countNamed(journey.heldAccounts(*journey.instance(MySql)), QStringLiteral("etl_v2")), 1);
        QTRY_VERIFY(journey.shown(MySql, QStringLiteral("etl_v2")));
    }

    // A password reset whose reply is lost cannot be checked by a read: the user is told it may or may not have
    // been applied, and no Retry offers to send it again blindly; it was sent once.
    void lostResetReplyIsNotResentBlindly()
    {
        JourneyFixture journey({ QStringLiteral("--fault-plan"), QStringLiteral("ResetAccountPassword=drop@after") });
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(MySql));
        auto reset = JourneySteps::openOnAccount<ResetPasswordDialog>(
            journey, MySql, QStringLiteral("app_rw"), journey.actions()->resetPassword);
        QVERIFY(reset);
        typePassword(reset->passwordField(), Password, Password);
        QTest::mouseClick(reset->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(reset->errorBanner(), "errorDetails")->isVisible(), 30000);
        QVERIFY2(namedChild<QLabel>(reset->errorBanner(), "errorText")
                     ->text()
                     .contains(QLatin1String("may or may not have been applied")),
            qPrintable(namedChild<QLabel>(reset->errorBanner(), "errorText")->text()));
        QVERIFY(namedChild<QLabel>(reset->errorBanner(), "errorAction")->text().contains(QLatin1String("Refresh")));
        QVERIFY(!namedChild<QPushButton>(reset->errorBanner(), "retryButton")->isVisible());
        QCOMPARE(reset->passwordField()->password(), Password); // input kept
        QCOMPARE(journey.activityCount(QStringLiteral("ResetAccountPassword")), 1);
    }

    // Modify privileges on a far-away endpoint (--latency-ms 800): the revoke is done when the user cancels the
    // grant. The banner names what was revoked and which databases the cancelled grant covered; the list shows
    // the revoke; Retry sends only what the account still lacks.
    void modifyPrivilegesCancelledGrantNamesItsDatabases()
    {
        JourneyFixture journey({ QStringLiteral("--latency-ms"), QStringLiteral("800") });
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(MySql));
        auto dialog = JourneySteps::openOnAccount<ModifyPrivilegesDialog>(
            journey, MySql, QStringLiteral("report_ro"), journey.actions()->modifyPrivileges);
        QVERIFY(dialog);
        namedChild<DatabaseGrantTable>(dialog, "databaseGrantTable")
            ->setAction(QStringLiteral("orders"), DatabaseGrantTable::Action::Revoke);
        namedChild<DatabaseGrantTable>(dialog, "databaseGrantTable")
            ->setAction(QStringLiteral("app_db"), DatabaseGrantTable::Action::Grant);
        namedChild<DatabaseGrantTable>(dialog, "databaseGrantTable")
            ->setPrivilege(QStringLiteral("app_db"), QStringLiteral("ReadOnly"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] { return journey.activityCount(QStringLiteral("RevokeAccountPrivilege")) == 1; }, 10000));
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(dialog->errorBanner(), "errorDetails")->isVisible(), 10000);
        const QString said = namedChild<QLabel>(dialog->errorBanner(), "errorText")->text();
        QVERIFY2(said.startsWith(QLatin1String("Revoked access to orders; granting Read-only on app_db failed")),
            qPrintable(said));
        QVERIFY(namedChild<QPushButton>(dialog->errorBanner(), "retryButton")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(
            privilegeOf(journey.shown(MySql, QStringLiteral("report_ro")), QStringLiteral("orders")).isEmpty(), 10000);

        QTest::mouseClick(namedChild<QPushButton>(dialog->errorBanner(), "retryButton"), Qt::LeftButton);
        QVERIFY(journey.closes(dialog));
        QCOMPARE(journey.activityCount(QStringLiteral("RevokeAccountPrivilege")), 1); // not revoked twice
        const std::optional<Account> held = journey.held(*journey.instance(MySql), QStringLiteral("report_ro"));
        QVERIFY(held);
        QCOMPARE(privilegeOf(held, QStringLiteral("app_db")), QStringLiteral("ReadOnly"));
        QVERIFY(privilegeOf(held, QStringLiteral("orders")).isEmpty());
    }

    // The RDS service lags; the user cancels while the console waits to grant. The partial success is said
    // plainly, and pressing Create again resumes at the grant: the account is not created twice.
    void cancelledGrantIsAPartialSuccessAndRetryResumes()
    {
        JourneyFixture journey({ QStringLiteral("--rds-lag"), QStringLiteral("2") });
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(MySql));
        auto dialog = fillCreate(journey, QStringLiteral("etl_v2"), true);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(journey.waitForStatus(MySql, QStringLiteral("etl_v2"), QStringLiteral("Creating")));
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(namedChild<QLabel>(dialog->errorBanner(), "errorDetails")->isVisible());
        const QString said = namedChild<QLabel>(dialog->errorBanner(), "errorText")->text();
        QVERIFY2(said.startsWith(QLatin1String("etl_v2 was created; waiting until etl_v2 is Available failed")),
            qPrintable(said));
        QVERIFY(namedChild<QPushButton>(dialog->errorBanner(), "retryButton")->isVisible());
        QVERIFY2(
            namedChild<QLabel>(dialog->errorBanner(), "errorAction")->text().contains(QLatin1String("not sent again")),
            qPrintable(namedChild<QLabel>(dialog->errorBanner(), "errorAction")->text()));
        QCOMPARE(namedChild<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("etl_v2")); // input kept

        QVERIFY(journey.waitForStatus(MySql, QStringLiteral("etl_v2"), QStringLiteral("Available")));
        QTest::mouseClick(namedChild<QPushButton>(dialog->errorBanner(), "retryButton"), Qt::LeftButton);
        QVERIFY(journey.closes(dialog));
        QCOMPARE(journey.activityCount(QStringLiteral("CreateAccount")), 1);
        QCOMPARE(journey.activityCount(QStringLiteral("GrantAccountPrivilege")), 1);
        const std::optional<Account> held = journey.held(*journey.instance(MySql), QStringLiteral("etl_v2"));
        QVERIFY(held);
        QCOMPARE(held->privileges.size(), 1);
    }

    // 55 instances (a state file a user can pass with --sandbox-state): the tree fills, the status bar shows the
    // load, no call is throttled into an error.
    void fiftyInstancesLoadUnderTheRateLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fifty.json"));
        SandboxState state = DemoData::build(QDateTime::currentDateTimeUtc());
        const SandboxInstance model = *state.findInstance(Product::Rds, QStringLiteral("rm-bp19a2c4d6f8h0j1k"));
        for (int i = 0; i < 45; ++i) {
            SandboxInstance copy = model;
            copy.instance.id = QStringLiteral("rm-bp1fifty%1x0journey").arg(i, 2, 10, QLatin1Char('0'));
            for (SandboxAccount& account : copy.accounts)
                account.account.instanceId = copy.instance.id;
            state.instances().append(copy);
        }
        QString error;
        QVERIFY2(state.save(path, &error), qPrintable(error));

        JourneyFixture journey({ QStringLiteral("--sandbox-state"), path });
        QVERIFY(journey.start());
        for (int i = 0; i < 45; ++i)
            QVERIFY(journey.instance(QStringLiteral("rm-bp1fifty%1x0journey").arg(i, 2, 10, QLatin1Char('0'))));
        QVERIFY(journey.loadingTexts().contains(QStringLiteral("Loading instances…")));
        QTRY_VERIFY_WITH_TIMEOUT(journey.accounts()->accountCount(QStringLiteral("rm-bp1fifty44x0journey")) > 0,
            JourneyFixture::CallTimeoutMs);
        for (int i = 0; i < 45; ++i) {
            const QString id = QStringLiteral("rm-bp1fifty%1x0journey").arg(i, 2, 10, QLatin1Char('0'));
            QTRY_VERIFY(journey.accounts()->accountCount(id) > 0);
        }
        QCOMPARE(journey.failedCalls(), QStringList());
    }

    // Invalid input in each dialog names the exact rule and keeps OK disabled; nothing is sent.
    void invalidInputShowsTheRuleAndKeepsOkDisabled()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(MySql));
        const int callsBefore = int(journey.activity()->records().size());

        auto create = fillCreate(journey, QStringLiteral("9lives"), false);
        QVERIFY(create);
        QVERIFY(namedChild<FieldHint>(create, "nameHint")->isShowingError());
        QVERIFY2(namedChild<FieldHint>(create, "nameHint")->text().contains(QLatin1String("letter")),
            qPrintable(namedChild<FieldHint>(create, "nameHint")->text()));
        QVERIFY(!create->okButton()->isEnabled());
        namedChild<QLineEdit>(create, "nameEdit")->clear();
        QTest::keyClicks(namedChild<QLineEdit>(create, "nameEdit"), QStringLiteral("etl_v3"));
        QVERIFY(create->okButton()->isEnabled());
        namedChild<QLineEdit>(create, "confirmationEdit")->clear();
        QTest::keyClicks(namedChild<QLineEdit>(create, "confirmationEdit"), QStringLiteral("Etl#Load2026y"));
        auto* confirmationHint = create->findChild<FieldHint*>(QStringLiteral("confirmationHint"));
        QVERIFY(confirmationHint);
        QVERIFY(confirmationHint->isShowingError());
        QVERIFY(!create->okButton()->isEnabled());
        create->reject();

        auto reset = JourneySteps::openOnAccount<ResetPasswordDialog>(
            journey, MySql, QStringLiteral("app_rw"), journey.actions()->resetPassword);
        QVERIFY(reset);
        typePassword(reset->passwordField(), QStringLiteral("abcdefgh"), QStringLiteral("abcdefgh"));
        QVERIFY(!reset->passwordField()->passwordCheck().isValid());
        QVERIFY(!reset->passwordField()->passwordCheck().message.isEmpty());
        QVERIFY(!reset->okButton()->isEnabled());
        reset->reject();

        auto edit = JourneySteps::openOnAccount<EditDescriptionDialog>(
            journey, MySql, QStringLiteral("app_rw"), journey.actions()->editDescription);
        QVERIFY(edit);
        namedChild<QLineEdit>(edit, "descriptionEdit")->clear();
        QTest::keyClicks(namedChild<QLineEdit>(edit, "descriptionEdit"), QStringLiteral("http://example.com"));
        QVERIFY(edit->findChild<FieldHint*>(QStringLiteral("descriptionHint"))->isShowingError());
        QVERIFY(!edit->okButton()->isEnabled());
        edit->reject();

        journey.actions()->operatorPermission->trigger();
        auto permission = journey.dialog<OperatorPermissionDialog>();
        QVERIFY(permission);
        auto* grantRadio = permission->findChild<QRadioButton*>(QStringLiteral("grantRadio"));
        auto* expiryEdit = permission->findChild<QDateTimeEdit*>(QStringLiteral("expiryEdit"));
        auto* expiryHint = permission->findChild<FieldHint*>(QStringLiteral("expiryHint"));
        QVERIFY(grantRadio);
        QVERIFY(expiryEdit);
        QVERIFY(expiryHint);
        grantRadio->setChecked(true);
        expiryEdit->setDateTime(QDateTime::currentDateTimeUtc().addDays(-1));
        QVERIFY(expiryHint->isShowingError());
        QVERIFY(!permission->okButton()->isEnabled());
        permission->reject();

        QCOMPARE(int(journey.activity()->records().size()), callsBefore);
    }
};

JOURNEY_MAIN(TestJourneyFailures)
#include "tst_journey_failures.moc"
