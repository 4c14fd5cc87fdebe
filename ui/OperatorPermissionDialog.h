#pragma once

#include "OperationDialog.h"
#include "OperatorPermission.h"

class FieldHint;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QRadioButton;

// Grant the Alibaba Cloud service account Control or Data access to an RDS instance until a UTC date-time in
// the future, or revoke it.
class OperatorPermissionDialog : public OperationDialog
{
    Q_OBJECT

public:
    OperatorPermissionDialog(AccountService* service, const Instance& instance, QWidget* parent = nullptr);

    OperatorPermission permission() const;
    bool isRevoke() const;

    // "Access ends in 2 d 3 h." for the time left until the permission lapses (rounded up to the minute).
    static QString remainingText(qint64 seconds);

private:
    // OperationDialog calls these.
    void startOperation() override;
    void updateOkButton() override;

    FieldCheck checkExpiry() const;
    void showCurrent(const std::optional<OperatorPermission>& permission);

    QRadioButton* m_grant = nullptr;
    QRadioButton* m_revoke = nullptr;
    QComboBox* m_privilege = nullptr;
    QDateTimeEdit* m_expiry = nullptr;
    FieldHint* m_expiryHint = nullptr;
    QLabel* m_remaining = nullptr;
    QLabel* m_current = nullptr;
};
