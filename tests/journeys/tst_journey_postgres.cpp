// Journeys on RDS PostgreSQL: create with DBOwner, lock, unlock; and on MySQL, Lock is disabled and says why.
#include "../sandbox/DemoInstances.h"
#include "../ui/NamedChild.h"
#include "AccountActions.h"
#include "CreateAccountDialog.h"
#include "DatabaseGrantTable.h"
#include "ErrorBanner.h"
#include "JourneyFixture.h"
#include "MessageBox.h"
#include "PasswordField.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using DemoInstances::kMySql;
using DemoInstances::kPostgres;

class TestJourneyPostgres : public QObject
{
    Q_OBJECT

private slots:
    void createWithDbOwnerThenLockAndUnlock()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(kPostgres));
        journey.actions()->newAccount->trigger();
        auto dialog = journey.dialog<CreateAccountDialog>();
        QVERIFY(dialog);
        QTest::keyClicks(namedChild<QLineEdit>(dialog, "nameEdit"), QStringLiteral("dw_owner2"));
        namedChild<DatabaseGrantTable>(dialog, "databaseGrantTable")->setChecked(QStringLiteral("staging"), true);
        namedChild<DatabaseGrantTable>(dialog, "databaseGrantTable")
            ->setPrivilege(QStringLiteral("staging"), QStringLiteral("DBOwner"));
        QTest::keyClicks(
            namedChild<PasswordField>(dialog, "passwordField")->passwordEdit(), QStringLiteral("Pg#Owner2026z"));
        QTest::keyClicks(namedChild<QLineEdit>(dialog, "confirmationEdit"), QStringLiteral("Pg#Owner2026z"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(journey.closes(dialog));
        QVERIFY(journey.waitForStatus(kPostgres, QStringLiteral("dw_owner2"), QStringLiteral("Available")));
        QTRY_COMPARE(journey.shown(kPostgres, QStringLiteral("dw_owner2"))->privileges.size(), 1);
        QCOMPARE(journey.shown(kPostgres, QStringLiteral("dw_owner2"))->privileges.constFirst().privilege,
            QStringLiteral("DBOwner"));

        QVERIFY(journey.selectAccount(kPostgres, QStringLiteral("dw_owner2")));
        QVERIFY(journey.actions()->lockAccount->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        journey.actions()->lockAccount->trigger();
        QVERIFY(MessageBox::lastAnsweredText().contains(QLatin1String("dw_owner2")));
        QVERIFY(journey.waitForStatus(kPostgres, QStringLiteral("dw_owner2"), QStringLiteral("Locked")));
        QCOMPARE(
            journey.held(*journey.instance(kPostgres), QStringLiteral("dw_owner2"))->status, QStringLiteral("Locked"));

        QVERIFY(journey.selectAccount(kPostgres, QStringLiteral("dw_owner2")));
        QTRY_VERIFY(journey.actions()->unlockAccount->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        journey.actions()->unlockAccount->trigger();
        QVERIFY(journey.waitForStatus(kPostgres, QStringLiteral("dw_owner2"), QStringLiteral("Available")));
        QCOMPARE(journey.held(*journey.instance(kPostgres), QStringLiteral("dw_owner2"))->status,
            QStringLiteral("Available"));
        QCOMPARE(journey.activityCount(QStringLiteral("LockAccount")), 1);
        QCOMPARE(journey.activityCount(QStringLiteral("UnlockAccount")), 1);
    }

    void lockOnMySqlIsDisabledAndSaysWhy()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(kMySql));
        QVERIFY(journey.selectAccount(kMySql, QStringLiteral("app_rw")));
        QVERIFY(!journey.actions()->lockAccount->isEnabled());
        QVERIFY2(journey.actions()->lockAccount->toolTip().contains(QLatin1String("only for PostgreSQL")),
            qPrintable(journey.actions()->lockAccount->toolTip()));
    }
};

JOURNEY_MAIN(TestJourneyPostgres)
#include "tst_journey_postgres.moc"
