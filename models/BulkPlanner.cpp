#include "BulkPlanner.h"

#include "AccountPrivileges.h"
#include "AccountRules.h"
#include "AccountText.h"
#include "InstancePolicy.h"
#include "PasswordGenerator.h"
#include "RuleTable.h"

#include <QSet>

namespace {

bool hasDatabase(const Instance& instance, const QString& dbName)
{
    for (const Database& database : instance.databases) {
        if (database.name == dbName)
            return true;
    }
    return false;
}

bool refuseUnless(BulkRow& row, const FieldCheck& check)
{
    if (!check.isValid())
        row.skipReason = check.message;
    return check.isValid();
}

} // namespace

BulkPlan BulkPlanner::plan(const BulkRequest& request, const QList<BulkTarget>& targets)
{
    BulkPlan plan;
    plan.request = request;
    QSet<QString> seen;
    for (const BulkTarget& target : targets) {
        BulkRow row;
        row.target = target;
        row.accountName = request.action == BulkAction::Create ? request.account.name : target.account.name;
        const QString key = request.action == BulkAction::Create
            ? target.profileId + QLatin1Char('|') + target.instance.id
            : target.key();
        if (seen.contains(key)) {
            row.skipReason = tr("Selected twice; it is planned once, in the row above.");
        } else {
            seen.insert(key);
            if (request.action == BulkAction::Create)
                planCreate(request, row);
            else
                planAccountRow(request, row);
        }
        row.state = row.isAllowed() ? BulkRow::State::Planned : BulkRow::State::Skipped;
        if (!row.isAllowed())
            row.password.clear(); // a skipped row never shows a password
        plan.rows.append(row);
    }
    return plan;
}

void BulkPlanner::planAccountRow(const BulkRequest& request, BulkRow& row)
{
    switch (request.action) {
    case BulkAction::ResetPassword:
        return planReset(request, row);
    case BulkAction::Lock:
    case BulkAction::Unlock:
        return planLock(request, row);
    case BulkAction::Grant:
    case BulkAction::Revoke:
        return planPrivilege(request, row);
    case BulkAction::EditDescription:
        return planDescription(request, row);
    case BulkAction::Delete:
        return planDelete(request, row);
    case BulkAction::Create:
        break;
    }
}

bool BulkPlanner::choosePassword(const BulkRequest& request, BulkRow& row)
{
    const AccountRules rules(row.target.instance.engine);
    if (!request.password.isEmpty()) {
        const FieldCheck check = rules.checkPassword(request.password);
        if (!check.isValid()) {
            //: %1 engine name, %2 the password rule that is broken
            row.skipReason = tr("The typed password does not meet the %1 rules: %2")
                                 .arg(ProductInfo::engineDisplayName(row.target.instance.engine), check.message);
            return false;
        }
        row.password = request.password;
        return true;
    }
    row.password = PasswordGenerator(rules.rules()).generate();
    return !row.password.isEmpty();
}

void BulkPlanner::planReset(const BulkRequest& request, BulkRow& row)
{
    row.action = QStringLiteral("ResetAccountPassword");
    row.callText = request.password.isEmpty() ? tr("Reset the password to a new generated one")
                                              : tr("Reset the password to the typed one");
    if (refuseUnless(row, InstancePolicy::canModifyAccount(row.target.instance, row.target.account)))
        choosePassword(request, row);
}

void BulkPlanner::planLock(const BulkRequest& request, BulkRow& row)
{
    row.locked = request.action == BulkAction::Lock;
    row.action = row.locked ? QStringLiteral("LockAccount") : QStringLiteral("UnlockAccount");
    row.callText = row.locked ? tr("Lock the account") : tr("Unlock the account");
    const Instance& instance = row.target.instance;
    const Account& account = row.target.account;
    refuseUnless(
        row, row.locked ? InstancePolicy::canLock(instance, account) : InstancePolicy::canUnlock(instance, account));
}

void BulkPlanner::planPrivilege(const BulkRequest& request, BulkRow& row)
{
    const bool grant = request.action == BulkAction::Grant;
    const Instance& instance = row.target.instance;
    const Account& account = row.target.account;
    const QString db = request.dbName;
    row.action = grant ? QStringLiteral("GrantAccountPrivilege") : QStringLiteral("RevokeAccountPrivilege");
    row.callText = grant ? tr("Grant %1 on %2").arg(AccountText::privilegeName(request.privilege), db)
                         : tr("Revoke access to %1").arg(db);
    if (!RuleTable::forEngine(instance.engine).hasPerDatabasePrivileges) {
        row.skipReason = tr("%1 has no databases to grant on; change the account's role with Modify privileges.")
                             .arg(ProductInfo::productDisplayName(instance.product));
        return;
    }
    if (!refuseUnless(row, InstancePolicy::canChangePrivilege(instance, account)))
        return;
    if (!hasDatabase(instance, db)) {
        row.skipReason = tr("This instance has no database named %1.").arg(db);
        return;
    }
    const QString held = AccountPrivileges::heldOn(account, db);
    if (grant) {
        if (!refuseUnless(row, InstancePolicy::canUsePrivilege(instance, request.privilege)))
            return;
        if (held == request.privilege) {
            row.skipReason = tr("The account already holds %1 on %2.").arg(AccountText::privilegeName(held), db);
            return;
        }
        row.change.grants = { DatabasePrivilege { db, request.privilege, QString() } };
    } else {
        if (held.isEmpty()) {
            row.skipReason = tr("The account holds no privilege on %1.").arg(db);
            return;
        }
        row.change.revokes = { db };
    }
}

void BulkPlanner::planDescription(const BulkRequest& request, BulkRow& row)
{
    row.action = QStringLiteral("ModifyAccountDescription");
    row.callText = tr("Set the description to \"%1\"").arg(request.description);
    row.description = request.description;
    if (!refuseUnless(row, InstancePolicy::canModifyAccount(row.target.instance, row.target.account)))
        return;
    const AccountRules rules(row.target.instance.engine);
    if (!refuseUnless(row, rules.checkDescription(request.description, true)))
        return;
    if (row.target.account.description == request.description)
        row.skipReason = tr("The account already has this description.");
}

void BulkPlanner::planDelete(const BulkRequest& request, BulkRow& row)
{
    const Instance& instance = row.target.instance;
    const Account& account = row.target.account;
    row.action = QStringLiteral("DeleteAccount");
    row.callText = tr("Delete the account");
    if (!refuseUnless(row, InstancePolicy::canDeleteAccount(instance, account)))
        return;
    const FieldCheck blocked = InstancePolicy::deleteBlockedByPrivileges(instance, account);
    if (blocked.isValid())
        return;
    if (!request.revokeBeforeDelete) {
        row.skipReason
            = blocked.message + QLatin1Char(' ') + tr("Tick \"Revoke their privileges first\" to include it.");
        return;
    }
    QStringList databases;
    for (const DatabasePrivilege& held : account.privileges)
        databases << held.dbName;
    row.change.revokes = databases;
    row.callText = tr("Revoke access to %1, then delete the account").arg(AccountText::list(databases));
}

void BulkPlanner::planCreate(const BulkRequest& request, BulkRow& row)
{
    const Instance& instance = row.target.instance;
    const QString& name = request.account.name;
    row.action = QStringLiteral("CreateAccount");
    row.callText = tr("Create the account %1").arg(name);
    if (!refuseUnless(row, InstancePolicy::canCreateAccount(instance, int(row.target.instanceAccounts.size()))))
        return;
    AccountRules rules(instance.engine);
    // RDS: the instance's keywords when loaded, else the built-in list the Create dialog falls back to.
    const bool builtIn = row.target.reservedWords.isEmpty() && instance.product == Product::Rds;
    rules.setExtraReservedWords(builtIn ? RuleTable::rdsReservedAccountWords() : row.target.reservedWords);
    if (const FieldCheck check = rules.checkName(name); !check.isValid()) {
        //: %1 engine name, %2 the name rule that is broken
        row.skipReason = tr("The name breaks the %1 rules: %2")
                             .arg(ProductInfo::engineDisplayName(instance.engine), check.message);
        return;
    }
    for (const Account& existing : row.target.instanceAccounts) {
        if (existing.name.compare(name, Qt::CaseInsensitive) == 0) {
            row.skipReason = tr("An account named %1 already exists on this instance.").arg(existing.name);
            return;
        }
    }
    if (!request.account.description.isEmpty()
        && !refuseUnless(row, rules.checkDescription(request.account.description)))
        return;
    row.draft.name = name;
    row.draft.description = request.account.description;
    planCreateAccess(request, row);
    if (row.isAllowed() && choosePassword(request, row))
        row.draft.password = row.password;
}

// The type, role and grants this instance's copy of the template gets; what differs is said in row.differences.
void BulkPlanner::planCreateAccess(const BulkRequest& request, BulkRow& row)
{
    const Instance& instance = row.target.instance;
    const EngineRules& rules = RuleTable::forEngine(instance.engine);
    if (instance.product == Product::Redis) {
        const QString role
            = request.account.redisPrivilege.isEmpty() ? rules.defaultPrivilege : request.account.redisPrivilege;
        if (!refuseUnless(row, InstancePolicy::canUsePrivilege(instance, role)))
            return;
        row.draft.redisPrivilege = role;
        row.differences
            << tr("Role %1 (Redis has no databases or account types)").arg(AccountText::privilegeName(role));
        return;
    }
    const QString type = request.account.type.isEmpty() ? QStringLiteral("Normal") : request.account.type;
    if (!refuseUnless(row, AccountRules(instance.engine).checkAccountType(type)))
        return;
    row.draft.type = type;
    if (type == QLatin1String("Super")) {
        for (const Account& existing : row.target.instanceAccounts) {
            if (existing.type == QLatin1String("Super")) {
                row.skipReason
                    = tr("This instance already has a privileged account (%1); it allows only one.").arg(existing.name);
                return;
            }
        }
        if (!request.account.grants.isEmpty())
            row.differences << tr("A privileged account holds every privilege: no grants are sent");
        return;
    }
    for (const DatabasePrivilege& grant : request.account.grants) {
        if (!hasDatabase(instance, grant.dbName)) {
            row.differences << tr("No database %1 here: not granted").arg(grant.dbName);
        } else if (const FieldCheck check = InstancePolicy::canUsePrivilege(instance, grant.privilege);
                   !check.isValid()) {
            //: %1 privilege name, %2 engine, %3 database
            row.differences << tr("%1 is not a %2 privilege: nothing granted on %3")
                                   .arg(AccountText::privilegeName(grant.privilege),
                                       ProductInfo::engineDisplayName(instance.engine),
                                       grant.dbName);
        } else {
            row.draft.grants << grant;
        }
    }
    if (!row.draft.grants.isEmpty()) {
        QStringList granted;
        for (const DatabasePrivilege& grant : row.draft.grants)
            granted << tr("%1 on %2").arg(AccountText::privilegeName(grant.privilege), grant.dbName);
        row.callText = tr("Create the account %1, then grant %2").arg(row.draft.name, AccountText::list(granted));
    }
}
