#pragma once

#include "AccountDialog.h"
#include "TestLoginOffer.h"

#include <QPointer>

class AccountHeader;
class AnnouncementLabel;
class ClipboardGuard;
class PasswordField;
class QLabel;
class QPushButton;

// The helpdesk dialog: who and where at the top, a new password (typed or generated), Copy with a visible
// countdown until the clipboard is cleared (30 s, only if it still holds our text) and Clear now. After the
// reset succeeds the dialog stays open with the password and Copy, so it can be handed over; then Close.
// The password is never logged.
class ResetPasswordDialog : public AccountDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(
        AccountService* service, const Instance& instance, const Account& account, QWidget* parent = nullptr);

    PasswordField* passwordField() const { return m_password; }
    // After the reset succeeds, offer Test login with the new password (when the app can test logins).
    void offerTestLogin(CredentialTester* tester) { m_tester = tester; }

public slots:
    void copyPassword();
    void reject() override; // after a successful reset, Close accepts

private:
    // OperationDialog calls these.
    void startOperation() override;
    void operationDone(const QString& requestId) override;
    void updateOkButton() override;

    void showCountdown(int secondsLeft);
    void showCleared(bool wasOurs);

    bool m_done = false;
    AccountHeader* m_header = nullptr;
    PasswordField* m_password = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_clear = nullptr;
    QLabel* m_countdown = nullptr;
    QLabel* m_doneLabel = nullptr;
    AnnouncementLabel* m_clipboardNotice = nullptr; // "Clipboard cleared.", spoken by screen readers
    ClipboardGuard* m_clipboard = nullptr;
    QPointer<CredentialTester> m_tester;
    QPointer<TestLoginOffer> m_offer;
};
