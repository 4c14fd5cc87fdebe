#include "ModifyPrivilegesDialog.h"

#include "AccountHeader.h"
#include "AccountService.h"
#include "AccountText.h"
#include "DatabaseGrantTable.h"
#include "FocusChain.h"
#include "InstancePolicy.h"
#include "RuleTable.h"

#include <QComboBox>
#include <QLabel>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

ModifyPrivilegesDialog::ModifyPrivilegesDialog(
    AccountService* service, const Instance& instance, const Account& account, QWidget* parent)
    : AccountDialog(service, instance, account, InstancePolicy::canChangePrivilege(instance, account), parent)
    , m_summary(new QLabel(form()))
{
    setWindowTitle(tr("Modify Privileges of %1").arg(account.name));
    setObjectName(QStringLiteral("ModifyPrivilegesDialog"));
    setOkText(tr("&Apply"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setAccessibleName(tr("Summary of changes"));
    m_summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(form());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new AccountHeader(instance, account, form()));
    if (instance.product == Product::Redis) {
        m_role = new QComboBox(form());
        m_role->setObjectName(QStringLiteral("roleCombo"));
        m_role->setAccessibleName(tr("Privilege"));
        for (const QString& privilege : RuleTable::forEngine(instance.engine).privileges) {
            m_role->addItem(AccountText::privilegeName(privilege), privilege);
            const FieldCheck usable = InstancePolicy::canUsePrivilege(instance, privilege);
            if (!usable.isValid()) {
                if (auto* model = qobject_cast<QStandardItemModel*>(m_role->model()))
                    model->item(m_role->count() - 1)->setEnabled(false);
                m_role->setItemData(m_role->count() - 1, usable.message, Qt::ToolTipRole);
            }
        }
        m_role->setCurrentIndex(std::max(0, m_role->findData(currentPrivilegeOn(QString()))));
        auto* label = new QLabel(tr("&Privilege:"), form());
        label->setBuddy(m_role);
        layout->addWidget(label);
        layout->addWidget(m_role);
        connect(m_role, &QComboBox::currentIndexChanged, this, &ModifyPrivilegesDialog::updateOkButton);
    } else {
        m_grants = new DatabaseGrantTable(DatabaseGrantTable::Mode::Modify, instance, account.privileges, form());
        auto* label = new QLabel(tr("&Databases:"), form());
        label->setBuddy(m_grants);
        layout->addWidget(label);
        layout->addWidget(m_grants, 1);
        connect(m_grants, &DatabaseGrantTable::changed, this, &ModifyPrivilegesDialog::updateOkButton);
    }
    layout->addWidget(m_summary);
    if (m_grants)
        m_grants->setTabKeyNavigation(false);
    FocusChain::setWithButtons(QList<QWidget*> { m_role } + FocusChain::withCellWidgets(m_grants), buttonBox());
    if (m_role)
        m_role->setFocus();
    else
        m_grants->setFocus();

    updateOkButton();
}

QString ModifyPrivilegesDialog::currentPrivilegeOn(const QString& database) const
{
    for (const DatabasePrivilege& p : account().privileges) {
        if (p.dbName == database)
            return p.privilege;
    }
    return {};
}

PrivilegeChange ModifyPrivilegesDialog::change() const
{
    PrivilegeChange c;
    if (m_role) {
        const QString role = m_role->currentData().toString();
        if (role != currentPrivilegeOn(QString()))
            c.redisPrivilege = role;
        return c;
    }
    // "Change to" the privilege already held is no change at all.
    for (const DatabasePrivilege& grant : m_grants->grants()) {
        if (grant.privilege != currentPrivilegeOn(grant.dbName))
            c.grants.append(grant);
    }
    c.revokes = m_grants->revokes();
    return c;
}

void ModifyPrivilegesDialog::updateOkButton()
{
    const PrivilegeChange c = change();
    QStringList parts;
    if (!c.redisPrivilege.isEmpty())
        parts << tr("New privilege: %1").arg(AccountText::privilegeName(c.redisPrivilege));
    if (!c.grants.isEmpty())
        parts << tr("Grant on %n database(s)", nullptr, static_cast<int>(c.grants.size()));
    if (!c.revokes.isEmpty())
        parts << tr("Revoke on %n database(s): %1", nullptr, static_cast<int>(c.revokes.size()))
                     .arg(AccountText::list(c.revokes));
    m_summary->setText(parts.isEmpty() ? tr("Nothing to change yet.") : AccountText::clauses(parts));
    bool valid = !c.isEmpty();
    if (m_role)
        valid = valid && InstancePolicy::canUsePrivilege(instance(), m_role->currentData().toString()).isValid();
    setOkAllowed(valid);
}

void ModifyPrivilegesDialog::startOperation()
{
    run(service()->submit(instance(), ModifyPrivilegesWrite { account().name, change() }),
        tr("Changing the privileges of %1…").arg(account().name));
}
