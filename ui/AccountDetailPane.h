#pragma once

#include "Account.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The selected account in full: type, status, description, every database with its privilege and SQL privilege
// list, and the RequestId of the last change this app made (selectable and copyable, for support tickets).
class AccountDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit AccountDetailPane(QWidget* parent = nullptr);

    void setAccount(const std::optional<Account>& account);

    QTableWidget* privilegeTable() const { return m_privileges; }
    QLineEdit* requestIdField() const { return m_requestId; }

private:
    void fillPrivileges(const Account& account);
    void copyRequestId();

    std::optional<Account> m_account;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_privileges = nullptr;
    QLineEdit* m_requestId = nullptr;
    QPushButton* m_copyRequestId = nullptr;
};
