// Journey: the RDS service lags (apsara-accounts --rds-lag 3): a new account stays Creating for 3 s, and the
// console waits until it is Available before it grants, so nothing fails and nothing is asked twice.
#include "AccountActions.h"
#include "CreateAccountDialog.h"
#include "DatabaseGrantTable.h"
#include "ErrorBanner.h"
#include "JourneyFixture.h"
#include "JourneySteps.h"
#include "PasswordField.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace {
const QString MySql = QStringLiteral("rm-bp1k8x3n2q7w4e5r6");
}

class TestJourneyLag : public QObject
{
    Q_OBJECT

private slots:
    void grantWaitsUntilTheNewAccountIsAvailable()
    {
        JourneyFixture journey({ QStringLiteral("--rds-lag"), QStringLiteral("3") });
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(MySql));
        auto dialog = JourneySteps::fillCreate(
            journey, QStringLiteral("etl_v2"), QStringLiteral("Etl#Load2026x"), { QStringLiteral("app_db") });
        QVERIFY(dialog);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

        // While the service says Creating, the row shows it and the dialog is still working (no grant yet).
        QVERIFY(journey.waitForStatus(MySql, QStringLiteral("etl_v2"), QStringLiteral("Creating")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(journey.activityCount(QStringLiteral("GrantAccountPrivilege")), 0);
        QTRY_COMPARE(dialog->findChild<QLabel*>(QStringLiteral("busyLabel"))->text(),
            QStringLiteral("Waiting until etl_v2 is Available…"));

        QVERIFY(journey.closes(dialog));
        QVERIFY(journey.waitForStatus(MySql, QStringLiteral("etl_v2"), QStringLiteral("Available")));
        QCOMPARE(journey.activityCount(QStringLiteral("CreateAccount")), 1);
        QCOMPARE(journey.activityCount(QStringLiteral("GrantAccountPrivilege")), 1);
        const std::optional<Account> held = journey.held(*journey.instance(MySql), QStringLiteral("etl_v2"));
        QVERIFY(held);
        QCOMPARE(held->privileges.size(), 1);
        QCOMPARE(held->privileges.constFirst().privilege, QStringLiteral("ReadWrite"));
    }
};

JOURNEY_MAIN(TestJourneyLag)
#include "tst_journey_lag.moc"
