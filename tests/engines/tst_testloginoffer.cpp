// Test login offered right after a create or a reset: the offer opens the Test Login dialog pre-filled with the
// password just set, and the password goes when that dialog closes. Real dialogs, a fake service and tester.
#include "../ui/FakeAccountService.h"
#include "../ui/NamedChild.h"
#include "CreateAccountDialog.h"
#include "CredentialTester.h"
#include "PasswordField.h"
#include "Product.h"
#include "ResetPasswordDialog.h"
#include "TestLoginDialog.h"
#include "TestLoginOffer.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

namespace {

const QString kPassword = QStringLiteral("Eng1ne#Pass2026");

// Answers every attempt at once with "logged in", remembering what it was asked.
class RecordingTester : public CredentialTester
{
public:
    using CredentialTester::CredentialTester;
    void test(const Instance& instance, const Account& account, const QString& password) override
    {
        tried << instance.id + QLatin1Char('/') + account.name + QLatin1Char('/') + password;
        emit finished({ CredentialTestResult::Outcome::LoggedIn, QStringLiteral("127.0.0.1:6379"), {}, {} });
    }
    QStringList tried;
};

Instance redis()
{
    Instance i;
    i.id = QStringLiteral("r-bp1a2b3c4d5e6f7g8");
    i.regionId = QStringLiteral("cn-hangzhou");
    i.engine = Engine::Redis;
    i.product = Product::Redis;
    i.engineVersion = QStringLiteral("6.0");
    i.status = QStringLiteral("Running");
    return i;
}

void typePassword(PasswordField* field, const QString& password)
{
    QTest::keyClicks(field->passwordEdit(), password);
    QTest::keyClicks(namedChild<QLineEdit>(field, "confirmationEdit"), password);
}

} // namespace

class TstTestLoginOffer : public QObject
{
    Q_OBJECT

private slots:
    void resetOffersTheNewPasswordAndForgetsItOnClose();
    void resetWithoutATesterOffersNothing();
    void createHandsTheWindowAnOfferAndCloses();
    void dismissWipesTheOffer();
};

void TstTestLoginOffer::resetOffersTheNewPasswordAndForgetsItOnClose()
{
    FakeAccountService service;
    RecordingTester tester;
    Account account;
    account.instanceId = redis().id;
    account.name = QStringLiteral("search-indexer");
    account.status = QStringLiteral("Available");
    ResetPasswordDialog dialog(&service, redis(), account);
    dialog.offerTestLogin(&tester);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<TestLoginOffer*>()); // nothing to test before the reset
    typePassword(dialog.passwordField(), kPassword);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(!dialog.findChild<TestLoginOffer*>()); // nor while it runs
    service.succeedLast();
    QTRY_VERIFY(namedChild<QLabel>(dialog, "doneLabel")->isVisible());
    QPointer<TestLoginOffer> offer = dialog.findChild<TestLoginOffer*>();
    QVERIFY(offer);
    QTRY_VERIFY(offer->isVisible());

    QTest::mouseClick(namedChild<QPushButton>(offer, "testLoginOfferButton"), Qt::LeftButton);
    QPointer<TestLoginDialog> login = offer->window()->findChild<TestLoginDialog*>();
    QVERIFY(login);
    QCOMPARE(namedChild<QLineEdit>(login, "testLoginPassword")->text(), kPassword);
    QVERIFY(namedChild<QPushButton>(login, "testLoginButton")->isEnabled());
    QTest::mouseClick(namedChild<QPushButton>(login, "testLoginButton"), Qt::LeftButton);
    QCOMPARE(tester.tried, QStringList { redis().id + QStringLiteral("/search-indexer/") + kPassword });
    QLineEdit* field = namedChild<QLineEdit>(login, "testLoginPassword");
    login->reject();
    QCOMPARE(field->text(), QString()); // cleared as the dialog closes
    QTRY_VERIFY(login.isNull());
    QTRY_VERIFY(offer.isNull()); // used once, then gone with what it held
}

void TstTestLoginOffer::resetWithoutATesterOffersNothing()
{
    FakeAccountService service;
    Account account;
    account.instanceId = redis().id;
    account.name = QStringLiteral("search-indexer");
    ResetPasswordDialog dialog(&service, redis(), account);
    dialog.show();
    typePassword(dialog.passwordField(), kPassword);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    service.succeedLast();
    QTRY_VERIFY(namedChild<QLabel>(dialog, "doneLabel")->isVisible());
    QVERIFY(!dialog.findChild<TestLoginOffer*>());
}

void TstTestLoginOffer::createHandsTheWindowAnOfferAndCloses()
{
    FakeAccountService service;
    RecordingTester tester;
    QWidget window;
    window.show();
    QPointer<CreateAccountDialog> dialog = new CreateAccountDialog(&service, redis(), 2, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->offerTestLogin(&tester);
    int offered = 0;
    QPointer<TestLoginOffer> offer;
    connect(dialog, &CreateAccountDialog::testLoginOffered, &window, [&](TestLoginOffer* made) {
        offer = made;
        ++offered;
    });
    dialog->show();
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "nameEdit"), QStringLiteral("cache-auditor"));
    chooseData(namedChild<QComboBox>(dialog, "roleCombo"), QStringLiteral("RoleReadOnly"));
    typePassword(namedChild<PasswordField>(dialog, "passwordField"), kPassword);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(offered, 0);
    service.succeedLast();
    QTRY_VERIFY(dialog.isNull()); // the dialog still closes on success
    QCOMPARE(offered, 1);
    QVERIFY(offer);
    QCOMPARE(offer->window(), &window);
    offer->show();
    QTest::mouseClick(namedChild<QPushButton>(offer, "testLoginOfferButton"), Qt::LeftButton);
    QPointer<TestLoginDialog> login = offer->window()->findChild<TestLoginDialog*>();
    QVERIFY(login);
    QCOMPARE(namedChild<QLineEdit>(login, "testLoginPassword")->text(), kPassword);
    QTest::mouseClick(namedChild<QPushButton>(login, "testLoginButton"), Qt::LeftButton);
    QCOMPARE(tester.tried, QStringList { redis().id + QStringLiteral("/cache-auditor/") + kPassword });
    login->reject();
    QTRY_VERIFY(offer.isNull());
}

void TstTestLoginOffer::dismissWipesTheOffer()
{
    RecordingTester tester;
    Account account;
    account.instanceId = redis().id;
    account.name = QStringLiteral("cache-auditor");
    QWidget window;
    QPointer<TestLoginOffer> offer = new TestLoginOffer(&tester, redis(), account, kPassword, &window);
    window.show();
    QVERIFY(offer->isVisible());
    QTest::mouseClick(namedChild<QToolButton>(offer, "testLoginOfferDismiss"), Qt::LeftButton);
    QVERIFY(!offer->isVisible());
    QTRY_VERIFY(offer.isNull());
    QVERIFY(tester.tried.isEmpty());
}

QTEST_MAIN(TstTestLoginOffer)
#include "tst_testloginoffer.moc"
