// Drives the real widgets with QTest key and mouse events against FakeAccountService. Reset password dialog: the
// clipboard countdown, someone else's clipboard, clear now and the handover.
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

using namespace std::chrono_literals;
using namespace DialogSamples;

class TstResetPasswordDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void resetPasswordCopyClearsTheClipboard();
    void resetPasswordLeavesSomeoneElsesClipboard();
    void resetPasswordClearNowAndHandover();
};

void TstResetPasswordDialog::init()
{
    QGuiApplication::clipboard()->clear();
}

void TstResetPasswordDialog::resetPasswordCopyClearsTheClipboard()
{
    FakeAccountService service;
    ResetPasswordDialog dialog(&service, mysqlInstance(), mysqlAccount());
    dialog.show();
    QCOMPARE(namedChild<QLabel>(dialog, "accountLabel")->text(), QStringLiteral("app_user"));
    QVERIFY(namedChild<QLabel>(dialog, "instanceLabel")->text().contains(QStringLiteral("rm-bp1demo")));
    QVERIFY(!namedChild<QPushButton>(dialog, "copyButton")->isEnabled());
    namedChild<ClipboardGuard>(dialog, "clipboardGuard")->setTimeout(400ms);
    auto* countdown = dialog.findChild<QLabel*>(QStringLiteral("countdownLabel"));
    auto* clearNow = dialog.findChild<QPushButton*>(QStringLiteral("clearClipboardButton"));
    QVERIFY(countdown);
    QVERIFY(clearNow);
    QTest::mouseClick(dialog.findChild<QToolButton*>(QStringLiteral("generateButton")), Qt::LeftButton);
    const QString password = dialog.passwordField()->password();
    QVERIFY(!password.isEmpty());
    QVERIFY(namedChild<QPushButton>(dialog, "copyButton")->isEnabled());

    QSignalSpy cleared(namedChild<ClipboardGuard>(dialog, "clipboardGuard"), &ClipboardGuard::cleared);
    QTest::mouseClick(namedChild<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
    QClipboard* clipboard = QGuiApplication::clipboard();
    QCOMPARE(clipboard->text(), password);
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    QVERIFY(countdown->text().contains(QStringLiteral("Clipboard clears in")));
    QVERIFY(clearNow->isEnabled());

    QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, 3000);
    QCOMPARE(cleared.at(0).at(0).toBool(), true);
    QVERIFY(clipboard->text().isEmpty());
    QVERIFY(countdown->text().isEmpty());
    QVERIFY(!clearNow->isEnabled());
}

void TstResetPasswordDialog::resetPasswordLeavesSomeoneElsesClipboard()
{
    FakeAccountService service;
    ResetPasswordDialog dialog(&service, mysqlInstance(), mysqlAccount());
    namedChild<ClipboardGuard>(dialog, "clipboardGuard")->setTimeout(300ms);
    dialog.passwordField()->setPassword(QStringLiteral("abcDef12!x"));
    QSignalSpy cleared(namedChild<ClipboardGuard>(dialog, "clipboardGuard"), &ClipboardGuard::cleared);
    dialog.copyPassword();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("abcDef12!x"));
    QGuiApplication::clipboard()->setText(QStringLiteral("the user's own text"));
    QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, 3000);
    QCOMPARE(cleared.at(0).at(0).toBool(), false);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own text"));
}

void TstResetPasswordDialog::resetPasswordClearNowAndHandover()
{
    FakeAccountService service;
    ResetPasswordDialog dialog(&service, mysqlInstance(), mysqlAccount());
    dialog.show();
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.passwordField()->passwordEdit(), QStringLiteral("abcDef12!x"));
    QVERIFY(!dialog.okButton()->isEnabled()); // not confirmed
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "confirmationEdit"), QStringLiteral("abcDef12!x"));
    QVERIFY(dialog.okButton()->isEnabled());

    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(service.lastCall().method(), QStringLiteral("ResetAccountPassword"));
    QCOMPARE(service.lastCall().account(), QStringLiteral("app_user"));
    QCOMPARE(service.lastCall().as<ResetPasswordWrite>().password, QStringLiteral("abcDef12!x"));
    service.succeedLast(QStringLiteral("REQ-RESET"));

    // Stays open for the handover: password kept (read-only), Copy still there, OK gone, Cancel is Close.
    QVERIFY(dialog.isVisible());
    QVERIFY(namedChild<QLabel>(dialog, "doneLabel")->isVisible());
    auto* done = dialog.findChild<QLabel*>(QStringLiteral("doneLabel"));
    auto* clearNow = dialog.findChild<QPushButton*>(QStringLiteral("clearClipboardButton"));
    QVERIFY(done);
    QVERIFY(clearNow);
    QVERIFY(done->isVisible());
    QVERIFY(done->text().contains(QStringLiteral("REQ-RESET")));
    QVERIFY(dialog.passwordField()->passwordEdit()->isReadOnly());
    QCOMPARE(dialog.passwordField()->password(), QStringLiteral("abcDef12!x"));
    QVERIFY(!dialog.okButton()->isVisible());
    QVERIFY(namedChild<QPushButton>(dialog, "copyButton")->isEnabled());

    QTest::mouseClick(namedChild<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("abcDef12!x"));
    QTest::mouseClick(clearNow, Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!namedChild<ClipboardGuard>(dialog, "clipboardGuard")->isActive());

    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TstResetPasswordDialog)
#include "tst_resetpassworddialog.moc"
