#include "EditDescriptionDialog.h"

#include "AccountHeader.h"
#include "AccountService.h"
#include "FieldHint.h"
#include "FocusChain.h"
#include "InstancePolicy.h"
#include "RuleFormLayout.h"

#include <QLineEdit>

EditDescriptionDialog::EditDescriptionDialog(
    AccountService* service, const Instance& instance, const Account& account, QWidget* parent)
    : AccountDialog(service, instance, account, InstancePolicy::canModifyAccount(instance, account), parent)
    , m_rules(instance.engine)
    , m_description(new QLineEdit(account.description, form()))
{
    setWindowTitle(tr("Edit Description of %1").arg(account.name));
    setObjectName(QStringLiteral("EditDescriptionDialog"));
    setOkText(tr("&Save"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setAccessibleName(tr("Description"));

    auto* layout = new RuleFormLayout(form());
    layout->addWide(new AccountHeader(instance, account, form()));
    m_hint = layout->addField(tr("D&escription:"), m_description, m_rules.descriptionRuleText(true));
    m_hint->setObjectName(QStringLiteral("descriptionHint"));
    connect(m_description, &QLineEdit::textChanged, this, &EditDescriptionDialog::updateOkButton);

    FocusChain::setWithButtons({ m_description }, buttonBox());
    m_description->setFocus();
    m_description->selectAll();
    updateOkButton();
}

void EditDescriptionDialog::updateOkButton()
{
    // ModifyAccountDescription needs a description: an empty one cannot be sent.
    const FieldCheck check = m_rules.checkDescription(m_description->text(), true);
    m_hint->setCheck(check);
    setOkAllowed(check.isValid() && m_description->text() != account().description);
}

void EditDescriptionDialog::startOperation()
{
    run(service()->submit(instance(), ModifyDescriptionWrite { account().name, m_description->text() }),
        tr("Saving the description of %1…").arg(account().name));
}
