#include "RdsAccountActions.h"

#include "InstancePolicy.h"
#include "PolicyRefusal.h"
#include "RdsDescribe.h"
#include "RuleTable.h"

#include <QRegularExpression>

namespace {

const QString kAccountName = QStringLiteral("AccountName");
const QString kDBName = QStringLiteral("DBName");
const QString kAccountPrivilege = QStringLiteral("AccountPrivilege");
const QString kAccountPassword = QStringLiteral("AccountPassword");

SandboxProduct makeDescription()
{
    SandboxProduct d;
    d.product = Product::Rds;
    d.instanceListParameter = QStringLiteral("DBInstanceId");
    d.instanceStatusParameter = QStringLiteral("DBInstanceStatus");
    d.instanceNotFoundCode = QStringLiteral("InvalidDBInstanceId.NotFound");
    d.instanceNotFoundText
        = QT_TRANSLATE_NOOP("SandboxActions", "The database instance does not exist: %1; verify the DBInstanceId.");
    d.attributeRoot = QStringLiteral("Items");
    d.instanceAttribute = &RdsDescribe::instanceAttribute;
    d.accountArray = QStringLiteral("DBInstanceAccount");
    d.accountMinPageSize = 30; // the RDS seed: PageSize 30 to 100
    d.totalCountKey = QStringLiteral("TotalRecordCount");
    d.accountItem = &RdsDescribe::accountItem;
    d.reservesInstanceKeywords = true;
    d.actions = {
        { QStringLiteral("DescribeRegions"), &RdsDescribe::describeRegions },
        { QStringLiteral("DescribeDBInstances"), &RdsDescribe::describeDBInstances },
        { QStringLiteral("DescribeDBInstanceAttribute"), &SandboxActions::describeInstanceAttribute },
        { QStringLiteral("DescribeDatabases"), &RdsDescribe::describeDatabases },
        { QStringLiteral("DescribeAccounts"), &SandboxActions::describeAccounts },
        { QStringLiteral("DescribeInstanceKeywords"), &RdsDescribe::describeInstanceKeywords },
        { QStringLiteral("CreateAccount"), &SandboxActions::createAccount },
        { QStringLiteral("DeleteAccount"), &SandboxActions::deleteAccount },
        { QStringLiteral("ModifyAccountDescription"), &SandboxActions::modifyAccountDescription },
        { QStringLiteral("GrantAccountPrivilege"), &RdsAccountActions::grantAccountPrivilege },
        { QStringLiteral("RevokeAccountPrivilege"), &RdsAccountActions::revokeAccountPrivilege },
        { QStringLiteral("ResetAccount"), &RdsAccountActions::resetAccount },
        { QStringLiteral("ResetAccountPassword"), &SandboxActions::resetAccountPassword },
        { QStringLiteral("LockAccount"), &RdsAccountActions::lockAccount },
        { QStringLiteral("UnlockAccount"), &RdsAccountActions::unlockAccount },
        { QStringLiteral("GrantOperatorPermission"), &RdsAccountActions::grantOperatorPermission },
        { QStringLiteral("RevokeOperatorPermission"), &RdsAccountActions::revokeOperatorPermission },
    };
    return d;
}

} // namespace

const SandboxProduct& RdsAccountActions::description()
{
    static const SandboxProduct rds = makeDescription();
    return rds;
}

QStringList RdsAccountActions::databaseList(
    const SandboxInstance& instance, const QStringList& names, ActionReply* error)
{
    for (const QString& name : names) {
        const bool exists = std::any_of(instance.instance.databases.cbegin(),
            instance.instance.databases.cend(),
            [&](const Database& d) { return d.name == name; });
        if (!exists) {
            *error = ActionReply::error(404,
                QStringLiteral("InvalidDBName.NotFound"),
                tr("The database %1 does not exist on this instance.").arg(name));
            return {};
        }
    }
    return names;
}

ActionReply RdsAccountActions::grantAccountPrivilege(
    SandboxActions& actions, const SandboxRequest& request, const QDateTime&)
{
    auto [instance, account, error] = actions.accountTarget(request, { kDBName, kAccountPrivilege });
    if (!account)
        return error;
    const QStringList databases = databaseList(*instance, request.listParameter(kDBName), &error);
    if (error.isError())
        return error;
    const QStringList privileges = request.listParameter(kAccountPrivilege);
    if (privileges.size() != databases.size()) {
        return ActionReply::error(400,
            QStringLiteral("InvalidParameter"),
            tr("DBName lists %1 database(s) but AccountPrivilege lists %2 privilege(s); give "
               "one privilege per database.")
                .arg(databases.size())
                .arg(privileges.size()));
    }
    for (const QString& privilege : privileges) {
        const FieldCheck check = InstancePolicy::canUsePrivilege(instance->instance, privilege);
        if (!check.isValid())
            return ActionReply::error(400, QStringLiteral("InvalidAccountPrivilege"), check.message);
    }
    const Account target = account->account;
    if (const ActionReply refused = SandboxActions::changeRefusal(
            *instance, target, InstancePolicy::canChangePrivilege(instance->instance, target));
        refused.isError())
        return refused;
    Account changed = target;
    for (qsizetype i = 0; i < databases.size(); ++i) {
        changed.privileges.removeIf([&](const DatabasePrivilege& p) { return p.dbName == databases.at(i); });
        changed.privileges.append({ databases.at(i), privileges.at(i), QString() });
    }
    return actions.applyPrivileges(*instance, *account, changed);
}

ActionReply RdsAccountActions::revokeAccountPrivilege(
    SandboxActions& actions, const SandboxRequest& request, const QDateTime&)
{
    auto [instance, account, error] = actions.accountTarget(request, { kDBName });
    if (!account)
        return error;
    const QStringList databases = databaseList(*instance, request.listParameter(kDBName), &error);
    if (error.isError())
        return error;
    const Account target = account->account;
    if (const ActionReply refused = SandboxActions::changeRefusal(
            *instance, target, InstancePolicy::canChangePrivilege(instance->instance, target));
        refused.isError())
        return refused;
    Account changed = target;
    changed.privileges.removeIf([&](const DatabasePrivilege& p) { return databases.contains(p.dbName); });
    return actions.applyPrivileges(*instance, *account, changed);
}

ActionReply RdsAccountActions::resetAccount(SandboxActions& actions, const SandboxRequest& request, const QDateTime&)
{
    auto [instance, account, error] = actions.accountTarget(request, { kAccountPassword });
    if (!account)
        return error;
    const QString password = request.parameter(kAccountPassword);
    const Account target = account->account;
    const FieldCheck allowed = InstancePolicy::canResetPrivilegedAccount(instance->instance, target);
    const bool engineSupports = RuleTable::forEngine(instance->instance.engine).supportsResetPrivilegedAccount;
    for (const ActionReply& refusal :
        { SandboxActions::passwordRefusal(actions.rulesFor(instance->instance).checkPassword(password)),
            engineSupports ? ActionReply::ok() : PolicyRefusal::unsupportedEngine(allowed),
            PolicyRefusal::instanceState(instance->instance),
            PolicyRefusal::operationDenied(allowed) }) {
        if (refusal.isError())
            return refusal;
    }
    // Resetting the privileged account restores its default (all) permissions and sets the new password.
    if (EngineBackend* engine = actions.engineFor(*instance)) {
        Account restored = target;
        restored.privileges.clear();
        QString problem = engine->setPassword(target, password);
        if (problem.isEmpty())
            problem = engine->applyPrivileges(restored);
        if (problem.isEmpty() && target.status == QLatin1String("Locked"))
            problem = engine->setLoginAllowed(target, true);
        if (!problem.isEmpty())
            return EngineBackends::refusal(problem);
    }
    account->account.privileges.clear();
    account->account.status = QStringLiteral("Available");
    account->passwordSha256 = SandboxAccount::hashPassword(password);
    return ActionReply::ok();
}

ActionReply RdsAccountActions::lockAccount(SandboxActions& actions, const SandboxRequest& request, const QDateTime&)
{
    return setLocked(actions, request, true);
}

ActionReply RdsAccountActions::unlockAccount(SandboxActions& actions, const SandboxRequest& request, const QDateTime&)
{
    return setLocked(actions, request, false);
}

ActionReply RdsAccountActions::setLocked(SandboxActions& actions, const SandboxRequest& request, bool locked)
{
    auto [instance, account, error] = actions.accountTarget(request);
    if (!account)
        return error;
    const Account target = account->account;
    const FieldCheck allowed = locked ? InstancePolicy::canLock(instance->instance, target)
                                      : InstancePolicy::canUnlock(instance->instance, target);
    const bool engineSupports = RuleTable::forEngine(instance->instance.engine).supportsLock;
    for (const ActionReply& refusal : { engineSupports ? ActionReply::ok() : PolicyRefusal::unsupportedEngine(allowed),
             PolicyRefusal::instanceState(instance->instance),
             PolicyRefusal::accountState(allowed) }) {
        if (refusal.isError())
            return refusal;
    }
    if (EngineBackend* engine = actions.engineFor(*instance)) {
        if (const QString problem = engine->setLoginAllowed(target, !locked); !problem.isEmpty())
            return EngineBackends::refusal(problem);
    }
    account->account.status = locked ? QStringLiteral("Locked") : QStringLiteral("Available");
    return ActionReply::ok();
}

ActionReply RdsAccountActions::operatorRefusal(const SandboxInstance& instance)
{
    if (!RuleTable::forEngine(instance.instance.engine).supportsOperatorPermission)
        return PolicyRefusal::unsupportedEngine(InstancePolicy::canManageOperatorPermission(instance.instance));
    return PolicyRefusal::instanceState(instance.instance);
}

ActionReply RdsAccountActions::grantOperatorPermission(
    SandboxActions& actions, const SandboxRequest& request, const QDateTime& now)
{
    ActionReply error;
    SandboxInstance* instance
        = actions.instanceFor(request, { QStringLiteral("Privileges"), QStringLiteral("ExpiredTime") }, &error);
    if (!instance)
        return error;
    // The RDS seed: Privileges "One of: `Control`, `Data`" (one value, not a list).
    const QString privileges = request.parameter(QStringLiteral("Privileges"));
    if (privileges != QLatin1String("Control") && privileges != QLatin1String("Data")) {
        return ActionReply::error(400,
            QStringLiteral("InvalidPrivileges.Malformed"),
            tr("Privileges must be exactly one of Control or Data; '%1' is not.").arg(privileges));
    }
    // The RDS seed: ExpiredTime "ISO 8601 UTC format: `yyyy-MM-ddTHH:mm:ssZ`", and a deadline in the past
    // would grant nothing.
    const QString expiredText = request.parameter(QStringLiteral("ExpiredTime"));
    static const QRegularExpression exactForm(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    QDateTime expired = QDateTime::fromString(expiredText, QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
    expired.setTimeSpec(Qt::UTC);
    if (!exactForm.match(expiredText).hasMatch() || !expired.isValid()) {
        return ActionReply::error(400,
            QStringLiteral("InvalidExpiredTime.Format"),
            tr("ExpiredTime must be UTC in the form yyyy-MM-ddTHH:mm:ssZ; '%1' is not.").arg(expiredText));
    }
    if (expired <= now) {
        return ActionReply::error(400,
            QStringLiteral("InvalidExpiredTime.Past"),
            tr("ExpiredTime %1 has already passed; choose a time in the future (UTC).").arg(expiredText));
    }
    if (const ActionReply refused = operatorRefusal(*instance); refused.isError())
        return refused;
    instance->operatorPermission = OperatorPermission { privileges, expired };
    return ActionReply::ok();
}

ActionReply RdsAccountActions::revokeOperatorPermission(
    SandboxActions& actions, const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance = actions.instanceFor(request, {}, &error);
    if (!instance)
        return error;
    if (const ActionReply refused = operatorRefusal(*instance); refused.isError())
        return refused;
    instance->operatorPermission.reset();
    return ActionReply::ok();
}
