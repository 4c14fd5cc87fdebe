// Drives the real widgets with QTest key and mouse events against FakeAccountService. Delete account dialog: the typed
// name, and the SomeObjectsDependOnAccount path.
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

class TstDeleteAccountDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void deleteRequiresTheTypedName();
    void deleteRevokesThenDeletesWhenObjectsDepend();
};

void TstDeleteAccountDialog::init()
{
    QGuiApplication::clipboard()->clear();
}

void TstDeleteAccountDialog::deleteRequiresTheTypedName()
{
    FakeAccountService service;
    DeleteAccountDialog dialog(&service, mysqlInstance(), mysqlAccount());
    dialog.show();
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "confirmNameEdit"), QStringLiteral("app_use"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "confirmNameEdit"), QStringLiteral("rr"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClick(namedChild<QLineEdit>(dialog, "confirmNameEdit"), Qt::Key_Backspace);
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::keyClick(
        namedChild<QLineEdit>(dialog, "confirmNameEdit"), Qt::Key_Return); // Enter presses the default button
    QCOMPARE(service.calls.size(), 1);
    QCOMPARE(service.lastCall().method(), QStringLiteral("DeleteAccount"));
    QCOMPARE(service.lastCall().account(), QStringLiteral("app_user"));
    service.succeedLast();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TstDeleteAccountDialog::deleteRevokesThenDeletesWhenObjectsDepend()
{
    FakeAccountService service;
    DeleteAccountDialog dialog(&service, mysqlInstance(), mysqlAccount());
    dialog.show();
    QVERIFY(!namedChild<QPushButton>(dialog, "revokeThenDeleteButton")->isVisible());
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "confirmNameEdit"), QStringLiteral("app_user"));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    service.failLast(FakeAccountService::error(
        ServiceError::Category::Conflict, 400, QStringLiteral("SomeObjectsDependOnAccount"), QStringLiteral("REQ-D")));
    QVERIFY(dialog.isVisible());
    auto* dependency = dialog.findChild<QLabel*>(QStringLiteral("dependencyLabel"));
    QVERIFY(dependency);
    QVERIFY(dependency->isVisible());
    QVERIFY(namedChild<QPushButton>(dialog, "revokeThenDeleteButton")->isVisible());
    QVERIFY(namedChild<QPushButton>(dialog, "revokeThenDeleteButton")->isEnabled());
    QVERIFY(dialog.errorBanner()->detailsText().contains(QStringLiteral("REQ-D")));

    QTest::mouseClick(namedChild<QPushButton>(dialog, "revokeThenDeleteButton"), Qt::LeftButton);
    QCOMPARE(service.calls.size(), 2);
    QCOMPARE(service.lastCall().method(), QStringLiteral("RevokeAccountPrivilege"));
    QCOMPARE(service.lastCall().as<ModifyPrivilegesWrite>().change.revokes, QStringList { QStringLiteral("db1") });
    QVERIFY(service.lastCall().as<ModifyPrivilegesWrite>().change.grants.isEmpty());
    QVERIFY(dialog.isBusy());
    service.succeedLast(QStringLiteral("REQ-REVOKE"));
    QCOMPARE(service.calls.size(), 3);
    QCOMPARE(service.lastCall().method(), QStringLiteral("DeleteAccount"));
    QVERIFY(dialog.isVisible());
    QSignalSpy succeeded(&dialog, &OperationDialog::operationSucceeded);
    service.succeedLast(QStringLiteral("REQ-DELETE"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(succeeded.value(0).value(0).toString(), QStringLiteral("REQ-DELETE"));
}

QTEST_MAIN(TstDeleteAccountDialog)
#include "tst_deleteaccountdialog.moc"
