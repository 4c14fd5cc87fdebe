#include "SandboxActions.h"

#include "InstanceKeywords.h"
#include "InstancePolicy.h"
#include "PageRequest.h"
#include "PolicyRefusal.h"
#include "RuleTable.h"

#include <QJsonArray>

namespace {

const QString kAccountName = QStringLiteral("AccountName");
const QString kAccountPassword = QStringLiteral("AccountPassword");
const QString kAccountDescription = QStringLiteral("AccountDescription");

QString accountType(const SandboxRequest& request)
{
    const QString type = request.parameter(QStringLiteral("AccountType"));
    return type.isEmpty() ? QStringLiteral("Normal") : type;
}

QString privilege(const SandboxRequest& request, const AccountRules& rules)
{
    const QString privilege = request.parameter(QStringLiteral("AccountPrivilege"));
    return privilege.isEmpty() ? rules.rules().defaultPrivilege : privilege;
}

} // namespace

SandboxActions::SandboxActions(SandboxState& state, const SandboxProduct& product, int creatingDelayMs)
    : m_state(state)
    , m_product(product)
    , m_creatingDelayMs(creatingDelayMs)
{
}

ActionReply SandboxActions::handle(const QString& action, const SandboxRequest& request, const QDateTime& now)
{
    const QString id = request.parameter(ProductInfo::instanceIdParameter(m_product.product));
    if (const SandboxInstance* instance = m_state.findInstance(m_product.product, id);
        instance && m_product.refreshesEngineFirst) {
        if (EngineBackend* engine = engineFor(*instance)) {
            if (const QString problem = engine->refresh(*instance); !problem.isEmpty())
                return EngineBackends::refusal(problem);
        }
    }
    return m_product.actions.value(action)(*this, request, now);
}

SandboxInstance* SandboxActions::instanceFor(
    const SandboxRequest& request, const QStringList& required, ActionReply* error)
{
    const QString idParameter = ProductInfo::instanceIdParameter(m_product.product);
    const QString missing = request.firstMissing(QStringList { idParameter } + required);
    if (!missing.isEmpty()) {
        *error = ActionReply::missingParameter(missing);
        return nullptr;
    }
    const QString id = request.parameter(idParameter);
    SandboxInstance* instance = m_state.findInstance(m_product.product, id);
    if (!instance) {
        *error = ActionReply::error(404,
            m_product.instanceNotFoundCode,
            QCoreApplication::translate("SandboxActions", m_product.instanceNotFoundText).arg(id));
    }
    return instance;
}

SandboxActions::Target SandboxActions::accountTarget(const SandboxRequest& request, const QStringList& required)
{
    Target target;
    target.instance = instanceFor(request, QStringList { kAccountName } + required, &target.error);
    if (!target.instance)
        return target;
    const QString name = request.parameter(kAccountName);
    target.account = target.instance->findAccount(name);
    if (!target.account) {
        target.error = ActionReply::error(404,
            QStringLiteral("InvalidAccountName.NotFound"),
            tr("The account %1 does not exist on this instance.").arg(name));
    }
    return target;
}

AccountRules SandboxActions::rulesFor(const Instance& instance) const
{
    AccountRules rules(instance.engine);
    if (m_product.reservesInstanceKeywords)
        rules.setExtraReservedWords(InstanceKeywords::accountWords());
    return rules;
}

QList<const SandboxInstance*> SandboxActions::instancesMatching(
    const SandboxRequest& request, const std::function<bool(const Instance&)>& also) const
{
    const QString regionId = request.parameter(QStringLiteral("RegionId"));
    const QStringList ids = request.listParameter(m_product.instanceListParameter);
    const QString status = request.parameter(m_product.instanceStatusParameter);
    const QString searchKey = request.parameter(QStringLiteral("SearchKey"));
    QList<const SandboxInstance*> matches;
    for (const SandboxInstance& s : m_state.instances()) {
        const Instance& i = s.instance;
        if (i.product != m_product.product || (!regionId.isEmpty() && i.regionId != regionId)
            || (!ids.isEmpty() && !ids.contains(i.id))
            || (!status.isEmpty() && m_product.wireStatus(i.status) != status)
            || (!searchKey.isEmpty() && !i.id.contains(searchKey) && !i.description.contains(searchKey)) || !also(i))
            continue;
        matches.append(&s);
    }
    return matches;
}

ActionReply SandboxActions::passwordRefusal(const FieldCheck& check)
{
    if (check.isValid())
        return ActionReply::ok();
    return ActionReply::error(400,
        QStringLiteral("InvalidAccountPassword.Format"),
        tr("Specified account password is not valid: %1").arg(check.message));
}

ActionReply SandboxActions::changeRefusal(
    const SandboxInstance& instance, const Account& account, const FieldCheck& accountCheck)
{
    if (const ActionReply refused = PolicyRefusal::instanceState(instance.instance); refused.isError())
        return refused;
    if (InstancePolicy::isRedisDefaultAccount(instance.instance, account.name))
        return PolicyRefusal::operationDenied(accountCheck);
    return PolicyRefusal::accountState(accountCheck);
}

ActionReply SandboxActions::applyPrivileges(SandboxInstance& instance, SandboxAccount& account, const Account& changed)
{
    if (EngineBackend* engine = engineFor(instance)) {
        if (const QString problem = engine->applyPrivileges(changed); !problem.isEmpty())
            return EngineBackends::refusal(problem);
    }
    account.account.privileges = changed.privileges;
    return ActionReply::ok();
}

ActionReply SandboxActions::setPassword(SandboxInstance& instance, SandboxAccount& account, const QString& password)
{
    if (EngineBackend* engine = engineFor(instance)) {
        if (const QString problem = engine->setPassword(account.account, password); !problem.isEmpty())
            return EngineBackends::refusal(problem);
    }
    account.passwordSha256 = SandboxAccount::hashPassword(password);
    return ActionReply::ok();
}

ActionReply SandboxActions::describeInstanceAttribute(const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, {}, &error);
    if (!instance)
        return error;
    const QJsonObject attribute = m_product.instanceAttribute(*instance, engineFor(*instance));
    return ActionReply::ok({ { m_product.attributeRoot,
        QJsonObject { { QStringLiteral("DBInstanceAttribute"), QJsonArray { attribute } } } } });
}

ActionReply SandboxActions::describeAccounts(const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, {}, &error);
    if (!instance)
        return error;
    if (EngineBackend* engine = engineFor(*instance)) {
        if (const QString problem = engine->readBack(*instance); !problem.isEmpty())
            return EngineBackends::refusal(problem);
    }
    const PageRequest page = PageRequest::read(request, 30, m_product.accountMinPageSize, 100);
    if (page.error.isError())
        return page.error;
    const QString name = request.parameter(kAccountName);
    const QString search
        = m_product.searchesAccountNames ? request.parameter(QStringLiteral("SearchAccountName")) : QString();
    QList<const SandboxAccount*> matches;
    for (const SandboxAccount& a : instance->accounts) {
        if ((name.isEmpty() || a.account.name == name) && (search.isEmpty() || a.account.name.contains(search)))
            matches.append(&a);
    }
    const QJsonArray items
        = page.slice(matches, [&](const SandboxAccount& a) { return m_product.accountItem(*instance, a); });
    QJsonObject body { { QStringLiteral("Accounts"), QJsonObject { { m_product.accountArray, items } } },
        { QStringLiteral("PageNumber"), page.number },
        { m_product.totalCountKey, matches.size() } };
    if (m_product.echoesPageSize)
        body.insert(QStringLiteral("PageSize"), page.size);
    return ActionReply::ok(body);
}

ActionReply SandboxActions::createAccount(const SandboxRequest& request, const QDateTime& now)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, { kAccountName, kAccountPassword }, &error);
    if (!instance)
        return error;
    const AccountRules rules = rulesFor(instance->instance);
    const QString name = request.parameter(kAccountName);
    const QString type = accountType(request);
    const FieldCheck privilegeCheck = m_product.createsWithPrivilege
        ? InstancePolicy::canUsePrivilege(instance->instance, privilege(request, rules))
        : FieldCheck::valid();
    for (const ActionReply& refusal :
        { PolicyRefusal::fieldReply(rules.checkName(name), QStringLiteral("InvalidAccountName.Format")),
            passwordRefusal(rules.checkPassword(request.parameter(kAccountPassword))),
            PolicyRefusal::fieldReply(rules.checkDescription(request.parameter(kAccountDescription)),
                QStringLiteral("InvalidAccountDescription.Format")),
            PolicyRefusal::fieldReply(rules.checkAccountType(type), QStringLiteral("InvalidAccountType.Format")),
            PolicyRefusal::fieldReply(privilegeCheck, QStringLiteral("InvalidAccountPrivilege")),
            PolicyRefusal::instanceState(instance->instance),
            quotaRefusal(*instance, type) }) {
        if (refusal.isError())
            return refusal;
    }
    if (instance->findAccount(name)) {
        return ActionReply::error(400,
            QStringLiteral("InvalidAccountName.Duplicate"),
            tr("Specified account name already exists: %1 is taken on this instance; choose a different "
               "AccountName.")
                .arg(name));
    }
    const SandboxAccount account = newAccount(*instance, request, now);
    if (EngineBackend* engine = engineFor(*instance)) {
        if (const QString problem = engine->createAccount(account.account, request.parameter(kAccountPassword));
            !problem.isEmpty())
            return EngineBackends::refusal(problem);
    }
    instance->accounts.append(account);
    if (!m_product.echoesCreatedAccount)
        return ActionReply::ok();
    return ActionReply::ok({ { QStringLiteral("InstanceId"), instance->instance.id },
        { kAccountName, name },
        // Deliberate: the real API also sends this misspelled, deprecated duplicate; tst_wirespellings pins it.
        { QStringLiteral("AcountName"), name } });
}

// The RDS seed's CreateAccount rows about room: "input value not satisfy instance policy" (400: a second
// privileged account where the engine allows one), AccountQuotaExceeded (403).
ActionReply SandboxActions::quotaRefusal(const SandboxInstance& instance, const QString& type) const
{
    const int maxPrivileged = RuleTable::forEngine(instance.instance.engine).maxPrivilegedAccounts;
    if (type == QLatin1String("Super") && maxPrivileged > 0) {
        QStringList privileged;
        for (const SandboxAccount& a : instance.accounts) {
            if (a.account.type == QLatin1String("Super"))
                privileged.append(a.account.name);
        }
        if (privileged.size() >= maxPrivileged) {
            return ActionReply::error(400,
                QStringLiteral("OperationDenied.InstancePolicy"),
                tr("Create Account failed: input value not satisfy instance policy: %1 allows %2 privileged "
                   "account(s) per instance and this one has %3.")
                    .arg(ProductInfo::engineDisplayName(instance.instance.engine))
                    .arg(maxPrivileged)
                    .arg(privileged.join(QLatin1String(", "))));
        }
    }
    const int quota = instance.effectiveAccountQuota();
    if (quota > 0 && instance.accounts.size() >= quota) {
        return ActionReply::error(403,
            QStringLiteral("AccountQuotaExceeded"),
            tr("Exceeding the allowed amount of account: this instance allows %1 accounts and has %2. Delete "
               "unused accounts or request a quota increase.")
                .arg(quota)
                .arg(instance.accounts.size()));
    }
    return ActionReply::ok();
}

SandboxAccount SandboxActions::newAccount(
    const SandboxInstance& instance, const SandboxRequest& request, const QDateTime& now) const
{
    SandboxAccount account;
    account.account.instanceId = instance.instance.id;
    account.account.name = request.parameter(kAccountName);
    account.account.type = accountType(request);
    account.account.description = request.parameter(kAccountDescription);
    account.account.status = m_creatingDelayMs > 0 ? QStringLiteral("Creating") : QStringLiteral("Available");
    if (m_product.createsWithPrivilege)
        account.account.privileges = { { QString(), privilege(request, rulesFor(instance.instance)), QString() } };
    account.passwordSha256 = SandboxAccount::hashPassword(request.parameter(kAccountPassword));
    account.createdAt = now;
    account.availableAt = now.addMSecs(m_creatingDelayMs);
    return account;
}

ActionReply SandboxActions::deleteAccount(const SandboxRequest& request, const QDateTime&)
{
    auto [instance, account, error] = accountTarget(request);
    if (!account)
        return error;
    const Account target = account->account;
    if (const ActionReply refused
        = changeRefusal(*instance, target, InstancePolicy::canDeleteAccount(instance->instance, target));
        refused.isError())
        return refused;
    // The RDS seed's error table: RDS refuses while the account still holds database privileges.
    const FieldCheck blocked = InstancePolicy::deleteBlockedByPrivileges(instance->instance, target);
    if (!blocked.isValid())
        return ActionReply::error(400, QStringLiteral("SomeObjectsDependOnAccount"), blocked.message);
    if (EngineBackend* engine = engineFor(*instance)) {
        if (const QString problem = engine->dropAccount(target); !problem.isEmpty())
            return EngineBackends::refusal(problem);
    }
    instance->accounts.removeIf([&](const SandboxAccount& a) { return a.account.name == target.name; });
    return ActionReply::ok();
}

ActionReply SandboxActions::modifyAccountDescription(const SandboxRequest& request, const QDateTime&)
{
    auto [instance, account, error] = accountTarget(request, { kAccountDescription });
    if (!account)
        return error;
    const QString description = request.parameter(kAccountDescription);
    for (const ActionReply& refusal :
        { PolicyRefusal::fieldReply(rulesFor(instance->instance).checkDescription(description, true),
              QStringLiteral("InvalidAccountDescription.Format")),
            changeRefusal(*instance,
                account->account,
                InstancePolicy::canModifyAccount(instance->instance, account->account)) }) {
        if (refusal.isError())
            return refusal;
    }
    account->account.description = description;
    return ActionReply::ok();
}

ActionReply SandboxActions::resetAccountPassword(const SandboxRequest& request, const QDateTime&)
{
    auto [instance, account, error] = accountTarget(request, { kAccountPassword });
    if (!account)
        return error;
    const QString password = request.parameter(kAccountPassword);
    for (const ActionReply& refusal : { passwordRefusal(rulesFor(instance->instance).checkPassword(password)),
             changeRefusal(*instance,
                 account->account,
                 InstancePolicy::canModifyAccount(instance->instance, account->account)) }) {
        if (refusal.isError())
            return refusal;
    }
    return setPassword(*instance, *account, password);
}
