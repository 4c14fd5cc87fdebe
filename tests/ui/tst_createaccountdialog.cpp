// Drives the real widgets with QTest key and mouse events against FakeAccountService. Create account dialog: live hints
// and the OK button at every step, reserved names, the quota, the Copy role, and what every operation dialog shares (a
// failed call keeps the input, Retry, Cancel, closing cancels).
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

class TstCreateAccountDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createRedisValidatesEveryStep();
    void createRdsGrantsDatabasesAndGenerates();
    void createRejectsReservedNamesFromTheService();
    void createAtQuotaExplainsAndStaysDisabled();
    void copyRoleDisabledOnCluster();
    void failedCallKeepsEveryFieldAndShowsCodeAndRequestId();
    void retryResendsWhenSafe();
    void cancelButtonCancelsAndKeepsTheDialog();
    void closingCancelsTheCall();
};

void TstCreateAccountDialog::init()
{
    QGuiApplication::clipboard()->clear();
}

void TstCreateAccountDialog::createRedisValidatesEveryStep()
{
    FakeAccountService service;
    CreateAccountDialog dialog(&service, redisInstance(), 3);
    dialog.show();
    const AccountRules rules(Engine::Redis);
    FieldHint* nameHint = namedChild<FieldHint>(dialog, "nameHint");
    QPushButton* ok = dialog.okButton();
    QVERIFY(!ok->isEnabled());
    QVERIFY(nameHint->text().isEmpty());

    QTest::keyClicks(namedChild<QLineEdit>(dialog, "nameEdit"), QStringLiteral("1abc"));
    QVERIFY(nameHint->isShowingError());
    QCOMPARE(nameHint->text(), rules.checkName(QStringLiteral("1abc")).message);
    QVERIFY(nameHint->text().contains(QStringLiteral("lowercase letter")));
    QVERIFY(!ok->isEnabled());

    retype(namedChild<QLineEdit>(dialog, "nameEdit"), QStringLiteral("appUser"));
    QVERIFY(nameHint->isShowingError());
    QVERIFY(nameHint->text().contains(QStringLiteral("uppercase")));
    QVERIFY(!ok->isEnabled());

    retype(namedChild<QLineEdit>(dialog, "nameEdit"), QStringLiteral("admin")); // a reserved word of the Redis seed
    QVERIFY(nameHint->isShowingError());
    QVERIFY(nameHint->text().contains(QStringLiteral("reserved")));

    retype(namedChild<QLineEdit>(dialog, "nameEdit"), QStringLiteral("app-user"));
    QVERIFY(!nameHint->isShowingError());
    QVERIFY(nameHint->text().isEmpty());
    QVERIFY(!ok->isEnabled()); // no password yet

    PasswordField* password = namedChild<PasswordField>(dialog, "passwordField");
    auto* passwordHint = password->findChild<FieldHint*>(QStringLiteral("passwordHint"));
    auto* strengthLabel = password->findChild<QLabel*>(QStringLiteral("strengthLabel"));
    auto* strengthBar = password->findChild<QProgressBar*>(QStringLiteral("strengthBar"));
    QVERIFY(passwordHint);
    QVERIFY(strengthLabel);
    QVERIFY(strengthBar);
    QTest::keyClicks(password->passwordEdit(), QStringLiteral("abc"));
    QVERIFY(!passwordHint->isShowingError()); // too short is fixable by typing on: not an error yet
    QCOMPARE(passwordHint->text(), rules.checkPassword(QStringLiteral("abc")).message);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(password->passwordEdit(), QStringLiteral("Def12 "));
    QVERIFY(passwordHint->isShowingError()); // a space is never allowed
    QVERIFY(!ok->isEnabled());
    QTest::keyClick(password->passwordEdit(), Qt::Key_Backspace);
    QTest::keyClicks(password->passwordEdit(), QStringLiteral("!x"));
    QVERIFY(password->passwordCheck().isValid());
    QVERIFY(passwordHint->text().isEmpty());
    QVERIFY(!strengthLabel->text().isEmpty());
    QVERIFY(strengthBar->value() > 0);
    QVERIFY(!ok->isEnabled()); // not confirmed yet

    QTest::keyClicks(namedChild<QLineEdit>(password, "confirmationEdit"), QStringLiteral("abcDef12!x"));
    QVERIFY(ok->isEnabled());

    QTest::keyClicks(namedChild<QLineEdit>(dialog, "descriptionEdit"), QStringLiteral("http://x"));
    QVERIFY(namedChild<FieldHint>(dialog, "descriptionHint")->isShowingError());
    QVERIFY(!ok->isEnabled());
    retype(namedChild<QLineEdit>(dialog, "descriptionEdit"), QStringLiteral("cache_reader"));
    QVERIFY(!namedChild<FieldHint>(dialog, "descriptionHint")->isShowingError());
    QVERIFY(ok->isEnabled());

    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(service.calls.size(), 1);
    QCOMPARE(service.lastCall().method(), QStringLiteral("CreateAccount"));
    const AccountDraft draft = service.lastCall().as<CreateAccountWrite>().draft;
    QCOMPARE(draft.name, QStringLiteral("app-user"));
    QCOMPARE(draft.password, QStringLiteral("abcDef12!x"));
    QCOMPARE(draft.description, QStringLiteral("cache_reader"));
    QCOMPARE(draft.redisPrivilege, QStringLiteral("RoleReadWrite"));
    QVERIFY(dialog.isBusy());
    QVERIFY(!dialog.findChild<QWidget*>(QStringLiteral("form"))->isEnabled());
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.findChild<QProgressBar*>(QStringLiteral("busyBar"))->isVisible());

    QSignalSpy succeeded(&dialog, &OperationDialog::operationSucceeded);
    service.succeedLast(QStringLiteral("REQ-CREATE-1"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(succeeded.size(), 1);
    QCOMPARE(succeeded.at(0).at(0).toString(), QStringLiteral("REQ-CREATE-1"));
    QVERIFY(!dialog.isVisible());
}

void TstCreateAccountDialog::createRdsGrantsDatabasesAndGenerates()
{
    FakeAccountService service;
    CreateAccountDialog dialog(&service, mysqlInstance(), 1);
    dialog.show();
    QVERIFY(namedChild<QComboBox>(dialog, "typeCombo"));
    QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("roleCombo")));
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "nameEdit"), QStringLiteral("app_"));
    // A trailing underscore may still be followed by more.
    QVERIFY(!namedChild<FieldHint>(dialog, "nameHint")->isShowingError());
    QVERIFY(!namedChild<FieldHint>(dialog, "nameHint")->text().isEmpty());
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "nameEdit"), QStringLiteral("user"));
    QVERIFY(namedChild<FieldHint>(dialog, "nameHint")->text().isEmpty());

    DatabaseGrantTable* grants = namedChild<DatabaseGrantTable>(dialog, "databaseGrantTable");
    QCOMPARE(grants->rowCount(), 2);
    QVERIFY(!grants->privilegeCombo(QStringLiteral("db1"))->isEnabled());
    grants->setChecked(QStringLiteral("db1"), true);
    QVERIFY(grants->privilegeCombo(QStringLiteral("db1"))->isEnabled());
    grants->setPrivilege(QStringLiteral("db1"), QStringLiteral("ReadOnly"));

    // Ctrl+G generates a password that meets the engine's rules, shows it and fills the confirmation.
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    namedChild<PasswordField>(dialog, "passwordField")->passwordEdit()->setFocus();
    QTest::keyClick(namedChild<PasswordField>(dialog, "passwordField")->passwordEdit(), Qt::Key_G, Qt::ControlModifier);
    const QString generated = namedChild<PasswordField>(dialog, "passwordField")->password();
    QCOMPARE(generated.size(), PasswordGenerator::DefaultLength);
    QVERIFY(namedChild<PasswordField>(dialog, "passwordField")->passwordEdit()->echoMode() == QLineEdit::Normal);
    QVERIFY(namedChild<PasswordField>(dialog, "passwordField")->isValid());
    QVERIFY(dialog.okButton()->isEnabled());

    chooseData(namedChild<QComboBox>(dialog, "typeCombo"), QStringLiteral("Super"));
    QVERIFY(!grants->isEnabled());
    QVERIFY(dialog.draft().grants.isEmpty());
    chooseData(namedChild<QComboBox>(dialog, "typeCombo"), QStringLiteral("Normal"));
    QVERIFY(grants->isEnabled());

    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    const AccountDraft draft = service.lastCall().as<CreateAccountWrite>().draft;
    QCOMPARE(draft.type, QStringLiteral("Normal"));
    QCOMPARE(draft.password, generated);
    QCOMPARE(draft.grants, QList<DatabasePrivilege>({ { QStringLiteral("db1"), QStringLiteral("ReadOnly"), {} } }));
    QVERIFY(draft.redisPrivilege.isEmpty());
}

void TstCreateAccountDialog::createRejectsReservedNamesFromTheService()
{
    FakeAccountService service;
    service.reservedNames = { QStringLiteral("shopadmin") };
    CreateAccountDialog dialog(&service, mysqlInstance(), 0);
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "nameEdit"), QStringLiteral("shopadmin"));
    QVERIFY(namedChild<FieldHint>(dialog, "nameHint")->isShowingError());
    QVERIFY(namedChild<FieldHint>(dialog, "nameHint")->text().contains(QStringLiteral("reserved")));
}

void TstCreateAccountDialog::createAtQuotaExplainsAndStaysDisabled()
{
    FakeAccountService service;
    CreateAccountDialog dialog(&service, redisInstance(), 20);
    dialog.show();
    QVERIFY(dialog.errorBanner()->isVisible());
    QVERIFY(!dialog.errorBanner()->findChild<QLabel*>(QStringLiteral("errorText"))->text().isEmpty());
    fillValidRedisForm(dialog);
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.submit();
    QVERIFY(service.calls.isEmpty());
}

void TstCreateAccountDialog::copyRoleDisabledOnCluster()
{
    FakeAccountService service;
    CreateAccountDialog cluster(&service, redisInstance(Architecture::Cluster), 1);
    QComboBox* role = namedChild<QComboBox>(cluster, "roleCombo");
    const int copy = role->findData(QStringLiteral("RoleRepl"));
    QVERIFY(copy >= 0);
    auto* model = qobject_cast<QStandardItemModel*>(role->model());
    QVERIFY(!model->item(copy)->isEnabled());
    QVERIFY(!role->itemData(copy, Qt::ToolTipRole).toString().isEmpty());

    CreateAccountDialog standard(&service, redisInstance(), 1);
    auto* standardModel = qobject_cast<QStandardItemModel*>(namedChild<QComboBox>(standard, "roleCombo")->model());
    QVERIFY(standardModel->item(namedChild<QComboBox>(standard, "roleCombo")->findData(QStringLiteral("RoleRepl")))
                ->isEnabled());
}

void TstCreateAccountDialog::failedCallKeepsEveryFieldAndShowsCodeAndRequestId()
{
    FakeAccountService service;
    CreateAccountDialog dialog(&service, redisInstance(), 3);
    dialog.show();
    fillValidRedisForm(dialog);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    service.failLast(FakeAccountService::error(ServiceError::Category::Conflict,
        400,
        QStringLiteral("InvalidAccountName.Duplicate"),
        QStringLiteral("REQ-42")));

    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isBusy());
    QCOMPARE(namedChild<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("app-user"));
    QCOMPARE(namedChild<PasswordField>(dialog, "passwordField")->password(), QStringLiteral("abcDef12!x"));
    QCOMPARE(namedChild<QLineEdit>(dialog, "confirmationEdit")->text(), QStringLiteral("abcDef12!x"));
    QCOMPARE(namedChild<QLineEdit>(dialog, "descriptionEdit")->text(), QStringLiteral("cache_reader"));
    QVERIFY(dialog.findChild<QWidget*>(QStringLiteral("form"))->isEnabled());
    QVERIFY(dialog.okButton()->isEnabled());

    ErrorBanner* banner = dialog.errorBanner();
    QVERIFY(banner->isVisible());
    const QString details = banner->findChild<QLabel*>(QStringLiteral("errorDetails"))->text();
    QVERIFY2(details.contains(QStringLiteral("InvalidAccountName.Duplicate")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("REQ-42")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("400")), qPrintable(details));
    QVERIFY(!banner->findChild<QLabel*>(QStringLiteral("errorText"))->text().isEmpty());
    // A conflict does not go away by sending it again.
    QVERIFY(!namedChild<QPushButton>(banner, "retryButton")->isVisible());
    QTest::mouseClick(namedChild<QPushButton>(banner, "copyErrorButton"), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("REQ-42")));
}

void TstCreateAccountDialog::retryResendsWhenSafe()
{
    FakeAccountService service;
    CreateAccountDialog dialog(&service, redisInstance(), 3);
    dialog.show();
    fillValidRedisForm(dialog);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    service.failLast(FakeAccountService::error(
        ServiceError::Category::Throttled, 429, QStringLiteral("Throttling.User"), QStringLiteral("REQ-T")));
    QPushButton* retry = namedChild<QPushButton>(dialog.errorBanner(), "retryButton");
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(service.calls.size(), 2);
    QCOMPARE(service.lastCall().as<CreateAccountWrite>().draft.name, QStringLiteral("app-user"));
    QCOMPARE(service.lastCall().as<CreateAccountWrite>().draft.password, QStringLiteral("abcDef12!x"));
    QVERIFY(!dialog.errorBanner()->isVisible());
    service.succeedLast();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TstCreateAccountDialog::cancelButtonCancelsAndKeepsTheDialog()
{
    FakeAccountService service;
    CreateAccountDialog dialog(&service, redisInstance(), 3);
    dialog.show();
    fillValidRedisForm(dialog);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(dialog.cancelButton()->isEnabled());
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QCOMPARE(service.cancelRequests, 1);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isBusy());
    QCOMPARE(namedChild<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("app-user"));
    QVERIFY(dialog.errorBanner()->isVisible());
    QVERIFY(namedChild<QLabel>(dialog.errorBanner(), "errorText")->text().contains(QLatin1String("cancelled")));
    QVERIFY(dialog.okButton()->isEnabled());
}

void TstCreateAccountDialog::closingCancelsTheCall()
{
    FakeAccountService service;
    CreateAccountDialog dialog(&service, redisInstance(), 3);
    dialog.show();
    fillValidRedisForm(dialog);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(service.lastIsOpen());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(service.cancelRequests, 1);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TstCreateAccountDialog)
#include "tst_createaccountdialog.moc"
