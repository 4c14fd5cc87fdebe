#include "RedisAccountActions.h"

#include "InstancePolicy.h"
#include "PolicyRefusal.h"
#include "RedisDescribe.h"

namespace {

const QString kAccountName = QStringLiteral("AccountName");

SandboxProduct makeDescription()
{
    SandboxProduct d;
    d.product = Product::Redis;
    d.wireStatusNames = { { QStringLiteral("Running"), QStringLiteral("Normal") } };
    d.instanceListParameter = QStringLiteral("InstanceIds");
    d.instanceStatusParameter = QStringLiteral("InstanceStatus");
    d.instanceNotFoundCode = QStringLiteral("InvalidInstanceId.NotFound");
    d.instanceNotFoundText = QT_TRANSLATE_NOOP("SandboxActions", "The specified instance %1 does not exist.");
    d.attributeRoot = QStringLiteral("Instances");
    d.instanceAttribute = &RedisDescribe::instanceAttribute;
    d.accountArray = QStringLiteral("Account");
    d.accountMinPageSize = 1;
    d.totalCountKey = QStringLiteral("TotalCount");
    d.echoesPageSize = true;
    d.searchesAccountNames = true;
    d.accountItem = &RedisDescribe::accountItem;
    d.createsWithPrivilege = true;
    d.echoesCreatedAccount = true;
    d.refreshesEngineFirst = true;
    d.actions = {
        { QStringLiteral("DescribeRegions"), &RedisDescribe::describeRegions },
        { QStringLiteral("DescribeInstances"), &RedisDescribe::describeInstances },
        { QStringLiteral("DescribeInstanceAttribute"), &SandboxActions::describeInstanceAttribute },
        { QStringLiteral("DescribeAccounts"), &SandboxActions::describeAccounts },
        { QStringLiteral("CreateAccount"), &SandboxActions::createAccount },
        { QStringLiteral("GrantAccountPrivilege"), &RedisAccountActions::grantAccountPrivilege },
        { QStringLiteral("ModifyAccountDescription"), &SandboxActions::modifyAccountDescription },
        { QStringLiteral("ModifyAccountPassword"), &RedisAccountActions::modifyAccountPassword },
        { QStringLiteral("ResetAccountPassword"), &SandboxActions::resetAccountPassword },
        { QStringLiteral("DeleteAccount"), &SandboxActions::deleteAccount },
    };
    return d;
}

} // namespace

const SandboxProduct& RedisAccountActions::description()
{
    static const SandboxProduct redis = makeDescription();
    return redis;
}

ActionReply RedisAccountActions::grantAccountPrivilege(
    SandboxActions& actions, const SandboxRequest& request, const QDateTime&)
{
    auto [instance, account, error] = actions.accountTarget(request, { QStringLiteral("AccountPrivilege") });
    if (!account)
        return error;
    const QString privilege = request.parameter(QStringLiteral("AccountPrivilege"));
    const Account target = account->account;
    for (const ActionReply& refusal :
        { PolicyRefusal::fieldReply(InstancePolicy::canUsePrivilege(instance->instance, privilege),
              QStringLiteral("InvalidAccountPrivilege")),
            SandboxActions::changeRefusal(
                *instance, target, InstancePolicy::canChangePrivilege(instance->instance, target)) }) {
        if (refusal.isError())
            return refusal;
    }
    Account changed = target;
    changed.privileges = { { QString(), privilege, QString() } };
    return actions.applyPrivileges(*instance, *account, changed);
}

ActionReply RedisAccountActions::modifyAccountPassword(
    SandboxActions& actions, const SandboxRequest& request, const QDateTime&)
{
    auto [instance, account, error] = actions.accountTarget(
        request, { QStringLiteral("OldAccountPassword"), QStringLiteral("NewAccountPassword") });
    if (!account)
        return error;
    const QString password = request.parameter(QStringLiteral("NewAccountPassword"));
    for (const ActionReply& refusal :
        { SandboxActions::passwordRefusal(actions.rulesFor(instance->instance).checkPassword(password)),
            SandboxActions::changeRefusal(*instance,
                account->account,
                InstancePolicy::canModifyAccount(instance->instance, account->account)) }) {
        if (refusal.isError())
            return refusal;
    }
    // The old password is the account's state too: checked last, like the account's status.
    if (!account->passwordMatches(request.parameter(QStringLiteral("OldAccountPassword")))) {
        return ActionReply::error(400,
            QStringLiteral("InvalidAccountPassword.Mismatch"),
            tr("The old password is not the account's current password."));
    }
    return actions.setPassword(*instance, *account, password);
}
