// Drives the real widgets with QTest key and mouse events against FakeAccountService. Modify privileges dialog: grants
// and revokes in one go, the Redis role.
#include "AccountHeader.h"
#include "AccountRules.h"
#include "ClipboardGuard.h"
#include "CreateAccountDialog.h"
#include "DatabaseGrantTable.h"
#include "DeleteAccountDialog.h"
#include "DialogSamples.h"
#include "EditDescriptionDialog.h"
#include "ErrorBanner.h"
#include "FakeAccountService.h"
#include "FieldHint.h"
#include "MessageBox.h"
#include "ModifyPrivilegesDialog.h"
#include "NamedChild.h"
#include "OperatorPermissionDialog.h"
#include "PasswordField.h"
#include "PasswordGenerator.h"
#include "ResetPasswordDialog.h"
#include "ResetPrivilegedAccountDialog.h"
#include "RuleTable.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace DialogSamples;

class TstModifyPrivilegesDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void modifyPrivilegesGrantsAndRevokesInOneGo();
    void modifyRedisRole();
};

void TstModifyPrivilegesDialog::init()
{
    QGuiApplication::clipboard()->clear();
}

void TstModifyPrivilegesDialog::modifyPrivilegesGrantsAndRevokesInOneGo()
{
    FakeAccountService service;
    ModifyPrivilegesDialog dialog(&service, mysqlInstance(), mysqlAccount());
    dialog.show();
    QVERIFY(!dialog.okButton()->isEnabled());
    DatabaseGrantTable* table = namedChild<DatabaseGrantTable>(dialog, "databaseGrantTable");
    // db2 holds nothing: Revoke is offered but disabled there.
    auto* actions = qobject_cast<QStandardItemModel*>(table->actionCombo(QStringLiteral("db2"))->model());
    QVERIFY(!actions->item(2)->isEnabled());

    // Changing db1 to the privilege it already has is no change.
    table->setAction(QStringLiteral("db1"), DatabaseGrantTable::Action::Grant);
    QVERIFY(!dialog.okButton()->isEnabled());
    table->setAction(QStringLiteral("db1"), DatabaseGrantTable::Action::Revoke);
    QVERIFY(dialog.okButton()->isEnabled());
    table->setAction(QStringLiteral("db2"), DatabaseGrantTable::Action::Grant);
    table->setPrivilege(QStringLiteral("db2"), QStringLiteral("DMLOnly"));
    QVERIFY(namedChild<QLabel>(dialog, "summaryLabel")->text().contains(QStringLiteral("db1")));

    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    const PrivilegeChange change = service.lastCall().as<ModifyPrivilegesWrite>().change;
    QCOMPARE(change.revokes, QStringList { QStringLiteral("db1") });
    QCOMPARE(change.grants, QList<DatabasePrivilege>({ { QStringLiteral("db2"), QStringLiteral("DMLOnly"), {} } }));
    QVERIFY(change.redisPrivilege.isEmpty());
}

void TstModifyPrivilegesDialog::modifyRedisRole()
{
    FakeAccountService service;
    Account account = sampleAccount(QStringLiteral("r-bp1demo"), QStringLiteral("reader"));
    account.privileges = { DatabasePrivilege { {}, QStringLiteral("RoleReadOnly"), {} } };
    ModifyPrivilegesDialog dialog(&service, redisInstance(), account);
    QCOMPARE(namedChild<QComboBox>(dialog, "roleCombo")->currentData().toString(), QStringLiteral("RoleReadOnly"));
    QVERIFY(!dialog.okButton()->isEnabled());
    chooseData(namedChild<QComboBox>(dialog, "roleCombo"), QStringLiteral("RoleReadWrite"));
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(service.lastCall().as<ModifyPrivilegesWrite>().change.redisPrivilege, QStringLiteral("RoleReadWrite"));

    // The default account's privileges cannot change.
    account.name = QStringLiteral("r-bp1demo");
    ModifyPrivilegesDialog defaultAccount(&service, redisInstance(), account);
    namedChild<QComboBox>(defaultAccount, "roleCombo")->setCurrentIndex(1);
    QVERIFY(!defaultAccount.okButton()->isEnabled());
}

QTEST_MAIN(TstModifyPrivilegesDialog)
#include "tst_modifyprivilegesdialog.moc"
