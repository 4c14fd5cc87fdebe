// Drives the real widgets with QTest key and mouse events against FakeAccountService. Service-account permission
// dialog: the UTC expiry, the remaining time, revoke.
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

class TstOperatorPermissionDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void operatorPermissionRefusesPastDates();
    void operatorPermissionShowsTheRemainingTime();
    void operatorPermissionRevoke();
};

void TstOperatorPermissionDialog::init()
{
    QGuiApplication::clipboard()->clear();
}

void TstOperatorPermissionDialog::operatorPermissionRefusesPastDates()
{
    FakeAccountService service;
    OperatorPermissionDialog dialog(&service, mysqlInstance());
    dialog.show();
    auto* expiry = dialog.findChild<QDateTimeEdit*>(QStringLiteral("expiryEdit"));
    auto* expiryHint = dialog.findChild<FieldHint*>(QStringLiteral("expiryHint"));
    QVERIFY(expiry);
    QVERIFY(expiryHint);
    QCOMPARE(expiry->timeSpec(), Qt::UTC);
    QVERIFY(expiry->displayFormat().contains(QStringLiteral("UTC")));
    QVERIFY(dialog.okButton()->isEnabled()); // tomorrow by default

    expiry->setDateTime(QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC));
    QVERIFY(expiryHint->isShowingError());
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.submit();
    QVERIFY(service.calls.isEmpty());

    const QDateTime future(QDate::currentDate().addYears(1), QTime(8, 30), Qt::UTC);
    expiry->setDateTime(future);
    QVERIFY(!expiryHint->isShowingError());
    chooseData(namedChild<QComboBox>(dialog, "privilegeCombo"), QStringLiteral("Data"));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(service.lastCall().method(), QStringLiteral("GrantOperatorPermission"));
    QCOMPARE(service.lastCall().as<GrantOperatorPermissionWrite>().permission.privileges, QStringLiteral("Data"));
    QCOMPARE(service.lastCall().as<GrantOperatorPermissionWrite>().permission.expiredTime, future);
    QCOMPARE(service.lastCall().as<GrantOperatorPermissionWrite>().permission.expiredTime.timeSpec(), Qt::UTC);
}

void TstOperatorPermissionDialog::operatorPermissionShowsTheRemainingTime()
{
    // The permission lapses at ExpiredTime; the dialog says how long the access will last.
    QCOMPARE(OperatorPermissionDialog::remainingText(2 * 86400 + 3 * 3600 + 10),
        QStringLiteral("Access ends in 2 d 3 h; then the service account loses it."));
    QCOMPARE(OperatorPermissionDialog::remainingText(5 * 3600 + 59 * 60 + 1),
        QStringLiteral("Access ends in 6 h 0 min; then the service account loses it."));
    QCOMPARE(OperatorPermissionDialog::remainingText(90),
        QStringLiteral("Access ends in 2 min; then the service account loses it."));
    FakeAccountService service;
    OperatorPermissionDialog dialog(&service, mysqlInstance());
    dialog.show();
    auto* expiry = dialog.findChild<QDateTimeEdit*>(QStringLiteral("expiryEdit"));
    auto* remaining = dialog.findChild<QLabel*>(QStringLiteral("remainingLabel"));
    auto* revoke = dialog.findChild<QRadioButton*>(QStringLiteral("revokeRadio"));
    QVERIFY(expiry);
    QVERIFY(remaining);
    QVERIFY(revoke);
    expiry->setDateTime(QDateTime::currentDateTimeUtc().addDays(3).addSecs(7200));
    QVERIFY2(remaining->text().startsWith(QStringLiteral("Access ends in 3 d 2 h")), qPrintable(remaining->text()));
    expiry->setDateTime(QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC));
    QVERIFY(remaining->text().isEmpty()); // already past: the hint says so instead
    revoke->setChecked(true);
    QVERIFY(remaining->text().isEmpty());
}

void TstOperatorPermissionDialog::operatorPermissionRevoke()
{
    FakeAccountService service;
    OperatorPermissionDialog dialog(&service, mysqlInstance());
    dialog.show();
    auto* expiry = dialog.findChild<QDateTimeEdit*>(QStringLiteral("expiryEdit"));
    auto* revoke = dialog.findChild<QRadioButton*>(QStringLiteral("revokeRadio"));
    QVERIFY(expiry);
    QVERIFY(revoke);
    expiry->setDateTime(QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC));
    QTest::mouseClick(revoke, Qt::LeftButton);
    QVERIFY(dialog.isRevoke());
    QVERIFY(!expiry->isEnabled());
    QVERIFY(dialog.okButton()->isEnabled()); // the date does not matter for a revoke
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(service.lastCall().method(), QStringLiteral("RevokeOperatorPermission"));
}

QTEST_MAIN(TstOperatorPermissionDialog)
#include "tst_operatorpermissiondialog.moc"
