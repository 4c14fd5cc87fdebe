// Journeys on ApsaraDB for Redis at the demo's default creating delay (about 2 s, so each create passes through
// Creating; the service takes about a minute: --creating-delay 60).
#include "../ui/NamedChild.h"
#include "AccountActions.h"
#include "CreateAccountDialog.h"
#include "ErrorBanner.h"
#include "JourneyFixture.h"
#include "MainWindow.h"
#include "PasswordField.h"
#include "ResetPasswordDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTest>

namespace {
const QString Standard = QStringLiteral("r-bp1a2b3c4d5e6f7g8"); // 19 of 20 accounts
const QString Cluster = QStringLiteral("r-bp1h9j8k7l6m5n4b3");
const QString Legacy = QStringLiteral("r-bp1x28legacy0c8v7"); // Redis 2.8

bool roleEnabled(QComboBox* combo, const QString& role)
{
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    const int index = combo->findData(role);
    return model && index >= 0 && model->item(index)->isEnabled();
}

// Fills Create account for Redis and presses Create.
void create(JourneyFixture& journey, const QString& name, const QString& role)
{
    journey.actions()->newAccount->trigger();
    auto dialog = journey.dialog<CreateAccountDialog>();
    QVERIFY(dialog);
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "nameEdit"), name);
    QVERIFY(roleEnabled(namedChild<QComboBox>(dialog, "roleCombo"), role));
    chooseData(namedChild<QComboBox>(dialog, "roleCombo"), role);
    QTest::keyClicks(
        namedChild<PasswordField>(dialog, "passwordField")->passwordEdit(), QStringLiteral("Redis#Pass2026"));
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "confirmationEdit"), QStringLiteral("Redis#Pass2026"));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(journey.closes(dialog));
}
} // namespace

class TestJourneyRedis : public QObject
{
    Q_OBJECT

private slots:
    // The Copy role on a standard instance: Creating, then Available without a refresh; the 20th account
    // reaches the quota and Create is disabled with the reason.
    void copyRoleOnStandardThenQuotaReached()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(Standard));
        create(journey, QStringLiteral("dr-copy"), QStringLiteral("RoleRepl"));
        QVERIFY(journey.waitForStatus(Standard, QStringLiteral("dr-copy"), QStringLiteral("Creating"), 1000));
        QVERIFY(journey.waitForStatus(Standard, QStringLiteral("dr-copy"), QStringLiteral("Available")));
        const std::optional<Account> held = journey.held(*journey.instance(Standard), QStringLiteral("dr-copy"));
        QVERIFY(held);
        QCOMPARE(held->privileges.constFirst().privilege, QStringLiteral("RoleRepl"));

        QVERIFY(journey.window()->selectInstance(Standard));
        QTRY_VERIFY(!journey.actions()->newAccount->isEnabled());
        QVERIFY2(journey.actions()->newAccount->toolTip().contains(QLatin1String("20")),
            qPrintable(journey.actions()->newAccount->toolTip()));
    }

    // On a cluster the Copy role is offered disabled with the reason; Read-only works.
    void copyRoleRefusedOnCluster()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(Cluster));
        journey.actions()->newAccount->trigger();
        auto dialog = journey.dialog<CreateAccountDialog>();
        QVERIFY(dialog);
        QVERIFY(!roleEnabled(namedChild<QComboBox>(dialog, "roleCombo"), QStringLiteral("RoleRepl")));
        const QString reason
            = namedChild<QComboBox>(dialog, "roleCombo")
                  ->itemData(
                      namedChild<QComboBox>(dialog, "roleCombo")->findData(QStringLiteral("RoleRepl")), Qt::ToolTipRole)
                  .toString();
        QVERIFY2(reason.contains(QLatin1String("standard")), qPrintable(reason));
        dialog->reject();
        create(journey, QStringLiteral("bi-reader"), QStringLiteral("RoleReadOnly"));
        QVERIFY(journey.waitForStatus(Cluster, QStringLiteral("bi-reader"), QStringLiteral("Available")));
    }

    // A Redis 2.8 instance explains why accounts cannot be managed and what to do; the default account of a
    // standard instance is listed and its password can be reset.
    void legacyExplainsAndDefaultAccountPasswordReset()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        QVERIFY(journey.window()->selectInstance(Legacy));
        QTRY_VERIFY(journey.window()->findChild<QLabel*>(QStringLiteral("instanceNotice"))->isVisible());
        const QString notice = journey.window()->findChild<QLabel*>(QStringLiteral("instanceNotice"))->text();
        QVERIFY2(notice.contains(QLatin1String("4.0")), qPrintable(notice));
        QVERIFY(!journey.actions()->newAccount->isEnabled());

        QVERIFY(journey.openInstance(Standard));
        QVERIFY(journey.shown(Standard, Standard)); // the default account, named like the instance
        QVERIFY(journey.selectAccount(Standard, Standard));
        QVERIFY(journey.actions()->resetPassword->isEnabled());
        journey.actions()->resetPassword->trigger();
        auto reset = journey.dialog<ResetPasswordDialog>();
        QVERIFY(reset);
        reset->passwordField()->generate();
        QTest::mouseClick(reset->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(reset, "doneLabel")->isVisible(), JourneyFixture::CallTimeoutMs);
        QCOMPARE(journey.activityCount(QStringLiteral("ResetAccountPassword")), 1);
    }
};

JOURNEY_MAIN(TestJourneyRedis)
#include "tst_journey_redis.moc"
