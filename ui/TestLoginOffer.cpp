#include "TestLoginOffer.h"

#include "TestLoginDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

TestLoginOffer::TestLoginOffer(CredentialTester* tester,
    const Instance& instance,
    const Account& account,
    const QString& password,
    QWidget* parent)
    : QWidget(parent)
    , m_tester(tester)
    , m_instance(instance)
    , m_account(account)
    , m_password(password)
    , m_label(new QLabel(tr("Prove the new password of %1 works:").arg(account.name), this))
    , m_test(new QPushButton(tr("&Test Login"), this))
    , m_dismiss(new QToolButton(this))
    , m_expiry(new QTimer(this))
{
    setObjectName(QStringLiteral("testLoginOffer"));
    m_test->setObjectName(QStringLiteral("testLoginOfferButton"));
    m_dismiss->setObjectName(QStringLiteral("testLoginOfferDismiss"));
    m_test->setAccessibleName(tr("Test login of %1").arg(account.name));
    m_test->setToolTip(tr("Log in to %1 as %2 with the password just set; it is kept in memory until the test "
                          "closes.")
                           .arg(instance.id, account.name));
    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_dismiss->setAccessibleName(tr("Dismiss the Test login offer"));
    m_dismiss->setToolTip(m_dismiss->accessibleName());
    m_dismiss->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_test);
    layout->addWidget(m_dismiss);
    connect(m_test, &QPushButton::clicked, this, &TestLoginOffer::openTestLogin);
    connect(m_dismiss, &QToolButton::clicked, this, &TestLoginOffer::dismiss);
    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, this, &TestLoginOffer::dismiss);
    m_expiry->start(ExpiryMs);
}

TestLoginOffer::~TestLoginOffer()
{
    wipe();
}

void TestLoginOffer::wipe()
{
    m_password.fill(QLatin1Char('\0'));
    m_password.clear();
}

void TestLoginOffer::openTestLogin()
{
    if (m_dialog || m_password.isEmpty())
        return;
    m_expiry->stop();
    m_dialog = new TestLoginDialog(m_tester, m_instance, m_account, window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->prefillPassword(m_password);
    wipe(); // the dialog's field holds it now, and clears it when it closes
    connect(m_dialog, &QDialog::finished, this, &TestLoginOffer::dismiss);
    m_dialog->open();
}

void TestLoginOffer::dismiss()
{
    wipe();
    hide();
    deleteLater();
}
