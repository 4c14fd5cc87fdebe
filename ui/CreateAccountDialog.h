#pragma once

#include "AccountDraft.h"
#include "AccountRules.h"
#include "CredentialTester.h"
#include "OperationDialog.h"

#include <QPointer>

class DatabaseGrantTable;
class FieldHint;
class PasswordField;
class QComboBox;
class QLabel;
class QLineEdit;
class TestLoginOffer;

// Create account: name, type (RDS), privileges (Redis role or RDS per-database grants), password with
// confirmation, description. Every field is checked live against the engine's rules; OK waits for a valid form.
class CreateAccountDialog : public OperationDialog
{
    Q_OBJECT

public:
    CreateAccountDialog(
        AccountService* service, const Instance& instance, int existingAccounts, QWidget* parent = nullptr);

    AccountDraft draft() const;

    // After the account is created, offer Test login with its password (when the app can test logins).
    void offerTestLogin(CredentialTester* tester) { m_tester = tester; }

signals:
    // The dialog closes on success; the offer (holding the password in memory) is for the window to show.
    void testLoginOffered(TestLoginOffer* offer);

private:
    // OperationDialog calls these.
    void startOperation() override;
    void operationDone(const QString& requestId) override;
    void updateOkButton() override;

    void buildRoleCombo();
    bool isSuper() const;

    AccountRules m_rules;
    QLineEdit* m_name = nullptr;
    FieldHint* m_nameHint = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_role = nullptr;
    DatabaseGrantTable* m_grants = nullptr;
    QLabel* m_superNote = nullptr;
    PasswordField* m_password = nullptr;
    QLineEdit* m_description = nullptr;
    FieldHint* m_descriptionHint = nullptr;
    QPointer<CredentialTester> m_tester;
};
