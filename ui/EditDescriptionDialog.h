#pragma once

#include "AccountDialog.h"
#include "AccountRules.h"

class FieldHint;
class QLineEdit;

// Edit the description of an account, checked live against the engine's description rule.
class EditDescriptionDialog : public AccountDialog
{
    Q_OBJECT

public:
    EditDescriptionDialog(
        AccountService* service, const Instance& instance, const Account& account, QWidget* parent = nullptr);

private:
    // OperationDialog calls these.
    void startOperation() override;
    void updateOkButton() override;

    AccountRules m_rules;
    QLineEdit* m_description = nullptr;
    FieldHint* m_hint = nullptr;
};
