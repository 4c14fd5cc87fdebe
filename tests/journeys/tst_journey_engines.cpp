// Journeys on SQL Server and MariaDB: one create each, with that engine's own name and privilege rules in force.
#include "../ui/NamedChild.h"
#include "AccountActions.h"
#include "CreateAccountDialog.h"
#include "DatabaseGrantTable.h"
#include "ErrorBanner.h"
#include "FieldHint.h"
#include "JourneyFixture.h"
#include "PasswordField.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace {
const QString SqlServer = QStringLiteral("rm-uf6t2y4u6i8o0p1a");
const QString MariaDb = QStringLiteral("rm-gs5q7w9e1r3t5y7u");

QStringList privilegeChoices(DatabaseGrantTable* table, const QString& database)
{
    QStringList choices;
    QComboBox* combo = table->privilegeCombo(database);
    for (int i = 0; combo && i < combo->count(); ++i)
        choices << combo->itemData(i).toString();
    return choices;
}

// Opens Create account on the instance, checks a name the engine refuses, then creates `name` with one grant.
void createWithGrant(JourneyFixture& journey,
    const QString& instanceId,
    const QString& refusedName,
    const QString& name,
    const QString& database,
    const QString& privilege)
{
    QVERIFY(journey.openInstance(instanceId));
    journey.actions()->newAccount->trigger();
    auto dialog = journey.dialog<CreateAccountDialog>();
    QVERIFY(dialog);
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "nameEdit"), refusedName);
    QVERIFY(namedChild<FieldHint>(dialog, "nameHint")->isShowingError());
    namedChild<QLineEdit>(dialog, "nameEdit")->clear();
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "nameEdit"), name);
    QVERIFY(!namedChild<FieldHint>(dialog, "nameHint")->isShowingError());
    QVERIFY2(
        privilegeChoices(namedChild<DatabaseGrantTable>(dialog, "databaseGrantTable"), database).contains(privilege),
        qPrintable(
            privilegeChoices(namedChild<DatabaseGrantTable>(dialog, "databaseGrantTable"), database).join(u',')));
    namedChild<DatabaseGrantTable>(dialog, "databaseGrantTable")->setChecked(database, true);
    namedChild<DatabaseGrantTable>(dialog, "databaseGrantTable")->setPrivilege(database, privilege);
    QTest::keyClicks(
        namedChild<PasswordField>(dialog, "passwordField")->passwordEdit(), QStringLiteral("Eng#Pass2026q"));
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "confirmationEdit"), QStringLiteral("Eng#Pass2026q"));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(journey.closes(dialog));
    QVERIFY(journey.waitForStatus(instanceId, name, QStringLiteral("Available")));
    const std::optional<Account> held = journey.held(*journey.instance(instanceId), name);
    QVERIFY(held);
    QCOMPARE(held->privileges.size(), 1);
    QCOMPARE(held->privileges.constFirst().dbName, database);
    QCOMPARE(held->privileges.constFirst().privilege, privilege);
}
} // namespace

class TestJourneyEngines : public QObject
{
    Q_OBJECT

private slots:
    // SQL Server: DBOwner is offered per database; a name starting with a digit is refused before anything is sent.
    void sqlServerCreateWithDbOwner()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        createWithGrant(journey,
            SqlServer,
            QStringLiteral("9ledger"),
            QStringLiteral("ledger_app"),
            QStringLiteral("finance_db"),
            QStringLiteral("DBOwner"));
    }

    // MariaDB: the MySQL family's privileges (DMLOnly here); a hyphen (allowed in Redis names) is refused.
    void mariaDbCreateWithDmlOnly()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        createWithGrant(journey,
            MariaDb,
            QStringLiteral("shop-worker"),
            QStringLiteral("shop_worker"),
            QStringLiteral("shop"),
            QStringLiteral("DMLOnly"));
    }
};

JOURNEY_MAIN(TestJourneyEngines)
#include "tst_journey_engines.moc"
