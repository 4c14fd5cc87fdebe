#pragma once

#include "Account.h"
#include "Instance.h"

#include <QWidget>

class QLabel;

// The account and its instance, shown plainly at the top of a dialog (big, selectable), so a helpdesk user
// on the phone can read them back before changing anything.
class AccountHeader : public QWidget
{
    Q_OBJECT

public:
    AccountHeader(const Instance& instance, const Account& account, QWidget* parent = nullptr);

private:
    QLabel* m_account = nullptr;
    QLabel* m_instance = nullptr;
};
