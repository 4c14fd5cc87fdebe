#pragma once

#include "Account.h"
#include "CredentialTester.h"
#include "Instance.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

// Test login: asks for the account's password and has the tester log in with it at the instance's address, then
// says what the engine said: logged in (and what the account may do), refused, or the address cannot be reached.
// The password stays in the field and the attempt's memory; Close clears it.
class TestLoginDialog : public QDialog
{
    Q_OBJECT

public:
    TestLoginDialog(
        CredentialTester* tester, const Instance& instance, const Account& account, QWidget* parent = nullptr);

    // After a create or reset: the password just set, so one click tests it. Cleared with the field on close.
    void prefillPassword(const QString& password);

public slots:
    void startTest();
    void done(int result) override;

signals:
    void resultShown(CredentialTestResult::Outcome outcome);

private slots:
    void updateOkButton();
    void showResult(const CredentialTestResult& result);

private:
    QPointer<CredentialTester> m_tester;
    Instance m_instance;
    Account m_account;
    bool m_testing = false;
    QLineEdit* m_password = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_result = nullptr;
};
