#include "BulkRequestForm.h"

#include "AccountText.h"
#include "RuleTable.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

#include <utility>

BulkRequestForm::BulkRequestForm(BulkAction action, QWidget* parent)
    : QWidget(parent)
    , m_action(action)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    switch (action) {
    case BulkAction::ResetPassword:
        addPasswordChoice(form);
        break;
    case BulkAction::Grant:
    case BulkAction::Revoke:
        m_database = lineEdit(tr("Database name"));
        m_database->setPlaceholderText(tr("e.g. orders"));
        form->addRow(tr("&Database:"), m_database);
        if (action == BulkAction::Grant) {
            // Every RDS privilege; a row whose engine lacks the chosen one is skipped with the reason.
            QStringList privileges;
            for (Engine engine : { Engine::MySQL, Engine::SQLServer, Engine::PostgreSQL }) {
                for (const QString& p : RuleTable::forEngine(engine).privileges) {
                    if (!privileges.contains(p))
                        privileges << p;
                }
            }
            m_privilege = privilegeChoices(privileges);
            form->addRow(tr("&Privilege:"), m_privilege);
        }
        break;
    case BulkAction::EditDescription:
        m_description = lineEdit(tr("New description"));
        form->addRow(tr("New &description:"), m_description);
        break;
    case BulkAction::Delete:
        m_revokeFirst = new QCheckBox(tr("&Revoke their privileges first (RDS refuses to delete an account that "
                                         "holds privileges)"),
            this);
        connect(m_revokeFirst, &QCheckBox::toggled, this, &BulkRequestForm::changed);
        form->addRow(m_revokeFirst);
        break;
    case BulkAction::Create:
        addCreateTemplate(form);
        addPasswordChoice(form);
        break;
    case BulkAction::Lock:
    case BulkAction::Unlock:
        break;
    }
    nameInputs();
}

// The names accessibility tools and the tests find the inputs by; only this action's inputs exist.
void BulkRequestForm::nameInputs()
{
    const std::pair<QWidget*, QString> inputs[] = {
        // clang-format off
        { m_typed, QStringLiteral("typedPasswordChoice") },
        { m_password, QStringLiteral("passwordEdit") },
        { m_database, QStringLiteral("databaseEdit") },
        { m_privilege, QStringLiteral("privilegeCombo") },
        { m_description, QStringLiteral("descriptionEdit") },
        { m_revokeFirst, QStringLiteral("revokeFirstCheck") },
        { m_name, QStringLiteral("nameEdit") },
        { m_type, QStringLiteral("typeCombo") },
        { m_role, QStringLiteral("roleCombo") },
        // clang-format on
    };
    for (const auto& [input, name] : inputs) {
        if (input)
            input->setObjectName(name);
    }
}

QLineEdit* BulkRequestForm::lineEdit(const QString& accessibleName)
{
    auto* edit = new QLineEdit(this);
    edit->setAccessibleName(accessibleName);
    connect(edit, &QLineEdit::textChanged, this, &BulkRequestForm::changed);
    return edit;
}

QComboBox* BulkRequestForm::privilegeChoices(const QStringList& wireValues)
{
    auto* combo = new QComboBox(this);
    for (const QString& value : wireValues)
        combo->addItem(AccountText::privilegeName(value), value);
    connect(combo, &QComboBox::currentIndexChanged, this, &BulkRequestForm::changed);
    return combo;
}

void BulkRequestForm::addPasswordChoice(QFormLayout* form)
{
    m_generate = new QRadioButton(tr("&Generate a new password for each account (meets its engine's rules)"), this);
    m_typed = new QRadioButton(tr("Use &one password for all:"), this);
    m_generate->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_generate);
    group->addButton(m_typed);
    m_password = lineEdit(tr("Password for every account"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setEnabled(false);
    connect(m_typed, &QRadioButton::toggled, m_password, &QLineEdit::setEnabled);
    connect(m_typed, &QRadioButton::toggled, this, &BulkRequestForm::changed);
    auto* typedRow = new QHBoxLayout;
    typedRow->addWidget(m_typed);
    typedRow->addWidget(m_password, 1);
    form->addRow(tr("Password:"), m_generate);
    form->addRow(QString(), typedRow);
}

void BulkRequestForm::addCreateTemplate(QFormLayout* form)
{
    m_name = lineEdit(tr("Account name"));
    form->addRow(tr("Account &name:"), m_name);
    m_type = new QComboBox(this);
    m_type->addItem(AccountText::typeName(QStringLiteral("Normal")), QStringLiteral("Normal"));
    m_type->addItem(AccountText::typeName(QStringLiteral("Super")), QStringLiteral("Super"));
    connect(m_type, &QComboBox::currentIndexChanged, this, &BulkRequestForm::changed);
    form->addRow(tr("RDS account &type:"), m_type);
    m_database = lineEdit(tr("Databases to grant on"));
    m_database->setPlaceholderText(tr("comma-separated, e.g. orders, billing"));
    form->addRow(tr("RDS &databases:"), m_database);
    m_privilege
        = privilegeChoices(RuleTable::forEngine(Engine::MySQL).privileges + QStringList { QStringLiteral("DBOwner") });
    form->addRow(tr("RDS &privilege:"), m_privilege);
    m_role = privilegeChoices(RuleTable::forEngine(Engine::Redis).privileges);
    m_role->setCurrentIndex(m_role->findData(RuleTable::forEngine(Engine::Redis).defaultPrivilege));
    form->addRow(tr("Redis &role:"), m_role);
    m_description = lineEdit(tr("Description"));
    m_description->setPlaceholderText(tr("optional"));
    form->addRow(tr("D&escription:"), m_description);
}

QStringList BulkRequestForm::databaseNames() const
{
    QStringList names;
    if (!m_database)
        return names;
    for (const QString& part : m_database->text().split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

BulkRequest BulkRequestForm::request() const
{
    BulkRequest request;
    request.action = m_action;
    if (m_typed && m_typed->isChecked())
        request.password = m_password->text();
    if (m_privilege && m_action == BulkAction::Grant)
        request.privilege = m_privilege->currentData().toString();
    if (m_database && m_action != BulkAction::Create)
        request.dbName = m_database->text().trimmed();
    if (m_description && m_action == BulkAction::EditDescription)
        request.description = m_description->text();
    if (m_revokeFirst)
        request.revokeBeforeDelete = m_revokeFirst->isChecked();
    if (m_action == BulkAction::Create) {
        request.account.name = m_name->text().trimmed();
        request.account.type = m_type->currentData().toString();
        request.account.redisPrivilege = m_role->currentData().toString();
        request.account.description = m_description->text();
        for (const QString& db : databaseNames())
            request.account.grants << DatabasePrivilege { db, m_privilege->currentData().toString(), QString() };
    }
    return request;
}

QString BulkRequestForm::missingInput() const
{
    if (m_typed && m_typed->isChecked() && m_password->text().isEmpty())
        return tr("Type the password, or choose to generate one for each account.");
    if (m_database && m_action != BulkAction::Create && m_database->text().trimmed().isEmpty())
        return tr("Type the database name.");
    if (m_action == BulkAction::EditDescription && m_description->text().isEmpty())
        return tr("Type the new description.");
    if (m_action == BulkAction::Create && m_name->text().trimmed().isEmpty())
        return tr("Type the account name.");
    return {};
}
