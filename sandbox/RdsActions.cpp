#include "RdsActions.h"

#include "InstanceKeywords.h"
#include "InstancePolicy.h"
#include "PageRequest.h"
#include "PolicyRefusal.h"
#include "RuleTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

const QString kDBInstanceId = QStringLiteral("DBInstanceId");
const QString kAccountName = QStringLiteral("AccountName");

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items.append(item.trimmed());
    return items;
}

QString connectionString(const Instance& instance)
{
    const QString engine = instance.engine == Engine::PostgreSQL ? QStringLiteral("pg")
        : instance.engine == Engine::SQLServer                   ? QStringLiteral("sqlserver")
        : instance.engine == Engine::MariaDB                     ? QStringLiteral("mariadb")
                                                                 : QStringLiteral("mysql");
    return instance.id + QLatin1Char('.') + engine + QStringLiteral(".rds.aliyuncs.com");
}

QString port(const Instance& instance)
{
    switch (instance.engine) {
    case Engine::PostgreSQL:
        return QStringLiteral("5432");
    case Engine::SQLServer:
        return QStringLiteral("1433");
    default:
        return QStringLiteral("3306");
    }
}

ActionReply notFoundAccount(const QString& name)
{
    return ActionReply::error(404,
        QStringLiteral("InvalidAccountName.NotFound"),
        RdsActions::tr("The account %1 does not exist on this instance.").arg(name));
}

// The RDS seed: "Specified account password is not valid" (400), with the rule the password breaks.
ActionReply passwordRefusal(const FieldCheck& check)
{
    if (check.isValid())
        return ActionReply::ok();
    return ActionReply::error(400,
        QStringLiteral("InvalidAccountPassword.Format"),
        RdsActions::tr("Specified account password is not valid: %1").arg(check.message));
}

// Zone "cn-hangzhou-h" of "China (Hangzhou)" -> "Hangzhou Zone H" (en) or "华东1（杭州） 可用区H" (zh).
QString zoneName(const SandboxRegion& region, const QString& zoneId, bool chinese)
{
    const QString letter = zoneId.right(1).toUpper();
    if (chinese)
        return region.localNameZh + QStringLiteral(" 可用区") + letter;
    QString city = region.localNameEn;
    const qsizetype open = city.indexOf(QLatin1Char('('));
    if (open >= 0)
        city = city.mid(open + 1).chopped(1);
    return city + QStringLiteral(" Zone ") + letter;
}

} // namespace

RdsActions::RdsActions(SandboxState& state, int creatingDelayMs)
    : m_state(state)
    , m_creatingDelayMs(creatingDelayMs)
{
}

const QHash<QString, RdsActions::Handler>& RdsActions::handlers()
{
    static const QHash<QString, Handler> table = {
        { QStringLiteral("DescribeRegions"), &RdsActions::describeRegions },
        { QStringLiteral("DescribeDBInstances"), &RdsActions::describeDBInstances },
        { QStringLiteral("DescribeDBInstanceAttribute"), &RdsActions::describeDBInstanceAttribute },
        { QStringLiteral("DescribeDatabases"), &RdsActions::describeDatabases },
        { QStringLiteral("DescribeAccounts"), &RdsActions::describeAccounts },
        { QStringLiteral("DescribeInstanceKeywords"), &RdsActions::describeInstanceKeywords },
        { QStringLiteral("CreateAccount"), &RdsActions::createAccount },
        { QStringLiteral("DeleteAccount"), &RdsActions::deleteAccount },
        { QStringLiteral("ModifyAccountDescription"), &RdsActions::modifyAccountDescription },
        { QStringLiteral("GrantAccountPrivilege"), &RdsActions::grantAccountPrivilege },
        { QStringLiteral("RevokeAccountPrivilege"), &RdsActions::revokeAccountPrivilege },
        { QStringLiteral("ResetAccount"), &RdsActions::resetAccount },
        { QStringLiteral("ResetAccountPassword"), &RdsActions::resetAccountPassword },
        { QStringLiteral("LockAccount"), &RdsActions::lockAccount },
        { QStringLiteral("UnlockAccount"), &RdsActions::unlockAccount },
        { QStringLiteral("GrantOperatorPermission"), &RdsActions::grantOperatorPermission },
        { QStringLiteral("RevokeOperatorPermission"), &RdsActions::revokeOperatorPermission },
    };
    return table;
}

bool RdsActions::handles(const QString& action)
{
    return handlers().contains(action);
}

ActionReply RdsActions::handle(const QString& action, const SandboxRequest& request, const QDateTime& now)
{
    const Handler handler = handlers().value(action);
    return (this->*handler)(request, now);
}

SandboxInstance* RdsActions::instanceFor(const SandboxRequest& request, const QStringList& required, ActionReply* error)
{
    const QString missing = request.firstMissing(QStringList { kDBInstanceId } + required);
    if (!missing.isEmpty()) {
        *error = ActionReply::missingParameter(missing);
        return nullptr;
    }
    const QString id = request.parameter(kDBInstanceId);
    SandboxInstance* instance = m_state.findInstance(Product::Rds, id);
    if (!instance) {
        *error = ActionReply::error(404,
            QStringLiteral("InvalidDBInstanceId.NotFound"),
            tr("The database instance does not exist: %1; verify the DBInstanceId.").arg(id));
    }
    return instance;
}

SandboxAccount* RdsActions::accountFor(SandboxInstance* instance, const SandboxRequest& request, ActionReply* error)
{
    if (!instance)
        return nullptr;
    const QString name = request.parameter(kAccountName);
    SandboxAccount* account = instance->findAccount(name);
    if (!account)
        *error = notFoundAccount(name);
    return account;
}

AccountRules RdsActions::rulesFor(const Instance& instance)
{
    AccountRules rules(instance.engine);
    rules.setExtraReservedWords(InstanceKeywords::accountWords());
    return rules;
}

QStringList RdsActions::databaseList(const SandboxInstance& instance, const QString& names, ActionReply* error) const
{
    const QStringList list = splitList(names);
    for (const QString& name : list) {
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
    return list;
}

ActionReply RdsActions::describeRegions(const SandboxRequest& request, const QDateTime&)
{
    const bool chinese = request.parameter(QStringLiteral("AcceptLanguage")) == QLatin1String("zh-CN");
    QJsonArray rows;
    for (const SandboxRegion& region : m_state.regions()) {
        for (const QString& zone : region.zoneIds) {
            rows.append(QJsonObject { { QStringLiteral("RegionId"), region.id },
                { QStringLiteral("ZoneId"), zone },
                { QStringLiteral("ZoneName"), zoneName(region, zone, chinese) },
                { QStringLiteral("LocalName"), chinese ? region.localNameZh : region.localNameEn },
                { QStringLiteral("RegionEndpoint"), region.rdsEndpoint } });
        }
    }
    return ActionReply::ok({ { QStringLiteral("Regions"), QJsonObject { { QStringLiteral("RDSRegion"), rows } } } });
}

QJsonObject RdsActions::instanceItem(const SandboxInstance& s)
{
    const Instance& i = s.instance;
    return { { QStringLiteral("DBInstanceId"), i.id },
        { QStringLiteral("DBInstanceDescription"), i.description },
        { QStringLiteral("Engine"), ProductInfo::engineWireName(i.engine) },
        { QStringLiteral("EngineVersion"), i.engineVersion },
        { QStringLiteral("DBInstanceStatus"), i.status },
        { QStringLiteral("DBInstanceClass"), i.instanceClass },
        { QStringLiteral("DBInstanceType"), QStringLiteral("Primary") },
        { QStringLiteral("DBInstanceNetType"), QStringLiteral("Intranet") },
        { QStringLiteral("DBInstanceStorageType"), QStringLiteral("cloud_essd") },
        { QStringLiteral("Category"), QStringLiteral("HighAvailability") },
        { QStringLiteral("ConnectionMode"), QStringLiteral("Standard") },
        { QStringLiteral("ConnectionString"), connectionString(i) },
        { QStringLiteral("InstanceNetworkType"), QStringLiteral("VPC") },
        { QStringLiteral("LockMode"), QStringLiteral("Unlock") },
        { QStringLiteral("LockReason"), QString() },
        { QStringLiteral("PayType"), QStringLiteral("Postpaid") },
        // Deliberate: the real API's misspelling (Items.DBInstance[].MutriORsignle); tst_wirespellings pins it.
        { QStringLiteral("MutriORsignle"), false },
        { QStringLiteral("DeletionProtection"), false },
        { QStringLiteral("CreateTime"), isoTime(s.createdAt) },
        { QStringLiteral("ExpireTime"), QString() },
        { QStringLiteral("RegionId"), i.regionId },
        { QStringLiteral("ZoneId"), s.zoneId },
        { QStringLiteral("ResourceGroupId"), QStringLiteral("rg-acfmz7sandbox01") },
        { QStringLiteral("VpcId"), QStringLiteral("vpc-bp1sandbox0demo01") },
        { QStringLiteral("VSwitchId"), QStringLiteral("vsw-bp1sandbox0demo01") },
        { QStringLiteral("ReadOnlyDBInstanceIds"),
            QJsonObject { { QStringLiteral("ReadOnlyDBInstanceId"), QJsonArray() } } } };
}

ActionReply RdsActions::describeDBInstances(const SandboxRequest& request, const QDateTime&)
{
    if (const QString missing = request.firstMissing({ QStringLiteral("RegionId") }); !missing.isEmpty())
        return ActionReply::missingParameter(missing);
    const QString regionId = request.parameter(QStringLiteral("RegionId"));
    const QStringList ids = splitList(request.parameter(kDBInstanceId));
    const QString engine = request.parameter(QStringLiteral("Engine"));
    const QString status = request.parameter(QStringLiteral("DBInstanceStatus"));
    const QString searchKey = request.parameter(QStringLiteral("SearchKey"));
    QList<const SandboxInstance*> matches;
    for (const SandboxInstance& s : m_state.instances()) {
        const Instance& i = s.instance;
        if (i.product != Product::Rds || i.regionId != regionId)
            continue;
        if (!ids.isEmpty() && !ids.contains(i.id))
            continue;
        if (!engine.isEmpty() && ProductInfo::engineWireName(i.engine).compare(engine, Qt::CaseInsensitive) != 0)
            continue;
        if (!status.isEmpty() && i.status != status)
            continue;
        if (!searchKey.isEmpty() && !i.id.contains(searchKey) && !i.description.contains(searchKey))
            continue;
        matches.append(&s);
    }

    // Token paging (NextToken/MaxResults) when the caller uses it; page paging otherwise.
    const bool tokenPaging
        = request.hasParameter(QStringLiteral("NextToken")) || request.hasParameter(QStringLiteral("MaxResults"));
    qsizetype offset = 0;
    int size = 30;
    int pageNumber = 1;
    if (tokenPaging) {
        const QString token = request.parameter(QStringLiteral("NextToken"));
        bool ok = true;
        if (!token.isEmpty())
            offset = QByteArray::fromBase64(token.toLatin1()).toLongLong(&ok);
        if (!ok || offset < 0) {
            return ActionReply::error(400,
                QStringLiteral("InvalidNextToken.Malformed"),
                tr("The NextToken parameter is not a token this service issued."));
        }
        const QString maxResults = request.parameter(QStringLiteral("MaxResults"));
        size = maxResults.isEmpty() ? 30 : std::clamp(maxResults.toInt(), 1, 100);
    } else {
        const PageRequest page = PageRequest::read(request, 30, 1, 100);
        if (page.error.isError())
            return page.error;
        offset = page.offset();
        size = page.size;
        pageNumber = page.number;
    }
    QJsonArray items;
    for (qsizetype i = offset; i < matches.size() && i < offset + size; ++i)
        items.append(instanceItem(*matches.at(i)));
    const qsizetype end = offset + items.size();
    const QString nextToken
        = tokenPaging && end < matches.size() ? QString::fromLatin1(QByteArray::number(end).toBase64()) : QString();
    return ActionReply::ok({ { QStringLiteral("Items"), QJsonObject { { QStringLiteral("DBInstance"), items } } },
        { QStringLiteral("PageNumber"), pageNumber },
        { QStringLiteral("PageRecordCount"), items.size() },
        { QStringLiteral("TotalRecordCount"), matches.size() },
        { QStringLiteral("NextToken"), nextToken } });
}

QJsonObject RdsActions::instanceAttribute(const SandboxInstance& s)
{
    QJsonObject item = instanceItem(s);
    const Instance& i = s.instance;
    item.remove(QStringLiteral("CreateTime"));
    item.insert(QStringLiteral("CreationTime"), isoTime(s.createdAt));
    item.insert(QStringLiteral("Port"), port(i));
    item.insert(QStringLiteral("AccountMaxQuantity"), s.effectiveAccountQuota());
    item.insert(QStringLiteral("DBMaxQuantity"), 500);
    item.insert(QStringLiteral("DBInstanceMemory"), 8192);
    item.insert(QStringLiteral("DBInstanceCPU"), QStringLiteral("4"));
    item.insert(QStringLiteral("DBInstanceStorage"), 100);
    item.insert(QStringLiteral("MaxConnections"), 4000);
    item.insert(QStringLiteral("MaxIOPS"), 9000);
    item.insert(QStringLiteral("MaintainTime"), QStringLiteral("18:00Z-22:00Z"));
    item.insert(QStringLiteral("AvailabilityValue"), QStringLiteral("100.0%"));
    item.insert(QStringLiteral("SecurityIPList"), QStringLiteral("10.0.0.0/8"));
    item.insert(QStringLiteral("SecurityIPMode"), QStringLiteral("normal"));
    item.insert(QStringLiteral("SuperPermissionMode"), QStringLiteral("Enable"));
    item.insert(QStringLiteral("AutoUpgradeMinorVersion"), QStringLiteral("Auto"));
    item.insert(QStringLiteral("ConsoleVersion"), QStringLiteral("2"));
    item.insert(QStringLiteral("InstructionSetArch"), QStringLiteral("x86"));
    item.insert(QStringLiteral("IPType"), QStringLiteral("IPv4"));
    item.insert(QStringLiteral("TimeZone"), QStringLiteral("China Standard Time"));
    // The service account's access, until it lapses at ExpiredTime (SandboxState::expireOperatorPermissions).
    if (s.operatorPermission) {
        item.insert(QStringLiteral("OperatorPermission"),
            QJsonObject { { QStringLiteral("Privileges"), s.operatorPermission->privileges },
                { QStringLiteral("ExpiredTime"),
                    s.operatorPermission->expiredTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")) } });
    }
    return item;
}

ActionReply RdsActions::describeDBInstanceAttribute(const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, {}, &error);
    if (!instance)
        return error;
    QJsonObject attribute = instanceAttribute(*instance);
    if (const EngineBackend* engine = engineFor(*instance)) {
        attribute.insert(QStringLiteral("ConnectionString"), engine->host());
        attribute.insert(QStringLiteral("Port"), QString::number(engine->port()));
    }
    return ActionReply::ok({ { QStringLiteral("Items"),
        QJsonObject { { QStringLiteral("DBInstanceAttribute"), QJsonArray { attribute } } } } });
}

QJsonObject RdsActions::databaseItem(const SandboxInstance& s, const Database& database)
{
    QJsonArray accounts;
    for (const SandboxAccount& a : s.accounts) {
        for (const DatabasePrivilege& p : a.account.privileges) {
            if (p.dbName == database.name) {
                accounts.append(QJsonObject { { QStringLiteral("Account"), a.account.name },
                    { QStringLiteral("AccountPrivilege"), p.privilege },
                    { QStringLiteral("AccountPrivilegeDetail"), p.detail } });
            }
        }
    }
    return { { QStringLiteral("DBName"), database.name },
        { QStringLiteral("DBStatus"), database.status },
        { QStringLiteral("CharacterSetName"), database.characterSet },
        { QStringLiteral("DBDescription"), database.description },
        { QStringLiteral("DBInstanceId"), s.instance.id },
        { QStringLiteral("Engine"), ProductInfo::engineWireName(s.instance.engine) },
        { QStringLiteral("Accounts"), QJsonObject { { QStringLiteral("AccountPrivilegeInfo"), accounts } } } };
}

ActionReply RdsActions::describeDatabases(const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, {}, &error);
    if (!instance)
        return error;
    const PageRequest page = PageRequest::read(request, 30, 30, 100);
    if (page.error.isError())
        return page.error;
    const QString name = request.parameter(QStringLiteral("DBName"));
    const QString status = request.parameter(QStringLiteral("DBStatus"));
    QList<const Database*> matches;
    for (const Database& d : instance->instance.databases) {
        if ((name.isEmpty() || d.name == name) && (status.isEmpty() || d.status == status))
            matches.append(&d);
    }
    QJsonArray items;
    for (qsizetype i = page.offset(); i < matches.size() && i < page.offset() + page.size; ++i)
        items.append(databaseItem(*instance, *matches.at(i)));
    return ActionReply::ok({ { QStringLiteral("Databases"), QJsonObject { { QStringLiteral("Database"), items } } } });
}

QJsonObject RdsActions::accountItem(const SandboxInstance& s, const SandboxAccount& a)
{
    QJsonArray privileges;
    for (const DatabasePrivilege& p : a.account.privileges) {
        privileges.append(QJsonObject { { QStringLiteral("DBName"), p.dbName },
            { QStringLiteral("AccountPrivilege"), p.privilege },
            { QStringLiteral("AccountPrivilegeDetail"), p.detail } });
    }
    QJsonObject item { { QStringLiteral("DBInstanceId"), s.instance.id },
        { QStringLiteral("AccountName"), a.account.name },
        { QStringLiteral("AccountStatus"), a.account.status },
        { QStringLiteral("AccountType"), a.account.type },
        { QStringLiteral("AccountDescription"), a.account.description },
        { QStringLiteral("PrivExceeded"), QStringLiteral("0") },
        { QStringLiteral("DatabasePrivileges"), QJsonObject { { QStringLiteral("DatabasePrivilege"), privileges } } } };
    if (s.instance.engine == Engine::PostgreSQL) {
        const bool super = a.account.type == QLatin1String("Super");
        const QString yes = QStringLiteral("t"), no = QStringLiteral("f");
        item.insert(QStringLiteral("CreateDB"), super ? yes : no);
        item.insert(QStringLiteral("CreateRole"), super ? yes : no);
        item.insert(QStringLiteral("Replication"), no);
        item.insert(QStringLiteral("BypassRLS"), no);
        item.insert(QStringLiteral("ValidUntil"), QStringLiteral("infinity"));
    }
    if (s.instance.engine == Engine::SQLServer)
        item.insert(QStringLiteral("CheckPolicy"), true);
    return item;
}

ActionReply RdsActions::describeAccounts(const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, {}, &error);
    if (!instance)
        return error;
    if (EngineBackend* engine = engineFor(*instance)) {
        if (const QString problem = engine->readBack(*instance); !problem.isEmpty())
            return EngineBackends::refusal(problem);
    }
    const PageRequest page = PageRequest::read(request, 30, 30, 100);
    if (page.error.isError())
        return page.error;
    const QString name = request.parameter(kAccountName);
    QList<const SandboxAccount*> matches;
    for (const SandboxAccount& a : instance->accounts) {
        if (name.isEmpty() || a.account.name == name)
            matches.append(&a);
    }
    QJsonArray items;
    for (qsizetype i = page.offset(); i < matches.size() && i < page.offset() + page.size; ++i)
        items.append(accountItem(*instance, *matches.at(i)));
    return ActionReply::ok(
        { { QStringLiteral("Accounts"), QJsonObject { { QStringLiteral("DBInstanceAccount"), items } } },
            { QStringLiteral("PageNumber"), page.number },
            { QStringLiteral("TotalRecordCount"), matches.size() } });
}

ActionReply RdsActions::describeInstanceKeywords(const SandboxRequest& request, const QDateTime&)
{
    if (const QString missing = request.firstMissing({ QStringLiteral("Key") }); !missing.isEmpty())
        return ActionReply::missingParameter(missing);
    const QString key = request.parameter(QStringLiteral("Key"));
    if (key != QLatin1String("account") && key != QLatin1String("database")) {
        return ActionReply::error(
            400, QStringLiteral("InvalidParameter"), tr("The Key parameter must be account or database."));
    }
    const QStringList& words
        = key == QLatin1String("account") ? InstanceKeywords::accountWords() : InstanceKeywords::databaseWords();
    return ActionReply::ok({ { QStringLiteral("Key"), key },
        { QStringLiteral("Words"), QJsonObject { { QStringLiteral("word"), QJsonArray::fromStringList(words) } } } });
}

ActionReply RdsActions::createAccount(const SandboxRequest& request, const QDateTime& now)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, { kAccountName, QStringLiteral("AccountPassword") }, &error);
    if (!instance)
        return error;
    const AccountRules rules = rulesFor(instance->instance);
    const QString name = request.parameter(kAccountName);
    const QString type = request.parameter(QStringLiteral("AccountType")).isEmpty()
        ? QStringLiteral("Normal")
        : request.parameter(QStringLiteral("AccountType"));
    const QString description = request.parameter(QStringLiteral("AccountDescription"));
    for (const ActionReply& refusal :
        { PolicyRefusal::fieldReply(rules.checkName(name), QStringLiteral("InvalidAccountName.Format")),
            passwordRefusal(rules.checkPassword(request.parameter(QStringLiteral("AccountPassword")))),
            PolicyRefusal::fieldReply(
                rules.checkDescription(description), QStringLiteral("InvalidAccountDescription.Format")),
            PolicyRefusal::fieldReply(rules.checkAccountType(type), QStringLiteral("InvalidAccountType.Format")) }) {
        if (refusal.isError())
            return refusal;
    }
    const ActionReply refused = PolicyRefusal::reply(
        InstancePolicy::canManageAccounts(instance->instance),
        instance->instance,
        [](const Instance& i) { return InstancePolicy::canManageAccounts(i); },
        403,
        QStringLiteral("InvalidDBInstanceStatus"));
    if (refused.isError())
        return refused;
    if (const ActionReply policy = instancePolicyRefusal(*instance, name, type); policy.isError())
        return policy;
    return addAccount(instance, request, now);
}

// The RDS seed's CreateAccount rows after the field rules: the name exists (400), "input value not satisfy
// instance policy" (400: a second privileged account where the engine allows one), AccountQuotaExceeded (403).
ActionReply RdsActions::instancePolicyRefusal(const SandboxInstance& instance, const QString& name, const QString& type)
{
    for (const SandboxAccount& a : instance.accounts) {
        if (a.account.name == name) {
            return ActionReply::error(400,
                QStringLiteral("InvalidAccountName.Duplicate"),
                tr("Specified account name already exists: %1 is taken on this instance; choose a different "
                   "AccountName.")
                    .arg(name));
        }
    }
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

ActionReply RdsActions::addAccount(SandboxInstance* instance, const SandboxRequest& request, const QDateTime& now)
{
    const QString name = request.parameter(kAccountName);
    const QString type = request.parameter(QStringLiteral("AccountType")).isEmpty()
        ? QStringLiteral("Normal")
        : request.parameter(QStringLiteral("AccountType"));
    const QString description = request.parameter(QStringLiteral("AccountDescription"));
    SandboxAccount account;
    account.account.instanceId = instance->instance.id;
    account.account.name = name;
    account.account.type = type;
    account.account.description = description;
    account.account.status = m_creatingDelayMs > 0 ? QStringLiteral("Creating") : QStringLiteral("Available");
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
    return ActionReply::ok();
}

ActionReply RdsActions::deleteAccount(const SandboxRequest& request, const QDateTime&)
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
        QStringLiteral("IncorrectAccountStatus"));
    if (refused.isError())
        return refused;
    // The seed's error table: RDS refuses while the account still holds database privileges.
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

ActionReply RdsActions::modifyAccountDescription(const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, { kAccountName, QStringLiteral("AccountDescription") }, &error);
    SandboxAccount* account = accountFor(instance, request, &error);
    if (!account)
        return error;
    const QString description = request.parameter(QStringLiteral("AccountDescription"));
    const ActionReply bad = PolicyRefusal::fieldReply(rulesFor(instance->instance).checkDescription(description, true),
        QStringLiteral("InvalidAccountDescription.Format"));
    if (bad.isError())
        return bad;
    const Account target = account->account;
    const ActionReply refused = PolicyRefusal::reply(
        InstancePolicy::canModifyAccount(instance->instance, target),
        instance->instance,
        [&](const Instance& i) { return InstancePolicy::canModifyAccount(i, target); },
        403,
        QStringLiteral("IncorrectAccountStatus"));
    if (refused.isError())
        return refused;
    account->account.description = description;
    return ActionReply::ok();
}

ActionReply RdsActions::grantAccountPrivilege(const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance
        = instanceFor(request, { kAccountName, QStringLiteral("DBName"), QStringLiteral("AccountPrivilege") }, &error);
    SandboxAccount* account = accountFor(instance, request, &error);
    if (!account)
        return error;
    const QStringList databases = databaseList(*instance, request.parameter(QStringLiteral("DBName")), &error);
    if (error.isError())
        return error;
    const QStringList privileges = splitList(request.parameter(QStringLiteral("AccountPrivilege")));
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
    const ActionReply refused = PolicyRefusal::reply(
        InstancePolicy::canChangePrivilege(instance->instance, target),
        instance->instance,
        [&](const Instance& i) { return InstancePolicy::canChangePrivilege(i, target); },
        403,
        QStringLiteral("IncorrectAccountStatus"));
    if (refused.isError())
        return refused;
    Account changed = account->account;
    for (qsizetype i = 0; i < databases.size(); ++i) {
        changed.privileges.removeIf([&](const DatabasePrivilege& p) { return p.dbName == databases.at(i); });
        changed.privileges.append({ databases.at(i), privileges.at(i), QString() });
    }
    return applyPrivileges(*instance, *account, changed);
}

// The engine first, then the state, so a refusal leaves both as they were.
ActionReply RdsActions::applyPrivileges(SandboxInstance& instance, SandboxAccount& account, const Account& changed)
{
    if (EngineBackend* engine = engineFor(instance)) {
        if (const QString problem = engine->applyPrivileges(changed); !problem.isEmpty())
            return EngineBackends::refusal(problem);
    }
    account.account.privileges = changed.privileges;
    return ActionReply::ok();
}

ActionReply RdsActions::revokeAccountPrivilege(const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, { kAccountName, QStringLiteral("DBName") }, &error);
    SandboxAccount* account = accountFor(instance, request, &error);
    if (!account)
        return error;
    const QStringList databases = databaseList(*instance, request.parameter(QStringLiteral("DBName")), &error);
    if (error.isError())
        return error;
    const Account target = account->account;
    const ActionReply refused = PolicyRefusal::reply(
        InstancePolicy::canChangePrivilege(instance->instance, target),
        instance->instance,
        [&](const Instance& i) { return InstancePolicy::canChangePrivilege(i, target); },
        403,
        QStringLiteral("IncorrectAccountStatus"));
    if (refused.isError())
        return refused;
    Account changed = account->account;
    changed.privileges.removeIf([&](const DatabasePrivilege& p) { return databases.contains(p.dbName); });
    return applyPrivileges(*instance, *account, changed);
}

ActionReply RdsActions::resetAccount(const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, { kAccountName, QStringLiteral("AccountPassword") }, &error);
    SandboxAccount* account = accountFor(instance, request, &error);
    if (!account)
        return error;
    const QString password = request.parameter(QStringLiteral("AccountPassword"));
    const ActionReply bad = passwordRefusal(rulesFor(instance->instance).checkPassword(password));
    if (bad.isError())
        return bad;
    const Account target = account->account;
    const bool engineSupports = RuleTable::forEngine(instance->instance.engine).supportsResetPrivilegedAccount;
    const ActionReply refused = PolicyRefusal::reply(
        InstancePolicy::canResetPrivilegedAccount(instance->instance, target),
        instance->instance,
        [&](const Instance& i) { return InstancePolicy::canResetPrivilegedAccount(i, target); },
        403,
        engineSupports ? QStringLiteral("OperationDenied") : QStringLiteral("UnsupportedEngine"));
    if (refused.isError())
        return refused;
    // Resetting the privileged account restores its default (all) permissions and sets the new password.
    if (EngineBackend* engine = engineFor(*instance)) {
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

ActionReply RdsActions::resetAccountPassword(const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, { kAccountName, QStringLiteral("AccountPassword") }, &error);
    SandboxAccount* account = accountFor(instance, request, &error);
    if (!account)
        return error;
    const QString password = request.parameter(QStringLiteral("AccountPassword"));
    const ActionReply bad = passwordRefusal(rulesFor(instance->instance).checkPassword(password));
    if (bad.isError())
        return bad;
    const Account target = account->account;
    const ActionReply refused = PolicyRefusal::reply(
        InstancePolicy::canModifyAccount(instance->instance, target),
        instance->instance,
        [&](const Instance& i) { return InstancePolicy::canModifyAccount(i, target); },
        403,
        QStringLiteral("IncorrectAccountStatus"));
    if (refused.isError())
        return refused;
    if (EngineBackend* engine = engineFor(*instance)) {
        if (const QString problem = engine->setPassword(target, password); !problem.isEmpty())
            return EngineBackends::refusal(problem);
    }
    account->passwordSha256 = SandboxAccount::hashPassword(password);
    return ActionReply::ok();
}

ActionReply RdsActions::lockAccount(const SandboxRequest& request, const QDateTime&)
{
    return setLocked(request, true);
}

ActionReply RdsActions::unlockAccount(const SandboxRequest& request, const QDateTime&)
{
    return setLocked(request, false);
}

// LockAccount and UnlockAccount: the same checks from InstancePolicy, opposite outcomes.
ActionReply RdsActions::setLocked(const SandboxRequest& request, bool locked)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, { kAccountName }, &error);
    SandboxAccount* account = accountFor(instance, request, &error);
    if (!account)
        return error;
    const Account target = account->account;
    const auto allowed = [locked, &target](const Instance& i) {
        return locked ? InstancePolicy::canLock(i, target) : InstancePolicy::canUnlock(i, target);
    };
    const bool engineSupports = RuleTable::forEngine(instance->instance.engine).supportsLock;
    const ActionReply refused = PolicyRefusal::reply(allowed(instance->instance),
        instance->instance,
        allowed,
        403,
        engineSupports ? QStringLiteral("IncorrectAccountStatus") : QStringLiteral("UnsupportedEngine"));
    if (refused.isError())
        return refused;
    if (EngineBackend* engine = engineFor(*instance)) {
        if (const QString problem = engine->setLoginAllowed(target, !locked); !problem.isEmpty())
            return EngineBackends::refusal(problem);
    }
    account->account.status = locked ? QStringLiteral("Locked") : QStringLiteral("Available");
    return ActionReply::ok();
}

ActionReply RdsActions::grantOperatorPermission(const SandboxRequest& request, const QDateTime& now)
{
    ActionReply error;
    SandboxInstance* instance
        = instanceFor(request, { QStringLiteral("Privileges"), QStringLiteral("ExpiredTime") }, &error);
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
    const ActionReply refused = PolicyRefusal::reply(
        InstancePolicy::canManageOperatorPermission(instance->instance),
        instance->instance,
        [](const Instance& i) { return InstancePolicy::canManageOperatorPermission(i); },
        403,
        QStringLiteral("UnsupportedEngine"));
    if (refused.isError())
        return refused;
    instance->operatorPermission = OperatorPermission { privileges, expired };
    return ActionReply::ok();
}

ActionReply RdsActions::revokeOperatorPermission(const SandboxRequest& request, const QDateTime&)
{
    ActionReply error;
    SandboxInstance* instance = instanceFor(request, {}, &error);
    if (!instance)
        return error;
    const ActionReply refused = PolicyRefusal::reply(
        InstancePolicy::canManageOperatorPermission(instance->instance),
        instance->instance,
        [](const Instance& i) { return InstancePolicy::canManageOperatorPermission(i); },
        403,
        QStringLiteral("UnsupportedEngine"));
    if (refused.isError())
        return refused;
    instance->operatorPermission.reset();
    return ActionReply::ok();
}
