// Journeys on real engines (apsara-accounts --sandbox-engines auto): what the user does in the window takes effect
// in Redis and PostgreSQL, and Test login proves it with the engine's own answer (ctest label `engines`).
#include "../ui/NamedChild.h"
#include "AccountActions.h"
#include "CreateAccountDialog.h"
#include "DatabaseGrantTable.h"
#include "JourneyFixture.h"
#include "MessageBox.h"
#include "PasswordField.h"
#include "ResetPasswordDialog.h"
#include "TestLoginDialog.h"
#include "TestLoginOffer.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString Redis = QStringLiteral("r-bp1a2b3c4d5e6f7g8");
const QString Postgres = QStringLiteral("pgm-bp1m3n5b7v9c1x2z");
const QString First = QStringLiteral("Eng1ne#Pass2026");
const QString Second = QStringLiteral("Reset#Pass2026x");
constexpr int LoginTimeoutMs = 30000;

QStringList engineArguments()
{
    return { QStringLiteral("--sandbox-engines"), QStringLiteral("auto") };
}

// Test login from the account's action: types the password, clicks Test Login, returns what the dialog says.
QString testLogin(JourneyFixture& journey, const QString& instanceId, const QString& name, const QString& password)
{
    if (!journey.selectAccount(instanceId, name) || !journey.actions()->testLogin->isEnabled())
        return QStringLiteral("(Test login not available for %1)").arg(name);
    journey.actions()->testLogin->trigger();
    QPointer<TestLoginDialog> dialog = journey.dialog<TestLoginDialog>();
    if (!dialog)
        return QStringLiteral("(no Test login dialog)");
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "testLoginPassword"), password);
    QSignalSpy shown(dialog.data(), &TestLoginDialog::resultShown);
    QTest::mouseClick(namedChild<QPushButton>(dialog, "testLoginButton"), Qt::LeftButton);
    const QString text = shown.wait(LoginTimeoutMs) ? namedChild<QLabel>(dialog, "testLoginResult")->text()
                                                    : QStringLiteral("(no result)");
    dialog->reject();
    if (!QTest::qWaitFor([&] { return dialog.isNull(); }, 5000))
        return QStringLiteral("(the dialog did not close)");
    return text;
}

bool resetPassword(JourneyFixture& journey, const QString& instanceId, const QString& name, const QString& password)
{
    if (!journey.selectAccount(instanceId, name))
        return false;
    journey.actions()->resetPassword->trigger();
    QPointer<ResetPasswordDialog> reset = journey.dialog<ResetPasswordDialog>();
    if (!reset)
        return false;
    QTest::keyClicks(reset->passwordField()->passwordEdit(), password);
    QTest::keyClicks(namedChild<QLineEdit>(reset, "confirmationEdit"), password);
    if (!reset->okButton()->isEnabled())
        return false;
    QTest::mouseClick(reset->okButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return reset && namedChild<QLabel>(reset, "doneLabel")->isVisible(); },
            JourneyFixture::CallTimeoutMs))
        return false;
    reset->reject();
    return QTest::qWaitFor([&] { return reset.isNull(); }, 5000);
}

// Clicks the offer's Test Login: the dialog opens with the password just set; returns what it says, then closes it
// and checks the password went with it (the offer too).
QString testOffered(QPointer<TestLoginOffer> offer, const QString& expectedPassword)
{
    if (!offer || !offer->isVisible())
        return QStringLiteral("(no Test login offered)");
    QTest::mouseClick(namedChild<QPushButton>(offer, "testLoginOfferButton"), Qt::LeftButton);
    QPointer<TestLoginDialog> dialog = offer->window()->findChild<TestLoginDialog*>();
    if (!dialog)
        return QStringLiteral("(the offer opened no dialog)");
    if (namedChild<QLineEdit>(dialog, "testLoginPassword")->text() != expectedPassword)
        return QStringLiteral("(the dialog is not pre-filled with the password just set)");
    QSignalSpy shown(dialog.data(), &TestLoginDialog::resultShown);
    QTest::mouseClick(namedChild<QPushButton>(dialog, "testLoginButton"), Qt::LeftButton);
    const QString text = shown.wait(LoginTimeoutMs) ? namedChild<QLabel>(dialog, "testLoginResult")->text()
                                                    : QStringLiteral("(no result)");
    QLineEdit* field = namedChild<QLineEdit>(dialog, "testLoginPassword");
    dialog->reject();
    if (!field->text().isEmpty())
        return QStringLiteral("(the password stayed in the closed dialog)");
    if (!QTest::qWaitFor([&] { return dialog.isNull() && offer.isNull(); }, 5000))
        return QStringLiteral("(the dialog or the offer stayed)");
    return text;
}

} // namespace

class TestJourneyRealEngines : public QObject
{
    Q_OBJECT

private slots:
    void redisReadOnlyResetRetiresTheOldPassword()
    {
        JourneyFixture journey(engineArguments());
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(Redis));
        const QString name = QStringLiteral("search-indexer"); // RoleReadOnly in the demo
        QVERIFY(resetPassword(journey, Redis, name, First));
        QString text = testLogin(journey, Redis, name, First);
        QVERIFY2(text.startsWith(QStringLiteral("Logged in at 127.0.0.1:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Read: allowed")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Write: refused (NOPERM")), qPrintable(text));

        QVERIFY(resetPassword(journey, Redis, name, Second));
        text = testLogin(journey, Redis, name, First);
        QVERIFY2(text.startsWith(QStringLiteral("Refused by the engine")), qPrintable(text));
        text = testLogin(journey, Redis, name, Second);
        QVERIFY2(text.startsWith(QStringLiteral("Logged in")), qPrintable(text));
    }

    // Create offers Test login with the new password: it logs in and Redis refuses its write; a reset offers it
    // again with the new one, and the old one is refused from then on.
    void redisCreateAndResetOfferTestLogin()
    {
        JourneyFixture journey(engineArguments());
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(Redis));
        const QString name = QStringLiteral("cache-auditor");
        journey.actions()->newAccount->trigger();
        auto create = journey.dialog<CreateAccountDialog>();
        QVERIFY(create);
        QTest::keyClicks(namedChild<QLineEdit>(create, "nameEdit"), name);
        chooseData(namedChild<QComboBox>(create, "roleCombo"), QStringLiteral("RoleReadOnly"));
        QTest::keyClicks(namedChild<PasswordField>(create, "passwordField")->passwordEdit(), First);
        QTest::keyClicks(namedChild<QLineEdit>(create, "confirmationEdit"), First);
        QVERIFY(create->okButton()->isEnabled());
        QTest::mouseClick(create->okButton(), Qt::LeftButton);
        QVERIFY(journey.closes(create));
        // The window offers the test; the account logs in once Redis switches it on (Available).
        QPointer<TestLoginOffer> offer = journey.window()->findChild<TestLoginOffer*>();
        QVERIFY(offer);
        QTRY_VERIFY(offer->isVisible());
        QVERIFY(journey.waitForStatus(Redis, name, QStringLiteral("Available")));
        QString text = testOffered(offer, First);
        QVERIFY2(text.startsWith(QStringLiteral("Logged in at 127.0.0.1:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Read: allowed")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Write: refused (NOPERM")), qPrintable(text));

        QVERIFY(journey.selectAccount(Redis, name));
        journey.actions()->resetPassword->trigger();
        QPointer<ResetPasswordDialog> reset = journey.dialog<ResetPasswordDialog>();
        QVERIFY(reset);
        QVERIFY(!reset->findChild<TestLoginOffer*>()); // nothing to test before the reset
        QTest::keyClicks(reset->passwordField()->passwordEdit(), Second);
        QTest::keyClicks(namedChild<QLineEdit>(reset, "confirmationEdit"), Second);
        QTest::mouseClick(reset->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(reset, "doneLabel")->isVisible(), JourneyFixture::CallTimeoutMs);
        text = testOffered(reset->findChild<TestLoginOffer*>(), Second);
        QVERIFY2(text.startsWith(QStringLiteral("Logged in")), qPrintable(text));
        reset->reject();
        QTRY_VERIFY(reset.isNull());
        text = testLogin(journey, Redis, name, First);
        QVERIFY2(text.startsWith(QStringLiteral("Refused by the engine")), qPrintable(text));
    }

    void postgresCreateLockRefusesUnlockAccepts()
    {
        JourneyFixture journey(engineArguments());
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(Postgres));
        const QString name = QStringLiteral("dw_probe");
        journey.actions()->newAccount->trigger();
        auto dialog = journey.dialog<CreateAccountDialog>();
        QVERIFY(dialog);
        QTest::keyClicks(namedChild<QLineEdit>(dialog, "nameEdit"), name);
        namedChild<DatabaseGrantTable>(dialog, "databaseGrantTable")->setChecked(QStringLiteral("staging"), true);
        namedChild<DatabaseGrantTable>(dialog, "databaseGrantTable")
            ->setPrivilege(QStringLiteral("staging"), QStringLiteral("DBOwner"));
        QTest::keyClicks(namedChild<PasswordField>(dialog, "passwordField")->passwordEdit(), First);
        QTest::keyClicks(namedChild<QLineEdit>(dialog, "confirmationEdit"), First);
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(journey.closes(dialog));
        QVERIFY(journey.waitForStatus(Postgres, name, QStringLiteral("Available")));
        QTRY_COMPARE(journey.shown(Postgres, name)->privileges.size(), 1);

        QString text = testLogin(journey, Postgres, name, First);
        QVERIFY2(text.startsWith(QStringLiteral("Logged in")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("OWNER of staging")), qPrintable(text));

        QVERIFY(journey.selectAccount(Postgres, name));
        QTRY_VERIFY(journey.actions()->lockAccount->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        journey.actions()->lockAccount->trigger();
        QVERIFY(journey.waitForStatus(Postgres, name, QStringLiteral("Locked")));
        text = testLogin(journey, Postgres, name, First);
        QVERIFY2(text.contains(QStringLiteral("not permitted to log in")), qPrintable(text));

        QVERIFY(journey.selectAccount(Postgres, name));
        QTRY_VERIFY(journey.actions()->unlockAccount->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        journey.actions()->unlockAccount->trigger();
        QVERIFY(journey.waitForStatus(Postgres, name, QStringLiteral("Available")));
        text = testLogin(journey, Postgres, name, First);
        QVERIFY2(text.startsWith(QStringLiteral("Logged in")), qPrintable(text));
    }
};

JOURNEY_MAIN(TestJourneyRealEngines)
#include "tst_journey_real_engines.moc"
