// Drives the real widgets with QTest key and mouse events against FakeAccountService. Reset privileged account dialog:
// it needs a confirmation.
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

class TstResetPrivilegedAccountDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void resetPrivilegedAccountNeedsConfirmation();
};

void TstResetPrivilegedAccountDialog::init()
{
    QGuiApplication::clipboard()->clear();
}

void TstResetPrivilegedAccountDialog::resetPrivilegedAccountNeedsConfirmation()
{
    FakeAccountService service;
    ResetPrivilegedAccountDialog dialog(&service, mysqlInstance(), mysqlAccount(QStringLiteral("Super")));
    dialog.show();
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("explanationLabel"))->text().contains(QStringLiteral("app_user")));
    namedChild<PasswordField>(dialog, "passwordField")->setPassword(QStringLiteral("abcDef12!x"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.findChild<QCheckBox*>(QStringLiteral("understoodCheck")), Qt::LeftButton);
    QVERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("understoodCheck"))->isChecked());
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(service.lastCall().method(), QStringLiteral("ResetAccount"));
    QCOMPARE(service.lastCall().as<ResetPrivilegedAccountWrite>().password, QStringLiteral("abcDef12!x"));

    // A Normal account is no privileged account: explained, and OK stays off.
    ResetPrivilegedAccountDialog normal(&service, mysqlInstance(), mysqlAccount());
    namedChild<PasswordField>(normal, "passwordField")->setPassword(QStringLiteral("abcDef12!x"));
    normal.findChild<QCheckBox*>(QStringLiteral("understoodCheck"))->setChecked(true);
    QVERIFY(!normal.okButton()->isEnabled());
}

QTEST_MAIN(TstResetPrivilegedAccountDialog)
#include "tst_resetprivilegedaccountdialog.moc"
