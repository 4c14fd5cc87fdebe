// Drives the real account dialogs with QTest key and mouse events against FakeAccountService: live hints and the
// OK button at every step, failures that keep the input, Retry, Cancel, the clipboard countdown, typed-name
// delete, the SomeObjectsDependOnAccount path, the UTC expiry and the MessageBox seam.
#include "AccountHeader.h"
#include "AccountRules.h"
#include "ClipboardGuard.h"
#include "CreateAccountDialog.h"
#include "DatabaseGrantTable.h"
#include "DeleteAccountDialog.h"
#include "EditDescriptionDialog.h"
#include "ErrorBanner.h"
#include "FakeAccountService.h"
#include "FieldHint.h"
#include "MessageBox.h"
#include "ModifyPrivilegesDialog.h"
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

namespace {

Instance redisInstance(Architecture architecture = Architecture::Standard)
{
    Instance i;
    i.id = QStringLiteral("r-bp1demo");
    i.regionId = QStringLiteral("cn-hangzhou");
    i.product = Product::Redis;
    i.engine = Engine::Redis;
    i.engineVersion = QStringLiteral("5.0");
    i.architecture = architecture;
    i.status = QStringLiteral("Running");
    return i;
}

Instance mysqlInstance()
{
    Instance i;
    i.id = QStringLiteral("rm-bp1demo");
    i.regionId = QStringLiteral("cn-hangzhou");
    i.product = Product::Rds;
    i.engine = Engine::MySQL;
    i.engineVersion = QStringLiteral("8.0");
    i.status = QStringLiteral("Running");
    i.databases = { Database { QStringLiteral("db1"), QStringLiteral("Running"), {}, {} },
        Database { QStringLiteral("db2"), QStringLiteral("Running"), {}, {} } };
    return i;
}

Account mysqlAccount(const QString& type = QStringLiteral("Normal"))
{
    Account a;
    a.instanceId = QStringLiteral("rm-bp1demo");
    a.name = QStringLiteral("app_user");
    a.type = type;
    a.status = QStringLiteral("Available");
    a.description = QStringLiteral("Shop backend");
    a.privileges = { DatabasePrivilege { QStringLiteral("db1"), QStringLiteral("ReadWrite"), {} } };
    return a;
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Fills the Redis create dialog with a valid form.
void fillValidRedisForm(CreateAccountDialog& dialog)
{
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("app-user"));
    QTest::keyClicks(dialog.passwordField()->passwordEdit(), QStringLiteral("abcDef12!x"));
    QTest::keyClicks(dialog.passwordField()->confirmationEdit(), QStringLiteral("abcDef12!x"));
    QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral("cache_reader"));
}

} // namespace

class TstDialogs : public QObject
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
    void destroyingWhileBusyCancels();
    void passwordConfirmationIsPrefixAware();
    void capsLockWarning();
    void resetPasswordCopyClearsTheClipboard();
    void resetPasswordLeavesSomeoneElsesClipboard();
    void resetPasswordClearNowAndHandover();
    void modifyPrivilegesGrantsAndRevokesInOneGo();
    void modifyRedisRole();
    void editDescriptionRequiresAChange();
    void deleteRequiresTheTypedName();
    void deleteRevokesThenDeletesWhenObjectsDepend();
    void resetPrivilegedAccountNeedsConfirmation();
    void operatorPermissionRefusesPastDates();
    void operatorPermissionShowsTheRemainingTime();
    void operatorPermissionRevoke();
    void messageBoxSeamAnswersWithoutAHuman();
    void fieldHintErrorColourFollowsDarkPalette();
};

void TstDialogs::init()
{
    QGuiApplication::clipboard()->clear();
}

void TstDialogs::createRedisValidatesEveryStep()
{
    FakeAccountService service;
    CreateAccountDialog dialog(&service, redisInstance(), 3);
    dialog.show();
    const AccountRules rules(Engine::Redis);
    FieldHint* nameHint = dialog.nameHint();
    QPushButton* ok = dialog.okButton();
    QVERIFY(!ok->isEnabled());
    QVERIFY(nameHint->text().isEmpty());

    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("1abc"));
    QVERIFY(nameHint->isShowingError());
    QCOMPARE(nameHint->text(), rules.checkName(QStringLiteral("1abc")).message);
    QVERIFY(nameHint->text().contains(QStringLiteral("lowercase letter")));
    QVERIFY(!ok->isEnabled());

    retype(dialog.nameEdit(), QStringLiteral("appUser"));
    QVERIFY(nameHint->isShowingError());
    QVERIFY(nameHint->text().contains(QStringLiteral("uppercase")));
    QVERIFY(!ok->isEnabled());

    retype(dialog.nameEdit(), QStringLiteral("admin")); // a reserved word of the Redis seed
    QVERIFY(nameHint->isShowingError());
    QVERIFY(nameHint->text().contains(QStringLiteral("reserved")));

    retype(dialog.nameEdit(), QStringLiteral("app-user"));
    QVERIFY(!nameHint->isShowingError());
    QVERIFY(nameHint->text().isEmpty());
    QVERIFY(!ok->isEnabled()); // no password yet

    PasswordField* password = dialog.passwordField();
    QTest::keyClicks(password->passwordEdit(), QStringLiteral("abc"));
    QVERIFY(!password->passwordHint()->isShowingError()); // too short is fixable by typing on: not an error yet
    QCOMPARE(password->passwordHint()->text(), rules.checkPassword(QStringLiteral("abc")).message);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(password->passwordEdit(), QStringLiteral("Def12 "));
    QVERIFY(password->passwordHint()->isShowingError()); // a space is never allowed
    QVERIFY(!ok->isEnabled());
    QTest::keyClick(password->passwordEdit(), Qt::Key_Backspace);
    QTest::keyClicks(password->passwordEdit(), QStringLiteral("!x"));
    QVERIFY(password->passwordCheck().isValid());
    QVERIFY(password->passwordHint()->text().isEmpty());
    QVERIFY(!password->strengthLabel()->text().isEmpty());
    QVERIFY(password->strengthBar()->value() > 0);
    QVERIFY(!ok->isEnabled()); // not confirmed yet

    QTest::keyClicks(password->confirmationEdit(), QStringLiteral("abcDef12!x"));
    QVERIFY(ok->isEnabled());

    QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral("http://x"));
    QVERIFY(dialog.descriptionHint()->isShowingError());
    QVERIFY(!ok->isEnabled());
    retype(dialog.descriptionEdit(), QStringLiteral("cache_reader"));
    QVERIFY(!dialog.descriptionHint()->isShowingError());
    QVERIFY(ok->isEnabled());

    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(service.calls.size(), 1);
    const FakeAccountService::Call& call = service.lastCall();
    QCOMPARE(call.method, QStringLiteral("CreateAccount"));
    QCOMPARE(call.draft.name, QStringLiteral("app-user"));
    QCOMPARE(call.draft.password, QStringLiteral("abcDef12!x"));
    QCOMPARE(call.draft.description, QStringLiteral("cache_reader"));
    QCOMPARE(call.draft.redisPrivilege, QStringLiteral("RoleReadWrite"));
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

void TstDialogs::createRdsGrantsDatabasesAndGenerates()
{
    FakeAccountService service;
    CreateAccountDialog dialog(&service, mysqlInstance(), 1);
    dialog.show();
    QVERIFY(dialog.typeCombo());
    QVERIFY(!dialog.roleCombo());
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("app_"));
    QVERIFY(!dialog.nameHint()->isShowingError()); // a trailing underscore may still be followed by more
    QVERIFY(!dialog.nameHint()->text().isEmpty());
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("user"));
    QVERIFY(dialog.nameHint()->text().isEmpty());

    DatabaseGrantTable* grants = dialog.grantTable();
    QCOMPARE(grants->rowCount(), 2);
    QVERIFY(!grants->privilegeCombo(QStringLiteral("db1"))->isEnabled());
    grants->setChecked(QStringLiteral("db1"), true);
    QVERIFY(grants->privilegeCombo(QStringLiteral("db1"))->isEnabled());
    grants->setPrivilege(QStringLiteral("db1"), QStringLiteral("ReadOnly"));

    // Ctrl+G generates a password that meets the engine's rules, shows it and fills the confirmation.
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.passwordField()->passwordEdit()->setFocus();
    QTest::keyClick(dialog.passwordField()->passwordEdit(), Qt::Key_G, Qt::ControlModifier);
    const QString generated = dialog.passwordField()->password();
    QCOMPARE(generated.size(), PasswordGenerator::DefaultLength);
    QVERIFY(dialog.passwordField()->isPasswordVisible());
    QVERIFY(dialog.passwordField()->isValid());
    QVERIFY(dialog.okButton()->isEnabled());

    dialog.typeCombo()->setCurrentIndex(dialog.typeCombo()->findData(QStringLiteral("Super")));
    QVERIFY(!grants->isEnabled());
    QVERIFY(dialog.draft().grants.isEmpty());
    dialog.typeCombo()->setCurrentIndex(dialog.typeCombo()->findData(QStringLiteral("Normal")));
    QVERIFY(grants->isEnabled());

    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    const AccountDraft draft = service.lastCall().draft;
    QCOMPARE(draft.type, QStringLiteral("Normal"));
    QCOMPARE(draft.password, generated);
    QCOMPARE(draft.grants.size(), 1);
    QCOMPARE(draft.grants.at(0).dbName, QStringLiteral("db1"));
    QCOMPARE(draft.grants.at(0).privilege, QStringLiteral("ReadOnly"));
    QVERIFY(draft.redisPrivilege.isEmpty());
}

void TstDialogs::createRejectsReservedNamesFromTheService()
{
    FakeAccountService service;
    service.reservedNames = { QStringLiteral("shopadmin") };
    CreateAccountDialog dialog(&service, mysqlInstance(), 0);
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("shopadmin"));
    QVERIFY(dialog.nameHint()->isShowingError());
    QVERIFY(dialog.nameHint()->text().contains(QStringLiteral("reserved")));
}

void TstDialogs::createAtQuotaExplainsAndStaysDisabled()
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

void TstDialogs::copyRoleDisabledOnCluster()
{
    FakeAccountService service;
    CreateAccountDialog cluster(&service, redisInstance(Architecture::Cluster), 1);
    QComboBox* role = cluster.roleCombo();
    const int copy = role->findData(QStringLiteral("RoleRepl"));
    QVERIFY(copy >= 0);
    auto* model = qobject_cast<QStandardItemModel*>(role->model());
    QVERIFY(!model->item(copy)->isEnabled());
    QVERIFY(!role->itemData(copy, Qt::ToolTipRole).toString().isEmpty());

    CreateAccountDialog standard(&service, redisInstance(), 1);
    auto* standardModel = qobject_cast<QStandardItemModel*>(standard.roleCombo()->model());
    QVERIFY(standardModel->item(standard.roleCombo()->findData(QStringLiteral("RoleRepl")))->isEnabled());
}

void TstDialogs::failedCallKeepsEveryFieldAndShowsCodeAndRequestId()
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
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("app-user"));
    QCOMPARE(dialog.passwordField()->password(), QStringLiteral("abcDef12!x"));
    QCOMPARE(dialog.passwordField()->confirmation(), QStringLiteral("abcDef12!x"));
    QCOMPARE(dialog.descriptionEdit()->text(), QStringLiteral("cache_reader"));
    QVERIFY(dialog.findChild<QWidget*>(QStringLiteral("form"))->isEnabled());
    QVERIFY(dialog.okButton()->isEnabled());

    ErrorBanner* banner = dialog.errorBanner();
    QVERIFY(banner->isVisible());
    const QString details = banner->findChild<QLabel*>(QStringLiteral("errorDetails"))->text();
    QVERIFY2(details.contains(QStringLiteral("InvalidAccountName.Duplicate")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("REQ-42")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("400")), qPrintable(details));
    QVERIFY(!banner->findChild<QLabel*>(QStringLiteral("errorText"))->text().isEmpty());
    QVERIFY(!banner->retryButton()->isVisible()); // a conflict does not go away by sending it again
    QTest::mouseClick(banner->copyButton(), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("REQ-42")));
}

void TstDialogs::retryResendsWhenSafe()
{
    FakeAccountService service;
    CreateAccountDialog dialog(&service, redisInstance(), 3);
    dialog.show();
    fillValidRedisForm(dialog);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    service.failLast(FakeAccountService::error(
        ServiceError::Category::Throttled, 429, QStringLiteral("Throttling.User"), QStringLiteral("REQ-T")));
    QPushButton* retry = dialog.errorBanner()->retryButton();
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(service.calls.size(), 2);
    QCOMPARE(service.lastCall().draft.name, QStringLiteral("app-user"));
    QCOMPARE(service.lastCall().draft.password, QStringLiteral("abcDef12!x"));
    QVERIFY(!dialog.errorBanner()->isVisible());
    service.succeedLast();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TstDialogs::cancelButtonCancelsAndKeepsTheDialog()
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
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("app-user"));
    QVERIFY(dialog.errorBanner()->isVisible());
    QCOMPARE(dialog.errorBanner()->error().category, ServiceError::Category::Cancelled);
    QVERIFY(dialog.okButton()->isEnabled());
}

void TstDialogs::closingCancelsTheCall()
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

void TstDialogs::destroyingWhileBusyCancels()
{
    FakeAccountService service;
    auto* dialog = new EditDescriptionDialog(&service, mysqlInstance(), mysqlAccount());
    retype(dialog->descriptionEdit(), QStringLiteral("Billing service"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(service.lastIsOpen());
    delete dialog;
    QCOMPARE(service.cancelRequests, 1);
}

void TstDialogs::passwordConfirmationIsPrefixAware()
{
    PasswordField field(RuleTable::forEngine(Engine::MySQL));
    QTest::keyClicks(field.passwordEdit(), QStringLiteral("abcDef12!x"));
    QTest::keyClicks(field.confirmationEdit(), QStringLiteral("abcD"));
    QVERIFY(!field.confirmationHint()->isShowingError());
    QVERIFY(!field.confirmationHint()->text().isEmpty());
    QVERIFY(!field.isValid());
    QTest::keyClicks(field.confirmationEdit(), QStringLiteral("X"));
    QVERIFY(field.confirmationHint()->isShowingError());
    QTest::keyClick(field.confirmationEdit(), Qt::Key_Backspace);
    QTest::keyClicks(field.confirmationEdit(), QStringLiteral("ef12!x"));
    QVERIFY(field.isValid());
    QVERIFY(field.confirmationHint()->text().isEmpty());

    // Shown: the confirmation is hidden and follows the password.
    field.show();
    field.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&field));
    field.passwordEdit()->setFocus();
    QTest::keyClick(field.passwordEdit(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(field.isPasswordVisible());
    QVERIFY(!field.confirmationEdit()->isVisible());
    QTest::keyClicks(field.passwordEdit(), QStringLiteral("Z"));
    QCOMPARE(field.confirmation(), field.password());
    QVERIFY(field.isValid());
}

void TstDialogs::capsLockWarning()
{
    PasswordField field(RuleTable::forEngine(Engine::MySQL));
    field.show();
    QVERIFY(!field.capsLockWarning()->isVisible());
    QTest::keyClick(field.passwordEdit(), Qt::Key_A, Qt::NoModifier, 0);
    QTest::keyClicks(field.passwordEdit(), QStringLiteral("A")); // uppercase without Shift: Caps Lock
    QVERIFY(field.capsLockWarning()->isVisible());
    QTest::keyClicks(field.passwordEdit(), QStringLiteral("b"));
    QVERIFY(!field.capsLockWarning()->isVisible());
}

void TstDialogs::resetPasswordCopyClearsTheClipboard()
{
    FakeAccountService service;
    ResetPasswordDialog dialog(&service, mysqlInstance(), mysqlAccount());
    dialog.show();
    QCOMPARE(dialog.header()->accountText(), QStringLiteral("app_user"));
    QVERIFY(dialog.header()->instanceText().contains(QStringLiteral("rm-bp1demo")));
    QVERIFY(!dialog.copyButton()->isEnabled());
    dialog.clipboardGuard()->setTimeout(400ms);
    QTest::mouseClick(dialog.findChild<QToolButton*>(QStringLiteral("generateButton")), Qt::LeftButton);
    const QString password = dialog.passwordField()->password();
    QVERIFY(!password.isEmpty());
    QVERIFY(dialog.copyButton()->isEnabled());

    QSignalSpy cleared(dialog.clipboardGuard(), &ClipboardGuard::cleared);
    QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
    QClipboard* clipboard = QGuiApplication::clipboard();
    QCOMPARE(clipboard->text(), password);
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    QVERIFY(dialog.countdownLabel()->text().contains(QStringLiteral("Clipboard clears in")));
    QVERIFY(dialog.clearButton()->isEnabled());

    QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, 3000);
    QCOMPARE(cleared.at(0).at(0).toBool(), true);
    QVERIFY(clipboard->text().isEmpty());
    QVERIFY(dialog.countdownLabel()->text().isEmpty());
    QVERIFY(!dialog.clearButton()->isEnabled());
}

void TstDialogs::resetPasswordLeavesSomeoneElsesClipboard()
{
    FakeAccountService service;
    ResetPasswordDialog dialog(&service, mysqlInstance(), mysqlAccount());
    dialog.clipboardGuard()->setTimeout(300ms);
    dialog.passwordField()->setPassword(QStringLiteral("abcDef12!x"));
    QSignalSpy cleared(dialog.clipboardGuard(), &ClipboardGuard::cleared);
    dialog.copyPassword();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("abcDef12!x"));
    QGuiApplication::clipboard()->setText(QStringLiteral("the user's own text"));
    QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, 3000);
    QCOMPARE(cleared.at(0).at(0).toBool(), false);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own text"));
}

void TstDialogs::resetPasswordClearNowAndHandover()
{
    FakeAccountService service;
    ResetPasswordDialog dialog(&service, mysqlInstance(), mysqlAccount());
    dialog.show();
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.passwordField()->passwordEdit(), QStringLiteral("abcDef12!x"));
    QVERIFY(!dialog.okButton()->isEnabled()); // not confirmed
    QTest::keyClicks(dialog.passwordField()->confirmationEdit(), QStringLiteral("abcDef12!x"));
    QVERIFY(dialog.okButton()->isEnabled());

    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(service.lastCall().method, QStringLiteral("ResetAccountPassword"));
    QCOMPARE(service.lastCall().account, QStringLiteral("app_user"));
    QCOMPARE(service.lastCall().password, QStringLiteral("abcDef12!x"));
    service.succeedLast(QStringLiteral("REQ-RESET"));

    // Stays open for the handover: password kept (read-only), Copy still there, OK gone, Cancel is Close.
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.isDone());
    QVERIFY(dialog.doneLabel()->isVisible());
    QVERIFY(dialog.doneLabel()->text().contains(QStringLiteral("REQ-RESET")));
    QVERIFY(dialog.passwordField()->passwordEdit()->isReadOnly());
    QCOMPARE(dialog.passwordField()->password(), QStringLiteral("abcDef12!x"));
    QVERIFY(!dialog.okButton()->isVisible());
    QVERIFY(dialog.copyButton()->isEnabled());

    QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("abcDef12!x"));
    QTest::mouseClick(dialog.clearButton(), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!dialog.clipboardGuard()->isActive());

    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TstDialogs::modifyPrivilegesGrantsAndRevokesInOneGo()
{
    FakeAccountService service;
    ModifyPrivilegesDialog dialog(&service, mysqlInstance(), mysqlAccount());
    dialog.show();
    QVERIFY(!dialog.okButton()->isEnabled());
    DatabaseGrantTable* table = dialog.grantTable();
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
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("db1")));

    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    const PrivilegeChange change = service.lastCall().change;
    QCOMPARE(change.revokes, QStringList { QStringLiteral("db1") });
    QCOMPARE(change.grants.size(), 1);
    QCOMPARE(change.grants.at(0).dbName, QStringLiteral("db2"));
    QCOMPARE(change.grants.at(0).privilege, QStringLiteral("DMLOnly"));
    QVERIFY(change.redisPrivilege.isEmpty());
}

void TstDialogs::modifyRedisRole()
{
    FakeAccountService service;
    Account account;
    account.instanceId = QStringLiteral("r-bp1demo");
    account.name = QStringLiteral("reader");
    account.status = QStringLiteral("Available");
    account.privileges = { DatabasePrivilege { {}, QStringLiteral("RoleReadOnly"), {} } };
    ModifyPrivilegesDialog dialog(&service, redisInstance(), account);
    QCOMPARE(dialog.roleCombo()->currentData().toString(), QStringLiteral("RoleReadOnly"));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.roleCombo()->setCurrentIndex(dialog.roleCombo()->findData(QStringLiteral("RoleReadWrite")));
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(service.lastCall().change.redisPrivilege, QStringLiteral("RoleReadWrite"));

    // The default account's privileges cannot change.
    account.name = QStringLiteral("r-bp1demo");
    ModifyPrivilegesDialog defaultAccount(&service, redisInstance(), account);
    defaultAccount.roleCombo()->setCurrentIndex(1);
    QVERIFY(!defaultAccount.okButton()->isEnabled());
}

void TstDialogs::editDescriptionRequiresAChange()
{
    FakeAccountService service;
    EditDescriptionDialog dialog(&service, mysqlInstance(), mysqlAccount());
    dialog.show();
    QCOMPARE(dialog.descriptionEdit()->text(), QStringLiteral("Shop backend"));
    QVERIFY(!dialog.okButton()->isEnabled());
    // The hint must not call the description optional here: the API needs one.
    QStringList rules;
    for (const FieldHint* hint : dialog.findChildren<FieldHint*>())
        rules.append(hint->ruleText());
    QVERIFY2(rules.contains(AccountRules(Engine::MySQL).descriptionRuleText(true)), qPrintable(rules.join(u'|')));
    QVERIFY(!rules.join(u'|').contains(QStringLiteral("Optional")));
    retype(dialog.descriptionEdit(), QStringLiteral("1 backend"));
    QVERIFY(dialog.descriptionHint()->isShowingError());
    QVERIFY(!dialog.okButton()->isEnabled());
    retype(dialog.descriptionEdit(), QString());
    QVERIFY(!dialog.okButton()->isEnabled()); // the API needs a description
    dialog.descriptionEdit()->insert(QStringLiteral("订单服务")); // QTest types ASCII only
    QVERIFY(!dialog.descriptionHint()->isShowingError());
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(service.lastCall().description, QStringLiteral("订单服务"));
}

void TstDialogs::deleteRequiresTheTypedName()
{
    FakeAccountService service;
    DeleteAccountDialog dialog(&service, mysqlInstance(), mysqlAccount());
    dialog.show();
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.confirmationEdit(), QStringLiteral("app_use"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.confirmationEdit(), QStringLiteral("rr"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClick(dialog.confirmationEdit(), Qt::Key_Backspace);
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::keyClick(dialog.confirmationEdit(), Qt::Key_Return); // Enter presses the default button
    QCOMPARE(service.calls.size(), 1);
    QCOMPARE(service.lastCall().method, QStringLiteral("DeleteAccount"));
    QCOMPARE(service.lastCall().account, QStringLiteral("app_user"));
    service.succeedLast();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TstDialogs::deleteRevokesThenDeletesWhenObjectsDepend()
{
    FakeAccountService service;
    DeleteAccountDialog dialog(&service, mysqlInstance(), mysqlAccount());
    dialog.show();
    QVERIFY(!dialog.revokeThenDeleteButton()->isVisible());
    QTest::keyClicks(dialog.confirmationEdit(), QStringLiteral("app_user"));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    service.failLast(FakeAccountService::error(
        ServiceError::Category::Conflict, 400, QStringLiteral("SomeObjectsDependOnAccount"), QStringLiteral("REQ-D")));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.dependencyLabel()->isVisible());
    QVERIFY(dialog.revokeThenDeleteButton()->isVisible());
    QVERIFY(dialog.revokeThenDeleteButton()->isEnabled());
    QVERIFY(dialog.errorBanner()->detailsText().contains(QStringLiteral("REQ-D")));

    QTest::mouseClick(dialog.revokeThenDeleteButton(), Qt::LeftButton);
    QCOMPARE(service.calls.size(), 2);
    QCOMPARE(service.lastCall().method, QStringLiteral("ModifyPrivileges"));
    QCOMPARE(service.lastCall().change.revokes, QStringList { QStringLiteral("db1") });
    QVERIFY(service.lastCall().change.grants.isEmpty());
    QVERIFY(dialog.isBusy());
    service.succeedLast(QStringLiteral("REQ-REVOKE"));
    QCOMPARE(service.calls.size(), 3);
    QCOMPARE(service.lastCall().method, QStringLiteral("DeleteAccount"));
    QVERIFY(dialog.isVisible());
    service.succeedLast(QStringLiteral("REQ-DELETE"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.lastRequestId(), QStringLiteral("REQ-DELETE"));
}

void TstDialogs::resetPrivilegedAccountNeedsConfirmation()
{
    FakeAccountService service;
    ResetPrivilegedAccountDialog dialog(&service, mysqlInstance(), mysqlAccount(QStringLiteral("Super")));
    dialog.show();
    QVERIFY(dialog.explanationLabel()->text().contains(QStringLiteral("app_user")));
    dialog.passwordField()->setPassword(QStringLiteral("abcDef12!x"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.understoodCheck(), Qt::LeftButton);
    QVERIFY(dialog.understoodCheck()->isChecked());
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(service.lastCall().method, QStringLiteral("ResetAccount"));
    QCOMPARE(service.lastCall().password, QStringLiteral("abcDef12!x"));

    // A Normal account is no privileged account: explained, and OK stays off.
    ResetPrivilegedAccountDialog normal(&service, mysqlInstance(), mysqlAccount());
    normal.passwordField()->setPassword(QStringLiteral("abcDef12!x"));
    normal.understoodCheck()->setChecked(true);
    QVERIFY(!normal.okButton()->isEnabled());
}

void TstDialogs::operatorPermissionRefusesPastDates()
{
    FakeAccountService service;
    OperatorPermissionDialog dialog(&service, mysqlInstance());
    dialog.show();
    QCOMPARE(dialog.expiryEdit()->timeSpec(), Qt::UTC);
    QVERIFY(dialog.expiryEdit()->displayFormat().contains(QStringLiteral("UTC")));
    QVERIFY(dialog.okButton()->isEnabled()); // tomorrow by default

    dialog.expiryEdit()->setDateTime(QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC));
    QVERIFY(dialog.expiryHint()->isShowingError());
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.submit();
    QVERIFY(service.calls.isEmpty());

    const QDateTime future(QDate::currentDate().addYears(1), QTime(8, 30), Qt::UTC);
    dialog.expiryEdit()->setDateTime(future);
    QVERIFY(!dialog.expiryHint()->isShowingError());
    dialog.privilegeCombo()->setCurrentIndex(dialog.privilegeCombo()->findData(QStringLiteral("Data")));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(service.lastCall().method, QStringLiteral("GrantOperatorPermission"));
    QCOMPARE(service.lastCall().permission.privileges, QStringLiteral("Data"));
    QCOMPARE(service.lastCall().permission.expiredTime, future);
    QCOMPARE(service.lastCall().permission.expiredTime.timeSpec(), Qt::UTC);
}

void TstDialogs::operatorPermissionShowsTheRemainingTime()
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
    dialog.expiryEdit()->setDateTime(QDateTime::currentDateTimeUtc().addDays(3).addSecs(7200));
    QVERIFY2(dialog.remainingLabel()->text().startsWith(QStringLiteral("Access ends in 3 d 2 h")),
        qPrintable(dialog.remainingLabel()->text()));
    dialog.expiryEdit()->setDateTime(QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC));
    QVERIFY(dialog.remainingLabel()->text().isEmpty()); // already past: the hint says so instead
    dialog.revokeRadio()->setChecked(true);
    QVERIFY(dialog.remainingLabel()->text().isEmpty());
}

void TstDialogs::operatorPermissionRevoke()
{
    FakeAccountService service;
    OperatorPermissionDialog dialog(&service, mysqlInstance());
    dialog.show();
    dialog.expiryEdit()->setDateTime(QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC));
    QTest::mouseClick(dialog.revokeRadio(), Qt::LeftButton);
    QVERIFY(dialog.isRevoke());
    QVERIFY(!dialog.expiryEdit()->isEnabled());
    QVERIFY(dialog.okButton()->isEnabled()); // the date does not matter for a revoke
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(service.lastCall().method, QStringLiteral("RevokeOperatorPermission"));
}

void TstDialogs::messageBoxSeamAnswersWithoutAHuman()
{
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QCOMPARE(MessageBox::question(nullptr, QStringLiteral("Lock"), QStringLiteral("Lock app_user?")), QMessageBox::Yes);
    QCOMPARE(MessageBox::lastAnsweredText(), QStringLiteral("Lock app_user?"));

    // The answer is used once: the next box is a real one. Close it from a timer, as a human would.
    bool sawRealBox = false;
    QTimer::singleShot(0, this, [&sawRealBox] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        sawRealBox = box->text() == QStringLiteral("Really?");
        box->button(QMessageBox::No)->click();
    });
    QCOMPARE(MessageBox::question(nullptr, QStringLiteral("Lock"), QStringLiteral("Really?")), QMessageBox::No);
    QVERIFY(sawRealBox);
}

void TstDialogs::fieldHintErrorColourFollowsDarkPalette()
{
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    // The error colour must stand out against the window in both palettes.
    QVERIFY(FieldHint::errorColor(light).lightness() < 128);
    QVERIFY(FieldHint::errorColor(dark).lightness() > 128);

    FieldHint hint;
    hint.setRuleText(QStringLiteral("rule"));
    QCOMPARE(hint.text(), QStringLiteral("rule"));
    hint.setCheck(FieldCheck::intermediate(QStringLiteral("keep typing")));
    QVERIFY(!hint.isShowingError());
    QCOMPARE(hint.palette().color(QPalette::WindowText), FieldHint::mutedColor(hint.palette()));
    hint.setCheck(FieldCheck::invalid(QStringLiteral("broken")));
    QVERIFY(hint.isShowingError());
    QCOMPARE(hint.text(), QStringLiteral("broken"));
    QCOMPARE(hint.palette().color(QPalette::WindowText), FieldHint::errorColor(hint.palette()));
}

QTEST_MAIN(TstDialogs)
#include "tst_dialogs.moc"
