// Drives the real widgets with QTest key and mouse events against FakeAccountService. The password field: prefix-aware
// confirmation, show/hide, the Caps Lock warning.
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

class TstPasswordField : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void passwordConfirmationIsPrefixAware();
    void capsLockWarning();
};

void TstPasswordField::init()
{
    QGuiApplication::clipboard()->clear();
}

void TstPasswordField::passwordConfirmationIsPrefixAware()
{
    PasswordField field(RuleTable::forEngine(Engine::MySQL));
    QTest::keyClicks(field.passwordEdit(), QStringLiteral("abcDef12!x"));
    auto* hint = field.findChild<FieldHint*>(QStringLiteral("confirmationHint"));
    QVERIFY(hint);
    QTest::keyClicks(namedChild<QLineEdit>(field, "confirmationEdit"), QStringLiteral("abcD"));
    QVERIFY(!hint->isShowingError());
    QVERIFY(!hint->text().isEmpty());
    QVERIFY(!field.isValid());
    QTest::keyClicks(namedChild<QLineEdit>(field, "confirmationEdit"), QStringLiteral("X"));
    QVERIFY(hint->isShowingError());
    QTest::keyClick(namedChild<QLineEdit>(field, "confirmationEdit"), Qt::Key_Backspace);
    QTest::keyClicks(namedChild<QLineEdit>(field, "confirmationEdit"), QStringLiteral("ef12!x"));
    QVERIFY(field.isValid());
    QVERIFY(hint->text().isEmpty());

    // Shown: the confirmation is hidden and follows the password.
    field.show();
    field.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&field));
    field.passwordEdit()->setFocus();
    QTest::keyClick(field.passwordEdit(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(field.passwordEdit()->echoMode() == QLineEdit::Normal);
    QVERIFY(!namedChild<QLineEdit>(field, "confirmationEdit")->isVisible());
    QTest::keyClicks(field.passwordEdit(), QStringLiteral("Z"));
    QCOMPARE(namedChild<QLineEdit>(field, "confirmationEdit")->text(), field.password());
    QVERIFY(field.isValid());
}

void TstPasswordField::capsLockWarning()
{
    PasswordField field(RuleTable::forEngine(Engine::MySQL));
    field.show();
    auto* capsLock = field.findChild<QLabel*>(QStringLiteral("capsLockWarning"));
    QVERIFY(capsLock);
    QVERIFY(!capsLock->isVisible());
    QTest::keyClick(field.passwordEdit(), Qt::Key_A, Qt::NoModifier, 0);
    QTest::keyClicks(field.passwordEdit(), QStringLiteral("A")); // uppercase without Shift: Caps Lock
    QVERIFY(capsLock->isVisible());
    QTest::keyClicks(field.passwordEdit(), QStringLiteral("b"));
    QVERIFY(!capsLock->isVisible());
}

QTEST_MAIN(TstPasswordField)
#include "tst_passwordfield.moc"
