// Journey: grant the Alibaba Cloud service account access to an RDS instance until a date, then revoke it.
#include "../ui/NamedChild.h"
#include "AccountActions.h"
#include "JourneyFixture.h"
#include "OperatorPermissionDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

namespace {
const QString MySql = QStringLiteral("rm-bp1k8x3n2q7w4e5r6");

// OperatorPermission of the instance as DescribeDBInstanceAttribute returns it (empty when none).
QJsonObject heldPermission(const JourneyFixture& journey)
{
    const QJsonObject body = journey.heldRaw(Product::Rds, QStringLiteral("DescribeDBInstanceAttribute"), MySql);
    const QJsonArray items
        = body.value(QLatin1String("Items")).toObject().value(QLatin1String("DBInstanceAttribute")).toArray();
    return items.isEmpty() ? QJsonObject()
                           : items.first().toObject().value(QLatin1String("OperatorPermission")).toObject();
}
} // namespace

class TestJourneyOperator : public QObject
{
    Q_OBJECT

private slots:
    void grantWithExpiryThenRevoke()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(MySql));
        QVERIFY(journey.window()->selectInstance(MySql));
        QVERIFY(journey.actions()->operatorPermission->isEnabled());
        journey.actions()->operatorPermission->trigger();
        auto grant = journey.dialog<OperatorPermissionDialog>();
        QVERIFY(grant);
        auto* grantRadio = grant->findChild<QRadioButton*>(QStringLiteral("grantRadio"));
        auto* expiryEdit = grant->findChild<QDateTimeEdit*>(QStringLiteral("expiryEdit"));
        auto* remaining = grant->findChild<QLabel*>(QStringLiteral("remainingLabel"));
        QVERIFY(grantRadio);
        QVERIFY(expiryEdit);
        QVERIFY(remaining);
        grantRadio->setChecked(true);
        chooseData(namedChild<QComboBox>(grant, "privilegeCombo"), QStringLiteral("Data"));
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addDays(3);
        expiryEdit->setDateTime(expiry);
        QTRY_VERIFY2(remaining->text().contains(QLatin1String("3 d")), // rounded up to the minute
            qPrintable(remaining->text()));
        QVERIFY(grant->okButton()->isEnabled());
        QTest::mouseClick(grant->okButton(), Qt::LeftButton);
        QVERIFY(journey.closes(grant));
        QCOMPARE(journey.activityCount(QStringLiteral("GrantOperatorPermission")), 1);
        const QJsonObject held = heldPermission(journey);
        QVERIFY2(held.value(QLatin1String("Privileges")).toString().contains(QLatin1String("Data")),
            qPrintable(QString::fromUtf8(QJsonDocument(held).toJson(QJsonDocument::Compact))));
        QVERIFY(held.value(QLatin1String("ExpiredTime"))
                    .toString()
                    .startsWith(expiry.toString(QStringLiteral("yyyy-MM-dd"))));

        QVERIFY(journey.window()->selectInstance(MySql));
        journey.actions()->operatorPermission->trigger();
        auto revoke = journey.dialog<OperatorPermissionDialog>();
        QVERIFY(revoke);
        auto* revokeRadio = revoke->findChild<QRadioButton*>(QStringLiteral("revokeRadio"));
        QVERIFY(revokeRadio);
        revokeRadio->setChecked(true);
        QVERIFY(revoke->okButton()->isEnabled());
        QTest::mouseClick(revoke->okButton(), Qt::LeftButton);
        QVERIFY(journey.closes(revoke));
        QCOMPARE(journey.activityCount(QStringLiteral("RevokeOperatorPermission")), 1);
        QVERIFY(heldPermission(journey).value(QLatin1String("Privileges")).toString().isEmpty());
    }
};

JOURNEY_MAIN(TestJourneyOperator)
#include "tst_journey_operator.moc"
