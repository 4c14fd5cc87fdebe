// The real dialogs and main window, driven with QTest, through the real AccountController and OpenAPI client,
// against the real sandbox on loopback.
#include "../ui/NamedChild.h"
#include "AccountActions.h"
#include "AccountController.h"
#include "AccountTableModel.h"
#include "ApiClient.h"
#include "ClipboardGuard.h"
#include "ControllerOnSandbox.h"
#include "CreateAccountDialog.h"
#include "DeleteAccountDialog.h"
#include "ErrorBanner.h"
#include "FieldHint.h"
#include "InstanceTreeModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OperatorPermissionDialog.h"
#include "PasswordField.h"
#include "ResetPasswordDialog.h"
#include "RuleTable.h"
#include "SandboxServer.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {
const QString MySql = QStringLiteral("rm-bp1k8x3n2q7w4e5r6");
const QString Postgres = QStringLiteral("pgm-bp1m3n5b7v9c1x2z");
} // namespace

class TestAccountFlow : public QObject
{
    Q_OBJECT

private:
    ControllerOnSandbox m_app;

    Instance instance(const QString& id) const { return m_app.instance(id); }
    std::optional<Account> account(const QString& instanceId, const QString& name) const
    {
        const int row = m_app.accounts->rowOf(instanceId, name);
        return row < 0 ? std::nullopt : m_app.accounts->accountAt(row);
    }
    void loadAccounts(const QString& instanceId)
    {
        m_app.controller->refreshAccounts(instance(instanceId));
        QTRY_VERIFY(m_app.accounts->accountCount(instanceId) > 0);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        SandboxOptions options;
        options.creatingDelayMs = 400;
        options.rdsLagMs = 400; // a lagging RDS service, so the MySQL account below passes through Creating
        const QString error = m_app.start(options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSignalSpy loaded(m_app.controller.get(), &AccountController::inventoryLoaded);
        m_app.controller->refreshInventory();
        QVERIFY(loaded.wait(10000));
        QVERIFY(m_app.tree->indexOfInstance(MySql).isValid());
    }

    void cleanup() { m_app.stop(); }

    void createdAccountGoesFromCreatingToAvailable()
    {
        CreateAccountDialog dialog(m_app.controller.get(), instance(MySql), 0);
        dialog.show();
        QTest::keyClicks(namedChild<QLineEdit>(dialog, "nameEdit"), QStringLiteral("9lives"));
        QVERIFY(namedChild<FieldHint>(dialog, "nameHint")->isShowingError());
        QVERIFY(!dialog.okButton()->isEnabled());
        namedChild<QLineEdit>(dialog, "nameEdit")->clear();
        QTest::keyClicks(namedChild<QLineEdit>(dialog, "nameEdit"), QStringLiteral("helpdesk_tmp"));
        QVERIFY(!namedChild<FieldHint>(dialog, "nameHint")->isShowingError());
        QVERIFY(!dialog.okButton()->isEnabled()); // no password yet
        QTest::keyClicks(
            namedChild<PasswordField>(dialog, "passwordField")->passwordEdit(), QStringLiteral("Tmp#Pass2026"));
        QTest::keyClicks(namedChild<QLineEdit>(dialog, "confirmationEdit"), QStringLiteral("Tmp#Pass2026"));
        QVERIFY(dialog.okButton()->isEnabled());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
        const std::optional<Account> created = account(MySql, QStringLiteral("helpdesk_tmp"));
        QVERIFY(created);
        QCOMPARE(created->status, QStringLiteral("Creating"));
        QVERIFY(!created->lastRequestId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            account(MySql, QStringLiteral("helpdesk_tmp"))->status, QStringLiteral("Available"), 10000);
    }

    void reservedWordsFallBackToTheBuiltInList()
    {
        // DescribeInstanceKeywords answered: the dialog checks the service's list and says nothing more.
        QTRY_VERIFY(!m_app.controller->reservedAccountNamesAreBuiltIn(instance(MySql)));
        {
            CreateAccountDialog dialog(m_app.controller.get(), instance(MySql), 0);
            QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("reservedWordsNote")));
        }
        // A controller whose DescribeInstanceKeywords fails (the key is refused) falls back to the built-in list
        // kept in models/data, and the dialog says so, instead of checking nothing.
        ApiClient refused;
        refused.setCredentials(Credentials::accessKey(QStringLiteral("nobody"), QStringLiteral("nothing")));
        QVERIFY(refused.endpoints().setOverrides({ { QStringLiteral("rds"), m_app.sandbox->endpoint() } }));
        AccountController offline(&refused, m_app.tree.get(), m_app.accounts.get());
        QVERIFY(offline.reservedAccountNamesAreBuiltIn(instance(MySql)));
        QCOMPARE(offline.reservedAccountNames(instance(MySql)), RuleTable::rdsReservedAccountWords());
        CreateAccountDialog dialog(&offline, instance(MySql), 0);
        dialog.show();
        const auto* note = dialog.findChild<QLabel*>(QStringLiteral("reservedWordsNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("built-in list")));
        QTest::keyClicks(namedChild<QLineEdit>(dialog, "nameEdit"), QStringLiteral("rdsadmin"));
        QVERIFY(namedChild<FieldHint>(dialog, "nameHint")->isShowingError());
        QVERIFY(!dialog.okButton()->isEnabled());
    }

    void operatorPermissionDialogShowsTheCurrentAccessAndItsTimeLeft()
    {
        // The instance reports the service account's access until it lapses; the dialog shows the time left.
        SandboxInstance* mysql = m_app.sandbox->state().findInstance(Product::Rds, MySql);
        mysql->operatorPermission = OperatorPermission { QStringLiteral("Data"),
            QDateTime::currentDateTimeUtc().addDays(2).addSecs(qint64(3) * 3600) };
        {
            OperatorPermissionDialog dialog(m_app.controller.get(), instance(MySql));
            auto* current = dialog.findChild<QLabel*>(QStringLiteral("currentLabel"));
            QVERIFY(current);
            QTRY_VERIFY(current->text().startsWith(QStringLiteral("Current access: Data until")));
            QVERIFY2(current->text().contains(QStringLiteral("Access ends in 2 d 3 h")), qPrintable(current->text()));
        }
        mysql->operatorPermission->expiredTime = QDateTime::currentDateTimeUtc().addSecs(-1); // lapsed
        OperatorPermissionDialog dialog(m_app.controller.get(), instance(MySql));
        auto* current = dialog.findChild<QLabel*>(QStringLiteral("currentLabel"));
        QVERIFY(current);
        QTRY_COMPARE(current->text(), QStringLiteral("The service account has no access to this instance now."));
        QVERIFY(!m_app.sandbox->state().findInstance(Product::Rds, MySql)->operatorPermission);
    }

    void refusedCallKeepsEveryField()
    {
        loadAccounts(MySql);
        CreateAccountDialog dialog(m_app.controller.get(), instance(MySql), m_app.accounts->accountCount(MySql));
        dialog.show();
        // A name the rules accept but the server already has: only the server can refuse it.
        QTest::keyClicks(namedChild<QLineEdit>(dialog, "nameEdit"), QStringLiteral("app_rw"));
        QTest::keyClicks(
            namedChild<PasswordField>(dialog, "passwordField")->passwordEdit(), QStringLiteral("Tmp#Pass2026"));
        QTest::keyClicks(namedChild<QLineEdit>(dialog, "confirmationEdit"), QStringLiteral("Tmp#Pass2026"));
        QTest::keyClicks(namedChild<QLineEdit>(dialog, "descriptionEdit"), QStringLiteral("Second try"));
        QVERIFY(dialog.okButton()->isEnabled());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(dialog.errorBanner(), "errorDetails")->isVisible(), 10000);
        QVERIFY(dialog.isVisible());
        const QString details = namedChild<QLabel>(dialog.errorBanner(), "errorDetails")->text();
        QVERIFY2(details.contains(QLatin1String("HTTP 400")), qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("Code: ")) && details.contains(QLatin1String("Duplicate")),
            qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("RequestId: ")) && !details.contains(QLatin1String("RequestId: none")),
            qPrintable(details));
        QCOMPARE(namedChild<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("app_rw"));
        QCOMPARE(namedChild<PasswordField>(dialog, "passwordField")->password(), QStringLiteral("Tmp#Pass2026"));
        QCOMPARE(namedChild<QLineEdit>(dialog, "confirmationEdit")->text(), QStringLiteral("Tmp#Pass2026"));
        QCOMPARE(namedChild<QLineEdit>(dialog, "descriptionEdit")->text(), QStringLiteral("Second try"));
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void resetPasswordThenClipboardIsCleared()
    {
        loadAccounts(MySql);
        const Account target = *account(MySql, QStringLiteral("app_rw"));
        ResetPasswordDialog dialog(m_app.controller.get(), instance(MySql), target);
        namedChild<ClipboardGuard>(dialog, "clipboardGuard")->setTimeout(std::chrono::milliseconds(600));
        dialog.show();
        dialog.passwordField()->generate();
        const QString password = dialog.passwordField()->password();
        QCOMPARE(password.size(), 20);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(dialog, "doneLabel")->isVisible(), 10000);
        QTRY_VERIFY(!account(MySql, QStringLiteral("app_rw"))->lastRequestId.isEmpty());

        dialog.copyPassword();
        QCOMPARE(QGuiApplication::clipboard()->text(), password);
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 5000);
    }

    void deleteExplainsDependentObjectsAndRevokesFirst()
    {
        loadAccounts(MySql);
        const Account target = *account(MySql, QStringLiteral("report_ro"));
        QVERIFY(!target.privileges.isEmpty());
        DeleteAccountDialog dialog(m_app.controller.get(), instance(MySql), target);
        dialog.show();
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::keyClicks(namedChild<QLineEdit>(dialog, "confirmNameEdit"), QStringLiteral("report_ro"));
        QVERIFY(dialog.okButton()->isEnabled());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(dialog.errorBanner(), "errorDetails")->isVisible(), 10000);
        QVERIFY(namedChild<QLabel>(dialog.errorBanner(), "errorDetails")
                    ->text()
                    .contains(QStringLiteral("Code: SomeObjectsDependOnAccount")));
        QVERIFY(namedChild<QPushButton>(dialog, "revokeThenDeleteButton")->isVisible());
        QVERIFY(account(MySql, QStringLiteral("report_ro")));

        QTest::mouseClick(namedChild<QPushButton>(dialog, "revokeThenDeleteButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!account(MySql, QStringLiteral("report_ro")), 10000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void switchingConnectionForgetsThePreviousInventory()
    {
        loadAccounts(MySql);
        SandboxOptions emptyOptions;
        emptyOptions.data = SandboxOptions::Data::Empty;
        SandboxServer empty(emptyOptions);
        QVERIFY(empty.listen() != 0);
        QVERIFY(m_app.client->endpoints().setOverrides(
            { { QStringLiteral("rds"), empty.endpoint() }, { QStringLiteral("r-kvstore"), empty.endpoint() } }));
        QSignalSpy loaded(m_app.controller.get(), &AccountController::inventoryLoaded);
        m_app.controller->refreshInventory();
        QVERIFY(loaded.wait(10000));
        QVERIFY(!m_app.tree->indexOfInstance(MySql).isValid());
        QCOMPARE(m_app.accounts->rowCount(), 0);
    }

    void regionNamesFollowTheUserInterfaceLanguage()
    {
        const QString hangzhou = QStringLiteral("cn-hangzhou");
        QVERIFY(!m_app.tree->regionAt(m_app.tree->indexOfRegion(hangzhou))->localName.contains(QChar(0x676D))); // 杭
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QSignalSpy loaded(m_app.controller.get(), &AccountController::inventoryLoaded);
        m_app.controller->refreshInventory();
        QLocale::setDefault(previous);
        QVERIFY(loaded.wait(10000));
        QVERIFY2(m_app.tree->regionAt(m_app.tree->indexOfRegion(hangzhou))->localName.contains(QChar(0x676D)),
            qPrintable(m_app.tree->regionAt(m_app.tree->indexOfRegion(hangzhou))->localName));
    }

    void lockIsConfirmedThroughTheSeam()
    {
        MainWindow window(m_app.controller.get(), m_app.tree.get(), m_app.accounts.get());
        window.show();
        QVERIFY(window.selectInstance(Postgres));
        QTRY_VERIFY_WITH_TIMEOUT(account(Postgres, QStringLiteral("etl_writer")), 10000);
        QVERIFY(window.selectAccount(Postgres, QStringLiteral("etl_writer")));
        QVERIFY(window.actions()->lockAccount->isEnabled());

        MessageBox::setNextAnswer(QMessageBox::No);
        window.actions()->lockAccount->trigger();
        QTest::qWait(300);
        QCOMPARE(account(Postgres, QStringLiteral("etl_writer"))->status, QStringLiteral("Available"));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        window.actions()->lockAccount->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            account(Postgres, QStringLiteral("etl_writer"))->status, QStringLiteral("Locked"), 10000);
    }
};

QTEST_MAIN(TestAccountFlow)
#include "tst_accountflow.moc"
