#pragma once

#include "Account.h"
#include "Instance.h"
#include "TestLoginDialog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

// What a successful create or reset offers: "Test Login" with the password just set. The offer holds that password
// in memory only, and only until it is used: the Test Login dialog it opens is pre-filled with it, and when that
// dialog closes (or the offer is dismissed, replaced or left for ExpiryMs) the offer wipes it and goes away.
class TestLoginOffer : public QWidget
{
    Q_OBJECT

public:
    TestLoginOffer(CredentialTester* tester,
        const Instance& instance,
        const Account& account,
        const QString& password,
        QWidget* parent = nullptr);
    ~TestLoginOffer() override;

    static constexpr int ExpiryMs = 5 * 60 * 1000;

public slots:
    void openTestLogin();
    void dismiss();

private:
    void wipe();

    QPointer<CredentialTester> m_tester;
    Instance m_instance;
    Account m_account;
    QString m_password;
    QPointer<TestLoginDialog> m_dialog;
    QLabel* m_label = nullptr;
    QPushButton* m_test = nullptr;
    QToolButton* m_dismiss = nullptr;
    QTimer* m_expiry = nullptr;
};
