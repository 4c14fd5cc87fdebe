#include "RedisActions.h"

#include "InstancePolicy.h"
#include "PageRequest.h"
#include "PolicyRefusal.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

const QString kInstanceId = QStringLiteral("InstanceId");
const QString kAccountName = QStringLiteral("AccountName");

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

int capacityMb(const Instance& instance)
{
    return instance.architecture == Architecture::Cluster ? 16384 : 4096;
}

} // namespace

RedisActions::RedisActions(SandboxState& state, int creatingDelayMs)
    : m_state(state)
    , m_creatingDelayMs(creatingDelayMs)
{
}

const QHash<QString, RedisActions::Handler>& RedisActions::handlers()
{
    static const QHash<QString, Handler> table = {
        { QStringLiteral("DescribeRegions"), &RedisActions::describeRegions },
        { QStringLiteral("DescribeInstances"), &RedisActions::describeInstances },
        { QStringLiteral("DescribeInstanceAttribute"), &RedisActions::describeInstanceAttribute },
        { QStringLiteral("DescribeAccounts"), &RedisActions::describeAccounts },
        { QStringLiteral("CreateAccount"), &RedisActions::createAccount },
        { QStringLiteral("GrantAccountPrivilege"), &RedisActions::grantAccountPrivilege },
        { QStringLiteral("ModifyAccountDescription"), &RedisActions::modifyAccountDescription },
        { QStringLiteral("ModifyAccountPassword"), &RedisActions::modifyAccountPassword },
        { QStringLiteral("ResetAccountPassword"), &RedisActions::resetAccountPassword },
        { QStringLiteral("DeleteAccount"), &RedisActions::deleteAccount },
    };
    return table;
}

bool RedisActions::handles(const QString& action)
{
    return handlers().contains(action);
}

ActionReply RedisActions::handle(const QString& action, const SandboxRequest& request, const QDateTime& now)
{
    if (const SandboxInstance* instance = m_state.findInstance(Product::Redis, request.parameter(kInstanceId))) {
        if (EngineBackend* engine = engineFor(*instance)) {
            if (const QString problem = engine->refresh(*instance); !problem.isEmpty())
                return EngineBackends::refusal(problem);
        }
    }
    const Handler handler = handlers().value(action);
    return (this->*handler)(request, now);
}

QString RedisActions::wireStatus(const QString& status)
{
    return status == QLatin1String("Running") ? QStringLiteral("Normal") : status;
}

SandboxInstance* RedisActions::instanceFor(
    const SandboxRequest& request, const QStringList& required, ActionReply* error)
{
    const QString missing = request.firstMissing(QStringList { kInstanceId } + required);
    if (!missing.isEmpty()) {
        *error = ActionReply::missingParameter(missing);
        return nullptr;
    }
    const QString id = request.parameter(kInstanceId);
    SandboxInstance* instance = m_state.findInstance(Product::Redis, id);
    if (!instance) {
        *error = ActionReply::error(
            404, QStringLiteral("InvalidInstanceId.NotFound"), tr("The specified instance %1 does not exist.").arg(id));
    }
    return instance;
}

SandboxAccount* RedisActions::accountFor(SandboxInstance* instance, const SandboxRequest& request, ActionReply* error)
{
    if (!instance)
        return nullptr;
    const QString name = request.parameter(kAccountName);
    SandboxAccount* account = instance->findAccount(name);
    if (!account) {
        *error = ActionReply::error(404,
            QStringLiteral("InvalidAccountName.NotFound"),
            tr("The account %1 does not exist on this instance.").arg(name));
    }
    return account;
}

ActionReply RedisActions::refuseModify(const SandboxInstance& instance, const Account& account) const
{
    return PolicyRefusal::reply(
        InstancePolicy::canModifyAccount(instance.instance, account),
        instance.instance,
        [&](const Instance& i) { return InstancePolicy::canModifyAccount(i, account); },
        403,
        QStringLiteral("IncorrectAccountStatus"));
}

ActionReply RedisActions::describeRegions(const SandboxRequest& request, const QDateTime&)
{
    const bool english = request.parameter(QStringLiteral("AcceptLanguage")) == QLatin1String("en-US");
    QJsonArray rows;
    for (const SandboxRegion& region : m_state.regions()) {
        rows.append(QJsonObject { { QStringLiteral("RegionId"), region.id },
            { QStringLiteral("LocalName"), english ? region.localNameEn : region.localNameZh },
            { QStringLiteral("RegionEndpoint"), region.redisEndpoint },
            { QStringLiteral("ZoneIds"), region.zoneIds.join(QLatin1Char(',')) },
            { QStringLiteral("ZoneIdList"),
                QJsonObject { { QStringLiteral("ZoneId"), QJsonArray::fromStringList(region.zoneIds) } } } });
    }
    return ActionReply::ok(
        { { QStringLiteral("RegionIds"), QJsonObject { { QStringLiteral("KVStoreRegion"), rows } } } });
}

QJsonObject RedisActions::instanceItem(const SandboxInstance& s)
{
    const Instance& i = s.instance;
    return { { QStringLiteral("InstanceId"), i.id },
        { QStringLiteral("InstanceName"), i.description },
        { QStringLiteral("InstanceStatus"), wireStatus(i.status) },
        { QStringLiteral("InstanceType"), QStringLiteral("Redis") },
        { QStringLiteral("EngineVersion"), i.engineVersion },
        { QStringLiteral("ArchitectureType"), ProductInfo::architectureWireName(i.architecture) },
        { QStringLiteral("InstanceClass"), i.instanceClass },
        { QStringLiteral("EditionType"), QStringLiteral("Community") },
        { QStringLiteral("RegionId"), i.regionId },
        { QStringLiteral("ZoneId"), s.zoneId },
        { QStringLiteral("CreateTime"), isoTime(s.createdAt) },
        { QStringLiteral("ChargeType"), QStringLiteral("PostPaid") },
        { QStringLiteral("NetworkType"), QStringLiteral("VPC") },
        { QStringLiteral("NodeType"), QStringLiteral("MASTER_SLAVE") },
        { QStringLiteral("ConnectionDomain"), QString(i.id + QStringLiteral(".redis.rds.aliyuncs.com")) },
        { QStringLiteral("Port"), 6379 },
        { QStringLiteral("Capacity"), capacityMb(i) },
        { QStringLiteral("Bandwidth"), 96 },
        { QStringLiteral("Connections"), 10000 },
        { QStringLiteral("QPS"), 100000 },
        { QStringLiteral("PrivateIp"), QStringLiteral("172.16.88.12") },
        { QStringLiteral("ResourceGroupId"), QStringLiteral("rg-acfmz7sandbox01") },
        { QStringLiteral("VpcId"), QStringLiteral("vpc-bp1sandbox0demo01") },
        { QStringLiteral("VSwitchId"), QStringLiteral("vsw-bp1sandbox0demo01") },
        { QStringLiteral("IsRds"), true },
        { QStringLiteral("Tags"), QJsonObject { { QStringLiteral("Tag"), QJsonArray() } } } };
}

ActionReply RedisActions::describeInstances(const SandboxRequest& request, const QDateTime&)
{
    const PageRequest page = PageRequest::read(request, 30, 1, 50);
    if (page.error.isError())
        return page.error;
    const QString regionId = request.parameter(QStringLiteral("RegionId"));
    const QStringList ids
        = request.parameter(QStringLiteral("InstanceIds")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString status = request.parameter(QStringLiteral("InstanceStatus"));
    const QString architecture = request.parameter(QStringLiteral("ArchitectureType"));
    const QString version = request.parameter(QStringLiteral("EngineVersion"));
    const QString searchKey = request.parameter(QStringLiteral("SearchKey"));
    QList<const SandboxInstance*> matches;
    for (const SandboxInstance& s : m_state.instances()) {
        const Instance& i = s.instance;
        if (i.product != Product::Redis)
            continue;
        if ((!regionId.isEmpty() && i.regionId != regionId) || (!ids.isEmpty() && !ids.contains(i.id))
            || (!status.isEmpty() && wireStatus(i.status) != status)
            || (!architecture.isEmpty() && ProductInfo::architectureWireName(i.architecture) != architecture)
            || (!version.isEmpty() && i.engineVersion != version)
            || (!searchKey.isEmpty() && !i.id.contains(searchKey) && !i.description.contains(searchKey)))
            continue;
        matches.append(&s);
    }
    QJsonArray items;
    for (qsizetype i = page.offset(); i < matches.size() && i < page.offset() + page.size; ++i)
        items.append(instanceItem(*matches.at(i)));
    return ActionReply::ok(
        { { QStringLiteral("Instances"), QJsonObject { { QStringLiteral("KVStoreInstance"), items } } },
            { QStringLiteral("PageNumber"), page.number },
            { QStringLiteral("PageSize"), page.size },
            { QStringLiteral("TotalCount"), matches.size() } });
}

QJsonObject RedisActions::instanceAttribute(const SandboxInstance& s)
{
    QJsonObject item = instanceItem(s);
    item.insert(QStringLiteral("Engine"), QStringLiteral("Redis"));
    item.insert(QStringLiteral("ShardCount"), s.instance.architecture == Architecture::Cluster ? 8 : 1);
    item.insert(QStringLiteral("ReplicationMode"), QStringLiteral("master-slave"));
    item.insert(QStringLiteral("VpcAuthMode"), QStringLiteral("Open"));
    item.insert(QStringLiteral("SecurityIPList"), QStringLiteral("10.0.0.0/8"));
    item.insert(QStringLiteral("MaintainStartTime"), QStringLiteral("18:00Z"));
    item.insert(QStringLiteral("MaintainEndTime"), QStringLiteral("22:00Z"));
    item.insert(QStringLiteral("AvailabilityValue"), QStringLiteral("100%"));
    item.insert(QStringLiteral("InstanceReleaseProtection"), false);
    return item;
}

ActionReply RedisActions::describeInstanceAttribute(const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, {}, &error);
    if (!instance)
        return error;
    QJsonObject attribute = instanceAttribute(*instance);
    if (const EngineBackend* engine = engineFor(*instance)) {
        attribute.insert(QStringLiteral("ConnectionDomain"), engine->host());
        attribute.insert(QStringLiteral("Port"), engine->port());
    }
    return ActionReply::ok({ { QStringLiteral("Instances"),
        QJsonObject { { QStringLiteral("DBInstanceAttribute"), QJsonArray { attribute } } } } });
}

QJsonObject RedisActions::accountItem(const SandboxInstance& s, const SandboxAccount& a)
{
    QJsonArray privileges;
    for (const DatabasePrivilege& p : a.account.privileges)
        privileges.append(QJsonObject { { QStringLiteral("AccountPrivilege"), p.privilege } });
    return { { QStringLiteral("InstanceId"), s.instance.id },
        { QStringLiteral("AccountName"), a.account.name },
        { QStringLiteral("AccountStatus"), a.account.status },
        { QStringLiteral("AccountType"), a.account.type },
        { QStringLiteral("AccountDescription"), a.account.description },
        { QStringLiteral("DatabasePrivileges"), QJsonObject { { QStringLiteral("DatabasePrivilege"), privileges } } } };
}

ActionReply RedisActions::describeAccounts(const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, {}, &error);
    if (!instance)
        return error;
    if (EngineBackend* engine = engineFor(*instance)) {
        if (const QString problem = engine->readBack(*instance); !problem.isEmpty())
            return EngineBackends::refusal(problem);
    }
    const PageRequest page = PageRequest::read(request, 30, 1, 100);
    if (page.error.isError())
        return page.error;
    const QString name = request.parameter(kAccountName);
    const QString search = request.parameter(QStringLiteral("SearchAccountName"));
    QList<const SandboxAccount*> matches;
    for (const SandboxAccount& a : instance->accounts) {
        if ((name.isEmpty() || a.account.name == name) && (search.isEmpty() || a.account.name.contains(search)))
            matches.append(&a);
    }
    QJsonArray items;
    for (qsizetype i = page.offset(); i < matches.size() && i < page.offset() + page.size; ++i)
        items.append(accountItem(*instance, *matches.at(i)));
    return ActionReply::ok({ { QStringLiteral("Accounts"), QJsonObject { { QStringLiteral("Account"), items } } },
        { QStringLiteral("PageNumber"), page.number },
        { QStringLiteral("PageSize"), page.size },
        { QStringLiteral("TotalCount"), matches.size() } });
}

ActionReply RedisActions::createAccount(const SandboxRequest& request, const QDateTime& now)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, { kAccountName, QStringLiteral("AccountPassword") }, &error);
    if (!instance)
        return error;
    const int count = static_cast<int>(instance->accounts.size());
    const ActionReply refused = PolicyRefusal::reply(
        InstancePolicy::canCreateAccount(instance->instance, count),
        instance->instance,
        [count](const Instance& i) { return InstancePolicy::canCreateAccount(i, count); },
        403,
        QStringLiteral("AccountQuotaExceeded"));
    if (refused.isError())
        return refused;
    const AccountRules rules(instance->instance.engine);
    const QString name = request.parameter(kAccountName);
    const QString type = request.parameter(QStringLiteral("AccountType")).isEmpty()
        ? QStringLiteral("Normal")
        : request.parameter(QStringLiteral("AccountType"));
    const QString privilege = request.parameter(QStringLiteral("AccountPrivilege")).isEmpty()
        ? rules.rules().defaultPrivilege
        : request.parameter(QStringLiteral("AccountPrivilege"));
    const QString description = request.parameter(QStringLiteral("AccountDescription"));
    for (const ActionReply& refusal :
        { PolicyRefusal::fieldReply(rules.checkName(name), QStringLiteral("InvalidAccountName.Format")),
            PolicyRefusal::fieldReply(rules.checkPassword(request.parameter(QStringLiteral("AccountPassword"))),
                QStringLiteral("InvalidAccountPassword.Format")),
            PolicyRefusal::fieldReply(
                rules.checkDescription(description), QStringLiteral("InvalidAccountDescription.Format")),
            PolicyRefusal::fieldReply(rules.checkAccountType(type), QStringLiteral("InvalidAccountType.Format")),
            PolicyRefusal::fieldReply(InstancePolicy::canUsePrivilege(instance->instance, privilege),
                QStringLiteral("InvalidAccountPrivilege")) }) {
        if (refusal.isError())
            return refusal;
    }
    if (instance->findAccount(name)) {
        return ActionReply::error(400,
            QStringLiteral("InvalidAccountName.Duplicate"),
            tr("The account name %1 already exists on this instance.").arg(name));
    }
    SandboxAccount account;
    account.account.instanceId = instance->instance.id;
    account.account.name = name;
    account.account.type = type;
    account.account.description = description;
    account.account.status = m_creatingDelayMs > 0 ? QStringLiteral("Creating") : QStringLiteral("Available");
    account.account.privileges = { { QString(), privilege, QString() } };
    account.passwordSha256 = SandboxAccount::hashPassword(request.parameter(QStringLiteral("AccountPassword")));
    account.createdAt = now;
    account.availableAt = now.addMSecs(m_creatingDelayMs);
    if (EngineBackend* engine = engineFor(*instance)) {
        if (const QString problem
            = engine->createAccount(account.account, request.parameter(QStringLiteral("AccountPassword")));
            !problem.isEmpty())
            return EngineBackends::refusal(problem);
    }
    instance->accounts.append(account);
    return ActionReply::ok({ { QStringLiteral("InstanceId"), instance->instance.id },
        { QStringLiteral("AccountName"), name },
        // Deliberate: the real API also sends this misspelled, deprecated duplicate; tst_wirespellings pins it.
        { QStringLiteral("AcountName"), name } });
}

ActionReply RedisActions::grantAccountPrivilege(const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, { kAccountName, QStringLiteral("AccountPrivilege") }, &error);
    SandboxAccount* account = accountFor(instance, request, &error);
    if (!account)
        return error;
    const Account target = account->account;
    const ActionReply refused = PolicyRefusal::reply(
        InstancePolicy::canChangePrivilege(instance->instance, target),
        instance->instance,
        [&](const Instance& i) { return InstancePolicy::canChangePrivilege(i, target); },
        403,
        InstancePolicy::isRedisDefaultAccount(instance->instance, target.name)
            ? QStringLiteral("OperationDenied")
            : QStringLiteral("IncorrectAccountStatus"));
    if (refused.isError())
        return refused;
    const QString privilege = request.parameter(QStringLiteral("AccountPrivilege"));
    const ActionReply bad = PolicyRefusal::fieldReply(
        InstancePolicy::canUsePrivilege(instance->instance, privilege), QStringLiteral("InvalidAccountPrivilege"));
    if (bad.isError())
        return bad;
    Account changed = account->account;
    changed.privileges = { { QString(), privilege, QString() } };
    if (EngineBackend* engine = engineFor(*instance)) {
        if (const QString problem = engine->applyPrivileges(changed); !problem.isEmpty())
            return EngineBackends::refusal(problem);
    }
    account->account.privileges = changed.privileges;
    return ActionReply::ok();
}

ActionReply RedisActions::modifyAccountDescription(const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, { kAccountName, QStringLiteral("AccountDescription") }, &error);
    SandboxAccount* account = accountFor(instance, request, &error);
    if (!account)
        return error;
    if (const ActionReply refused = refuseModify(*instance, account->account); refused.isError())
        return refused;
    const QString description = request.parameter(QStringLiteral("AccountDescription"));
    const ActionReply bad
        = PolicyRefusal::fieldReply(AccountRules(instance->instance.engine).checkDescription(description, true),
            QStringLiteral("InvalidAccountDescription.Format"));
    if (bad.isError())
        return bad;
    account->account.description = description;
    return ActionReply::ok();
}

ActionReply RedisActions::modifyAccountPassword(const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(
        request, { kAccountName, QStringLiteral("OldAccountPassword"), QStringLiteral("NewAccountPassword") }, &error);
    SandboxAccount* account = accountFor(instance, request, &error);
    if (!account)
        return error;
    if (const ActionReply refused = refuseModify(*instance, account->account); refused.isError())
        return refused;
    if (!account->passwordMatches(request.parameter(QStringLiteral("OldAccountPassword")))) {
        return ActionReply::error(400,
            QStringLiteral("InvalidAccountPassword.Mismatch"),
            tr("The old password is not the account's current password."));
    }
    const QString password = request.parameter(QStringLiteral("NewAccountPassword"));
    const ActionReply bad = PolicyRefusal::fieldReply(AccountRules(instance->instance.engine).checkPassword(password),
        QStringLiteral("InvalidAccountPassword.Format"));
    if (bad.isError())
        return bad;
    if (EngineBackend* engine = engineFor(*instance)) {
        if (const QString problem = engine->setPassword(account->account, password); !problem.isEmpty())
            return EngineBackends::refusal(problem);
    }
    account->passwordSha256 = SandboxAccount::hashPassword(password);
    return ActionReply::ok();
}

ActionReply RedisActions::resetAccountPassword(const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, { kAccountName, QStringLiteral("AccountPassword") }, &error);
    SandboxAccount* account = accountFor(instance, request, &error);
    if (!account)
        return error;
    if (const ActionReply refused = refuseModify(*instance, account->account); refused.isError())
        return refused;
    const QString password = request.parameter(QStringLiteral("AccountPassword"));
    const ActionReply bad = PolicyRefusal::fieldReply(AccountRules(instance->instance.engine).checkPassword(password),
        QStringLiteral("InvalidAccountPassword.Format"));
    if (bad.isError())
        return bad;
    if (EngineBackend* engine = engineFor(*instance)) {
        if (const QString problem = engine->setPassword(account->account, password); !problem.isEmpty())
            return EngineBackends::refusal(problem);
    }
    account->passwordSha256 = SandboxAccount::hashPassword(password);
    return ActionReply::ok();
}

ActionReply RedisActions::deleteAccount(const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, { kAccountName }, &error);
    SandboxAccount* account = accountFor(instance, request, &error);
    if (!account)
        return error;
    const Account target = account->account;
    const ActionReply refused = PolicyRefusal::reply(
        InstancePolicy::canDeleteAccount(instance->instance, target),
        instance->instance,
        [&](const Instance& i) { return InstancePolicy::canDeleteAccount(i, target); },
        403,
        InstancePolicy::isRedisDefaultAccount(instance->instance, target.name)
            ? QStringLiteral("OperationDenied")
            : QStringLiteral("IncorrectAccountStatus"));
    if (refused.isError())
        return refused;
    if (EngineBackend* engine = engineFor(*instance)) {
        if (const QString problem = engine->dropAccount(target); !problem.isEmpty())
            return EngineBackends::refusal(problem);
    }
    instance->accounts.removeIf([&](const SandboxAccount& a) { return a.account.name == target.name; });
    return ActionReply::ok();
}
