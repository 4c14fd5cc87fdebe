// Journeys without a mouse: every step is a key a user presses, sent to whatever has the focus, as a keyboard-only
// user (or a screen reader user) drives the app. A helpdesk agent resets a password from the filter; a DBA creates
// an account with a grant.
#include "../ui/NamedChild.h"
#include "AccountActions.h"
#include "AccountPrivileges.h"
#include "CreateAccountDialog.h"
#include "DatabaseGrantTable.h"
#include "JourneyFixture.h"
#include "JourneySteps.h"
#include "MainWindow.h"
#include "PasswordField.h"
#include "ResetPasswordDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <functional>

namespace {

const QString CrmMySql = QStringLiteral("rm-bp19a2c4d6f8h0j1k");
const QString ShopMySql = QStringLiteral("rm-bp1k8x3n2q7w4e5r6");

// The widget a key press goes to: the focus widget of the active window.
QWidget* focused()
{
    return QApplication::focusWidget();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = focused();
    QVERIFY2(target, "no widget has the keyboard focus");
    QTest::keyClick(target, key, modifiers);
}

void type(const QString& text)
{
    QWidget* target = focused();
    QVERIFY2(target, "no widget has the keyboard focus");
    QTest::keyClicks(target, text);
}

// Presses key until done() holds, at most limit times (a user would not press it forever either).
bool pressUntil(Qt::Key key, const std::function<bool()>& done, int limit = 40)
{
    for (int i = 0; i < limit && !done(); ++i) {
        if (!focused())
            return false;
        QTest::keyClick(focused(), key);
    }
    return done();
}

QString privilegeOf(const std::optional<Account>& account, const QString& database)
{
    return account ? AccountPrivileges::heldOn(*account, database) : QString();
}

} // namespace

class TestJourneyKeyboard : public QObject
{
    Q_OBJECT

private slots:
    // From a fresh start: Ctrl+F, crm_app, Enter opens "Reset Password of crm_app"; Ctrl+G, Enter resets it.
    void helpdeskResetsFromTheFilterWithTheKeyboardOnly()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        MainWindow* window = journey.window();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QVERIFY(journey.waitForStatus(CrmMySql, QStringLiteral("crm_app"), QStringLiteral("Available")));

        auto* filter = journey.part<QLineEdit>(QStringLiteral("accountFilter"));
        auto* table = journey.part<QTableView>(QStringLiteral("accountTable"));
        QVERIFY(filter);
        QVERIFY(table);
        press(Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(focused(), filter);
        type(QStringLiteral("crm_app"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        press(Qt::Key_Return);

        auto dialog = journey.dialog<ResetPasswordDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Reset Password of crm_app"));
        QTRY_COMPARE(focused(), dialog->passwordField()->passwordEdit());
        press(Qt::Key_G, Qt::ControlModifier);
        QCOMPARE(dialog->passwordField()->password().size(), 20);
        QVERIFY(dialog->okButton()->isDefault());
        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(dialog, "doneLabel")->isVisible(), JourneyFixture::CallTimeoutMs);
        QVERIFY(!JourneySteps::resetRequestId(journey, dialog).isEmpty());

        // Esc closes the finished dialog; the keyboard is back in the list, on crm_app.
        press(Qt::Key_Escape);
        QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
        QTRY_VERIFY(focused() && focused()->window() == window);
        QCOMPARE(window->currentAccount()->name, QStringLiteral("crm_app"));
    }

    // A DBA picks the instance in the tree, creates an account with Read-only on one database and a generated
    // password, and sees it become Available: arrows, Tab, Space, Ctrl+N, Ctrl+G, Enter.
    void dbaCreatesAnAccountWithAGrantWithTheKeyboardOnly()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        MainWindow* window = journey.window();
        QVERIFY(QTest::qWaitForWindowActive(window));

        auto* tree = journey.part<QTreeView>(QStringLiteral("instanceTree"));
        QVERIFY(tree);
        QVERIFY(pressUntil(Qt::Key_Tab, [tree] { return focused() == tree; }));
        QVERIFY(pressUntil(Qt::Key_Down,
            [window] { return window->currentInstance() && window->currentInstance()->id == ShopMySql; }));
        QTRY_VERIFY_WITH_TIMEOUT(window->actions()->newAccount->isEnabled(), JourneyFixture::CallTimeoutMs);
        // The databases arrive with the instance's details; the user waits until the list shows them.
        QTRY_VERIFY_WITH_TIMEOUT(!journey.instance(ShopMySql)->databases.isEmpty(), JourneyFixture::CallTimeoutMs);
        press(Qt::Key_N, Qt::ControlModifier);

        auto dialog = journey.dialog<CreateAccountDialog>();
        QVERIFY(dialog);
        QTRY_COMPARE(focused(), namedChild<QLineEdit>(dialog, "nameEdit"));
        type(QStringLiteral("etl_keys"));

        DatabaseGrantTable* grants = namedChild<DatabaseGrantTable>(dialog, "databaseGrantTable");
        QVERIFY(pressUntil(
            Qt::Key_Tab, [grants] { return focused() == grants; }, 5));
        QVERIFY(pressUntil(Qt::Key_Down, [grants] {
            return grants->currentIndex().isValid()
                && grants->item(grants->currentIndex().row(), 0)->text() == QLatin1String("app_db");
        }));
        press(Qt::Key_Space); // ticks app_db
        QCOMPARE(grants->grants().size(), 1);
        QComboBox* privilege = grants->privilegeCombo(QStringLiteral("app_db"));
        QVERIFY(privilege->isEnabled());
        QVERIFY(pressUntil(
            Qt::Key_Tab, [privilege] { return focused() == privilege; }, 10));
        QVERIFY(pressUntil(
                    Qt::Key_Down, [privilege] { return privilege->currentData() == QStringLiteral("ReadOnly"); }, 8)
            || pressUntil(
                Qt::Key_Up, [privilege] { return privilege->currentData() == QStringLiteral("ReadOnly"); }, 8));

        QLineEdit* password = namedChild<PasswordField>(dialog, "passwordField")->passwordEdit();
        QVERIFY(pressUntil(
            Qt::Key_Tab, [password] { return focused() == password; }, 10));
        press(Qt::Key_G, Qt::ControlModifier);
        QVERIFY(namedChild<PasswordField>(dialog, "passwordField")->isValid());
        QVERIFY(dialog->okButton()->isEnabled());
        press(Qt::Key_Return);

        QVERIFY(journey.closes(dialog));
        QVERIFY(journey.waitForStatus(ShopMySql, QStringLiteral("etl_keys"), QStringLiteral("Available")));
        const std::optional<Account> held = journey.held(*journey.instance(ShopMySql), QStringLiteral("etl_keys"));
        QVERIFY(held);
        QCOMPARE(privilegeOf(held, QStringLiteral("app_db")), QStringLiteral("ReadOnly"));
        QCOMPARE(journey.activityCount(QStringLiteral("CreateAccount")), 1);
    }
};

JOURNEY_MAIN(TestJourneyKeyboard)
#include "tst_journey_keyboard.moc"
