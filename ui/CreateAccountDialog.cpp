#include "CreateAccountDialog.h"

#include "AccountService.h"
#include "AccountText.h"
#include "DatabaseGrantTable.h"
#include "FieldHint.h"
#include "FocusChain.h"
#include "InstancePolicy.h"
#include "PasswordField.h"
#include "RuleFormLayout.h"
#include "TestLoginOffer.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QStandardItemModel>

#include <algorithm>

CreateAccountDialog::CreateAccountDialog(
    AccountService* service, const Instance& instance, int existingAccounts, QWidget* parent)
    : OperationDialog(service, instance, InstancePolicy::canCreateAccount(instance, existingAccounts), parent)
    , m_rules(instance.engine)
    , m_name(new QLineEdit(form()))
    , m_password(new PasswordField(m_rules.rules(), form()))
    , m_description(new QLineEdit(form()))
{
    setWindowTitle(tr("Create Account on %1").arg(instance.id));
    setObjectName(QStringLiteral("CreateAccountDialog"));
    setOkText(tr("&Create"));
    if (instance.product == Product::Rds)
        m_rules.setExtraReservedWords(service->reservedAccountNames(instance));

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Account name"));
    m_name->setMaxLength(m_rules.rules().nameMaxLength * 2); // room to say "too long" instead of swallowing keys
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setAccessibleName(tr("Password"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setAccessibleName(tr("Description"));

    auto* layout = new RuleFormLayout(form());
    m_nameHint = layout->addField(tr("&Name:"), m_name, m_rules.nameRuleText());
    m_nameHint->setObjectName(QStringLiteral("nameHint"));
    if (instance.product == Product::Rds && service->reservedAccountNamesAreBuiltIn(instance)) {
        auto* note = new QLabel(tr("The service's list of reserved names (DescribeInstanceKeywords) could not be "
                                   "loaded; the name is checked against the built-in list."),
            form());
        note->setObjectName(QStringLiteral("reservedWordsNote"));
        note->setWordWrap(true);
        layout->addWide(note);
    }

    if (instance.product == Product::Rds) {
        m_type = new QComboBox(form());
        m_type->setObjectName(QStringLiteral("typeCombo"));
        m_type->setAccessibleName(tr("Account type"));
        for (const QString& type : m_rules.rules().accountTypes) {
            m_type->addItem(type == QLatin1String("Super") ? tr("Privileged (Super)") : tr("Standard (Normal)"), type);
        }
        layout->addRow(tr("&Type:"), m_type);
        m_grants = new DatabaseGrantTable(DatabaseGrantTable::Mode::Create, instance, {}, form());
        layout->addRow(tr("&Databases:"), m_grants);
        m_superNote = new QLabel(tr("A privileged account manages every database itself; it gets no per-database "
                                    "grants here."),
            form());
        m_superNote->setWordWrap(true);
        m_superNote->setAccessibleName(tr("Privileged account note"));
        m_superNote->hide();
        layout->addWide(m_superNote);
        connect(m_type, &QComboBox::currentIndexChanged, this, &CreateAccountDialog::updateOkButton);
        connect(m_grants, &DatabaseGrantTable::changed, this, &CreateAccountDialog::updateOkButton);
    } else {
        m_role = new QComboBox(form());
        m_role->setObjectName(QStringLiteral("roleCombo"));
        m_role->setAccessibleName(tr("Privilege"));
        buildRoleCombo();
        layout->addRow(tr("&Privilege:"), m_role);
        connect(m_role, &QComboBox::currentIndexChanged, this, &CreateAccountDialog::updateOkButton);
    }

    layout->addRow(tr("Pass&word:"), m_password);
    m_descriptionHint = layout->addField(tr("D&escription:"), m_description, m_rules.descriptionRuleText());
    m_descriptionHint->setObjectName(QStringLiteral("descriptionHint"));

    connect(m_name, &QLineEdit::textChanged, this, &CreateAccountDialog::updateOkButton);
    connect(m_password, &PasswordField::changed, this, &CreateAccountDialog::updateOkButton);
    connect(m_description, &QLineEdit::textChanged, this, &CreateAccountDialog::updateOkButton);

    if (m_grants)
        m_grants->setTabKeyNavigation(false); // Tab moves on to the privilege boxes, Space ticks a database
    FocusChain::setWithButtons(QList<QWidget*> { m_name, m_type, m_role } + FocusChain::withCellWidgets(m_grants)
            + m_password->focusOrder() + QList<QWidget*> { m_description },
        buttonBox());
    m_name->setFocus();
    updateOkButton();
}

void CreateAccountDialog::buildRoleCombo()
{
    for (const QString& privilege : m_rules.rules().privileges) {
        m_role->addItem(AccountText::privilegeName(privilege), privilege);
        const FieldCheck allowed = InstancePolicy::canUsePrivilege(instance(), privilege);
        if (!allowed.isValid()) {
            const int index = m_role->count() - 1;
            if (auto* model = qobject_cast<QStandardItemModel*>(m_role->model()))
                model->item(index)->setEnabled(false);
            m_role->setItemData(index, allowed.message, Qt::ToolTipRole);
        }
    }
    m_role->setCurrentIndex(std::max(0, m_role->findData(m_rules.rules().defaultPrivilege)));
}

bool CreateAccountDialog::isSuper() const
{
    return m_type && m_type->currentData().toString() == QLatin1String("Super");
}

AccountDraft CreateAccountDialog::draft() const
{
    AccountDraft d;
    d.name = m_name->text();
    d.type = m_type ? m_type->currentData().toString() : QStringLiteral("Normal");
    d.password = m_password->password();
    d.description = m_description->text();
    if (m_role)
        d.redisPrivilege = m_role->currentData().toString();
    if (m_grants && !isSuper())
        d.grants = m_grants->grants();
    return d;
}

void CreateAccountDialog::updateOkButton()
{
    const FieldCheck name = m_rules.checkName(m_name->text());
    // An empty field is not an error yet: the rule beside it already says what to type.
    m_nameHint->setCheck(m_name->text().isEmpty() ? FieldCheck::valid() : name);
    const FieldCheck description = m_rules.checkDescription(m_description->text());
    m_descriptionHint->setCheck(description);

    bool valid = name.isValid() && m_password->isValid() && description.isValid();
    if (m_type) {
        valid = valid && m_rules.checkAccountType(m_type->currentData().toString()).isValid();
        m_grants->setEnabled(!isSuper());
        m_superNote->setVisible(isSuper());
    }
    if (m_role) {
        const QString role = m_role->currentData().toString();
        valid = valid && m_rules.checkPrivilege(role).isValid()
            && InstancePolicy::canUsePrivilege(instance(), role).isValid();
    }
    setOkAllowed(valid);
}

void CreateAccountDialog::startOperation()
{
    const AccountDraft d = draft();
    run(service()->submit(instance(), CreateAccountWrite { d }), tr("Creating account %1…").arg(d.name));
}

void CreateAccountDialog::operationDone(const QString& requestId)
{
    if (m_tester && isSignalConnected(QMetaMethod::fromSignal(&CreateAccountDialog::testLoginOffered))) {
        const AccountDraft d = draft();
        Account account;
        account.instanceId = instance().id;
        account.name = d.name;
        account.type = d.type;
        account.privileges = d.grants;
        if (!d.redisPrivilege.isEmpty())
            account.privileges = { { QString(), d.redisPrivilege, QString() } };
        emit testLoginOffered(new TestLoginOffer(m_tester, instance(), account, d.password, parentWidget()));
    }
    OperationDialog::operationDone(requestId);
}
