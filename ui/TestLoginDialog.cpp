#include "TestLoginDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

TestLoginDialog::TestLoginDialog(
    CredentialTester* tester, const Instance& instance, const Account& account, QWidget* parent)
    : QDialog(parent)
    , m_tester(tester)
    , m_instance(instance)
    , m_account(account)
{
    setWindowTitle(tr("Test Login of %1").arg(account.name));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Log in to %1 as %2 with a password, to prove it works and see what the account "
                                "may do. The password is not stored.")
                                 .arg(instance.id, account.name),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("testLoginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testLoginResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setAccessibleName(tr("Result"));
    layout->addWidget(m_result);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_test = buttons->addButton(tr("&Test Login"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testLoginButton"));
    m_test->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &TestLoginDialog::startTest);
    connect(m_password, &QLineEdit::textChanged, this, &TestLoginDialog::updateOkButton);
    connect(m_password, &QLineEdit::returnPressed, this, &TestLoginDialog::startTest);
    if (m_tester)
        connect(m_tester, &CredentialTester::finished, this, &TestLoginDialog::showResult);
    updateOkButton();
}

void TestLoginDialog::updateOkButton()
{
    m_test->setEnabled(m_tester && !m_testing && !m_password->text().isEmpty());
    m_test->setToolTip(!m_tester           ? tr("Test login is not available here.")
            : m_testing                    ? tr("A login attempt is running.")
            : m_password->text().isEmpty() ? tr("Type the account's password first.")
                                           : QString());
}

void TestLoginDialog::startTest()
{
    if (!m_test->isEnabled())
        return;
    m_testing = true;
    m_result->setText(tr("Logging in..."));
    updateOkButton();
    m_tester->test(m_instance, m_account, m_password->text());
}

void TestLoginDialog::showResult(const CredentialTestResult& result)
{
    if (!m_testing)
        return;
    m_testing = false;
    QString text;
    switch (result.outcome) {
    case CredentialTestResult::Outcome::LoggedIn:
        text = tr("Logged in at %1.").arg(result.address);
        if (!result.abilities.isEmpty())
            text += QLatin1Char('\n') + tr("The account can: %1").arg(result.abilities.join(QLatin1String("; ")));
        break;
    case CredentialTestResult::Outcome::Refused:
        text = tr("Refused by the engine at %1: %2").arg(result.address, result.message);
        break;
    case CredentialTestResult::Outcome::Unreachable:
        text = result.message;
        break;
    }
    m_result->setText(text);
    updateOkButton();
    emit resultShown(result.outcome);
}

void TestLoginDialog::prefillPassword(const QString& password)
{
    m_password->setText(password);
    m_test->setFocus();
}

void TestLoginDialog::done(int result)
{
    m_password->clear();
    QDialog::done(result);
}
