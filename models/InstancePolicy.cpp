#include "InstancePolicy.h"

#include "AccountText.h"
#include "RuleTable.h"

#include <QCoreApplication>

namespace {

// The refusals' texts, in the translation context "InstancePolicy".
class Text
{
    Q_DECLARE_TR_FUNCTIONS(InstancePolicy)
};

const QString kRunning = QStringLiteral("Running");
const QString kCreating = QStringLiteral("Creating");
const QString kLocked = QStringLiteral("Locked");
const QString kSuper = QStringLiteral("Super");
const QString kRoleRepl = QStringLiteral("RoleRepl");

FieldCheck refuse(const QString& why)
{
    return FieldCheck::invalid(why);
}

bool isStatus(const QString& status, const QString& expected)
{
    return status.compare(expected, Qt::CaseInsensitive) == 0;
}

QString engineName(const Instance& instance)
{
    return ProductInfo::engineDisplayName(instance.engine);
}

// An account call can only be made on a Running instance that the product lets manage accounts at all.
FieldCheck checkAccountNotCreating(const Account& account)
{
    if (isStatus(account.status, kCreating)) {
        return refuse(Text::tr("The account is still being created; wait about a minute until it is Available."));
    }
    return FieldCheck::valid();
}

} // namespace

namespace InstancePolicy {

FieldCheck canManageAccounts(const Instance& instance)
{
    const EngineRules& rules = RuleTable::forEngine(instance.engine);
    if (!rules.minimumEngineVersion.isEmpty() && !instance.engineVersion.isEmpty()
        && compareVersions(instance.engineVersion, rules.minimumEngineVersion) < 0) {
        return refuse(Text::tr("Account management needs %1 %2 or later; this instance runs %1 "
                               "%3. Upgrade the major version first.")
                          .arg(engineName(instance), rules.minimumEngineVersion, instance.engineVersion));
    }
    if (instance.status.isEmpty()) {
        return refuse(Text::tr("The instance status is not known yet; refresh the instance list."));
    }
    if (!isStatus(instance.status, kRunning)) {
        return refuse(
            Text::tr("The instance is %1; accounts can be changed only while it is Running.").arg(instance.status));
    }
    return FieldCheck::valid();
}

FieldCheck canCreateAccount(const Instance& instance, int existingAccounts)
{
    if (FieldCheck check = canManageAccounts(instance); !check.isValid())
        return check;
    const int quota = RuleTable::forEngine(instance.engine).maxAccountsPerInstance;
    if (quota > 0 && existingAccounts >= quota) {
        return refuse(Text::tr("This instance already has %1 accounts, the most %2 allows. "
                               "Delete an unused account first.")
                          .arg(existingAccounts)
                          .arg(engineName(instance)));
    }
    return FieldCheck::valid();
}

FieldCheck canModifyAccount(const Instance& instance, const Account& account)
{
    if (FieldCheck check = canManageAccounts(instance); !check.isValid())
        return check;
    return checkAccountNotCreating(account);
}

namespace {
// Deleting the Redis default account, or changing its privilege, is refused with `refusal`.
FieldCheck canModifyUnlessDefault(const Instance& instance, const Account& account, const QString& refusal)
{
    if (isRedisDefaultAccount(instance, account.name))
        return refuse(refusal);
    return canModifyAccount(instance, account);
}
} // namespace

FieldCheck canDeleteAccount(const Instance& instance, const Account& account)
{
    return canModifyUnlessDefault(
        instance, account, Text::tr("The default account (named like the instance) cannot be deleted."));
}

FieldCheck deleteBlockedByPrivileges(const Instance& instance, const Account& account)
{
    if (instance.product != Product::Rds || account.privileges.isEmpty())
        return FieldCheck::valid();
    const int databases = int(account.privileges.size());
    const QString why = Text::tr(
        "The account %1 still holds privileges on %n database(s); revoke them before deleting it.", nullptr, databases);
    return refuse(why.arg(account.name));
}

FieldCheck canChangePrivilege(const Instance& instance, const Account& account)
{
    return canModifyUnlessDefault(instance,
        account,
        Text::tr("The privilege of the default account (named like the instance) cannot be changed."));
}

FieldCheck canLock(const Instance& instance, const Account& account)
{
    if (!RuleTable::forEngine(instance.engine).supportsLock)
        return refuse(Text::tr("Lock and unlock exist only for PostgreSQL."));
    if (isStatus(account.status, kLocked))
        return refuse(Text::tr("The account is already locked."));
    return canModifyAccount(instance, account);
}

FieldCheck canUnlock(const Instance& instance, const Account& account)
{
    if (!RuleTable::forEngine(instance.engine).supportsLock)
        return refuse(Text::tr("Lock and unlock exist only for PostgreSQL."));
    if (!isStatus(account.status, kLocked))
        return refuse(Text::tr("The account is not locked."));
    return canManageAccounts(instance);
}

FieldCheck canResetPrivilegedAccount(const Instance& instance, const Account& account)
{
    if (!RuleTable::forEngine(instance.engine).supportsResetPrivilegedAccount) {
        return refuse(Text::tr("Resetting the privileged account exists only for MySQL, SQL Server and MariaDB."));
    }
    if (account.type.compare(kSuper, Qt::CaseInsensitive) != 0) {
        return refuse(Text::tr("Only the privileged (Super) account can be reset; this one is %1.")
                          .arg(account.type.isEmpty() ? Text::tr("Normal") : account.type));
    }
    return canModifyAccount(instance, account);
}

FieldCheck canManageOperatorPermission(const Instance& instance)
{
    if (!RuleTable::forEngine(instance.engine).supportsOperatorPermission) {
        return refuse(Text::tr("The service account (operator permission) exists only for ApsaraDB RDS."));
    }
    return canManageAccounts(instance);
}

FieldCheck canUsePrivilege(const Instance& instance, const QString& privilege)
{
    const EngineRules& rules = RuleTable::forEngine(instance.engine);
    if (!rules.privileges.contains(privilege)) {
        return refuse(Text::tr("'%1' is not a privilege of %2; choose one of: %3.")
                          .arg(privilege, engineName(instance), AccountText::list(rules.privileges)));
    }
    if (rules.copyPrivilegeOnlyOnStandard && privilege == kRoleRepl
        && instance.architecture != Architecture::Standard) {
        return refuse(Text::tr("The Copy privilege exists only on standard (non-cluster, "
                               "non-read/write-splitting) instances."));
    }
    return FieldCheck::valid();
}

QStringList privilegesFor(const Instance& instance)
{
    QStringList offered;
    for (const QString& privilege : RuleTable::forEngine(instance.engine).privileges) {
        if (canUsePrivilege(instance, privilege).isValid())
            offered.append(privilege);
    }
    return offered;
}

bool isRedisDefaultAccount(const Instance& instance, const QString& accountName)
{
    return instance.product == Product::Redis && !accountName.isEmpty()
        && accountName.compare(instance.id, Qt::CaseInsensitive) == 0;
}

int compareVersions(const QString& a, const QString& b)
{
    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    const qsizetype parts = std::max(left.size(), right.size());
    for (qsizetype i = 0; i < parts; ++i) {
        // A missing part counts as 0, so "4" equals "4.0".
        const QString l = left.value(i, QStringLiteral("0"));
        const QString r = right.value(i, QStringLiteral("0"));
        bool lNumeric = false, rNumeric = false;
        const qlonglong ln = l.toLongLong(&lNumeric);
        const qlonglong rn = r.toLongLong(&rNumeric);
        if (lNumeric && rNumeric) {
            if (ln != rn)
                return ln < rn ? -1 : 1;
            continue;
        }
        const int text = l.compare(r, Qt::CaseInsensitive);
        if (text != 0)
            return text < 0 ? -1 : 1;
    }
    return 0;
}

} // namespace InstancePolicy
