#include "AccountController.h"

#include "AccountTableModel.h"
#include "ApiActionTable.h"
#include "ApiCall.h"
#include "ApiClient.h"
#include "AppLogging.h"
#include "InstancePolicy.h"
#include "InstanceTreeModel.h"
#include "PrivilegeText.h"
#include "RuleTable.h"

#include <QTimer>

#include <memory>

namespace {

QString accountKey(const QString& instanceId, const QString& name)
{
    return instanceId + QLatin1Char('/') + name;
}

bool isSettling(const QString& status)
{
    return status == QLatin1String("Creating") || status == QLatin1String("Unavailable");
}

} // namespace

AccountController::AccountController(
    ApiClient* client, InstanceTreeModel* instances, AccountTableModel* accounts, QObject* parent)
    : AccountService(parent)
    , m_client(client)
    , m_rds(client, Product::Rds)
    , m_redis(client, Product::Redis)
    , m_instances(instances)
    , m_accounts(accounts)
{
}

void AccountController::setPolling(int intervalMs, int maxAttempts)
{
    m_pollIntervalMs = intervalMs;
    m_pollMaxAttempts = maxAttempts;
}

// ---- writes -------------------------------------------------------------------------------------------------

// The window offers only the mode's operations; this refuses the rest as well, before anything is sent.
PendingOperation* AccountController::refuseOutsideMode(AccountOperation operation, const QString& action)
{
    if (ApiActionTable::allows(m_mode, operation))
        return nullptr;
    auto* refused = new PendingOperation(action, this);
    connect(refused, &PendingOperation::finished, refused, &QObject::deleteLater);
    ServiceError error;
    error.category = ServiceError::Category::InvalidInput;
    error.code = QStringLiteral("NotAllowedInMode");
    error.action = action;
    error.message = tr("%1 is not available in %2 mode.").arg(action, RoleModes::displayName(m_mode));
    QTimer::singleShot(0, refused, [refused, error] { refused->fail(error); });
    return refused;
}

PendingOperation* AccountController::runWrite(const QString& action,
    const Instance& instance,
    const QString& account,
    QList<Step> steps,
    std::function<void(const QString& requestId)> applied)
{
    QList<WriteSteps::Step> written;
    for (const Step& step : steps)
        written << WriteSteps::Step { step, QString(), QString(), {} };
    return runSteps(action, instance, account, written, applied);
}

PendingOperation* AccountController::runSteps(const QString& action,
    const Instance& instance,
    const QString& account,
    QList<WriteSteps::Step> steps,
    std::function<void(const QString& requestId)> applied)
{
    auto* operation = new PendingOperation(action, this);
    connect(operation, &PendingOperation::finished, operation, &QObject::deleteLater);
    const QString instanceId = instance.id;
    if (!account.isEmpty())
        m_accounts->setBusy(instanceId, account, true);
    connect(operation, &PendingOperation::finished, this, [this, instanceId, account] {
        if (!account.isEmpty())
            m_accounts->setBusy(instanceId, account, false);
    });
    auto* runner = new WriteSteps(operation, steps, [operation, applied](const QString& requestId) {
        if (applied)
            applied(requestId);
        operation->succeed(requestId);
    });
    // Start after the caller has connected to the operation's signals.
    QTimer::singleShot(0, runner, &WriteSteps::start);
    return operation;
}

QString AccountController::grantText(const QList<DatabasePrivilege>& grants)
{
    // "Read/Write on app_db, logs_db; Read-only on report_db": one phrase per privilege level.
    QStringList levels;
    QHash<QString, QStringList> databases;
    for (const DatabasePrivilege& grant : grants) {
        if (!databases.contains(grant.privilege))
            levels << grant.privilege;
        databases[grant.privilege] << grant.dbName;
    }
    QStringList parts;
    for (const QString& level : std::as_const(levels))
        parts
            << tr("%1 on %2").arg(PrivilegeText::displayName(level), databases.value(level).join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

WriteSteps::Step AccountController::grantStep(
    const QString& instanceId, const QString& account, const QList<DatabasePrivilege>& grants)
{
    QStringList dbNames, privileges;
    for (const DatabasePrivilege& grant : grants) {
        dbNames << grant.dbName;
        privileges << grant.privilege;
    }
    const QString what = grantText(grants);
    return { [this, instanceId, account, dbNames, privileges](PendingOperation* op, WriteSteps::Done done) {
                return m_rds.grantAccountPrivilege(instanceId, account, dbNames, privileges, op, done);
            },
        tr("granted %1").arg(what),
        tr("granting %1").arg(what),
        {} };
}

WriteSteps::Step AccountController::waitStep(const Instance& instance, const QString& account)
{
    return { [this, instance, account](PendingOperation* op, WriteSteps::Done done) {
                waitUntilAvailable(instance, account, op, done);
                return nullptr;
            },
        QString(),
        tr("waiting until %1 is Available").arg(account),
        {} };
}

// A grant sent while the account is still Creating is refused (IncorrectAccountStatus): read the account until
// it is Available, at growing intervals, within a bound; Cancel stops the wait.
void AccountController::waitUntilAvailable(
    const Instance& instance, const QString& account, PendingOperation* op, WriteSteps::Done done)
{
    auto finished = std::make_shared<bool>(false);
    auto finish = [finished, done](const ApiResult<QString>& result) {
        if (*finished)
            return;
        *finished = true;
        done(result);
    };
    connect(op, &PendingOperation::cancelRequested, op, [finish] {
        ServiceError cancelled;
        cancelled.category = ServiceError::Category::Cancelled;
        cancelled.action = QStringLiteral("DescribeAccounts");
        finish({ QString(), cancelled, QString() });
    });
    auto waited = std::make_shared<qint64>(0);
    auto read = std::make_shared<std::function<void(int)>>();
    // The function holds itself weakly (a strong self-capture is a cycle that leaks); the pending timer and
    // read hold it strongly while the wait goes on.
    *read = [this, instance, account, op, finish, finished, waited, weakRead = std::weak_ptr(read)](int delayMs) {
        const auto read = weakRead.lock();
        if (!read)
            return;
        QTimer::singleShot(delayMs, op, [this, instance, account, op, finish, finished, waited, read, delayMs] {
            if (*finished)
                return;
            *waited += delayMs;
            auto answered
                = [this, account, finish, finished, waited, read, delayMs](const ApiResult<QList<Account>>& result) {
                      if (*finished)
                          return;
                      if (!result.ok()) {
                          finish({ QString(), result.error, QString() });
                          return;
                      }
                      for (Account fresh : result.value) {
                          if (fresh.name != account)
                              continue;
                          fresh.lastRequestId = m_lastRequestIds.value(fresh.key());
                          m_accounts->upsertAccount(fresh);
                          if (!isSettling(fresh.status)) {
                              finish({ QString(), std::nullopt, QString() });
                              return;
                          }
                      }
                      if (*waited >= m_availableWaitMs) {
                          finish({ QString(), stillCreating(account, *waited), QString() });
                          return;
                      }
                      (*read)(std::clamp(delayMs * 2, 250, 4000));
                  };
            ApiCall* call = instance.product == Product::Redis
                ? m_redis.describeAccounts(instance.id, op, answered, account)
                : m_rds.describeAccounts(instance.id, op, answered, account);
            if (call)
                connect(op, &PendingOperation::cancelRequested, call, &ApiCall::cancel);
        });
    };
    (*read)(0);
}

ServiceError AccountController::stillCreating(const QString& account, qint64 waitedMs)
{
    ServiceError error;
    error.category = ServiceError::Category::Conflict;
    error.code = QStringLiteral("AccountNotAvailable");
    error.action = QStringLiteral("DescribeAccounts");
    error.message = tr("%1 was still Creating after %2 seconds.").arg(account).arg(waitedMs / 1000);
    return error;
}

void AccountController::showCreated(const Instance& instance, const AccountDraft& draft, const QString& requestId)
{
    Account account;
    account.instanceId = instance.id;
    account.name = draft.name;
    account.type = draft.type;
    account.status = QStringLiteral("Creating");
    account.description = draft.description;
    if (instance.product == Product::Redis)
        account.privileges = { { QString(), draft.redisPrivilege, QString() } };
    account.lastRequestId = requestId;
    m_lastRequestIds.insert(account.key(), requestId);
    if (const int row = m_accounts->rowOf(instance.id, draft.name); row >= 0)
        account.status = m_accounts->accountAt(row)->status; // a read already said more than "Creating"
    m_accounts->upsertAccount(account);
}

PendingOperation* AccountController::createAccount(const Instance& instance, const AccountDraft& draft)
{
    if (PendingOperation* refused = refuseOutsideMode(AccountOperation::CreateAccount, QStringLiteral("CreateAccount")))
        return refused;
    const QString id = instance.id;
    const QString key = accountKey(id, draft.name);
    QList<WriteSteps::Step> steps;
    if (instance.product == Product::Redis) {
        const QString privilege
            = draft.redisPrivilege.isEmpty() ? QStringLiteral("RoleReadWrite") : draft.redisPrivilege;
        steps << WriteSteps::Step { [this, id, draft, privilege](PendingOperation* op, WriteSteps::Done done) {
                                       return m_redis.createAccount(
                                           id, draft.name, draft.password, privilege, draft.description, op, done);
                                   },
            tr("%1 was created").arg(draft.name),
            tr("creating %1").arg(draft.name),
            {} };
        return runSteps(QStringLiteral("CreateAccount"),
            instance,
            QString(),
            steps,
            [this, instance, draft](const QString& requestId) {
                showCreated(instance, draft, requestId);
                pollUntilAvailable(instance, draft.name, requestId);
            });
    }
    const bool grants = !draft.grants.isEmpty() && draft.type != QLatin1String("Super");
    // A Retry after a partial success resumes: the account exists, so only the remaining steps run.
    if (!m_createdAwaitingGrants.contains(key)) {
        steps << WriteSteps::Step { [this, id, draft](PendingOperation* op, WriteSteps::Done done) {
                                       return m_rds.createAccount(
                                           id, draft.name, draft.password, draft.type, draft.description, op, done);
                                   },
            tr("%1 was created").arg(draft.name),
            tr("creating %1").arg(draft.name),
            [this, instance, draft, key, grants](const QString& requestId) {
                if (grants)
                    m_createdAwaitingGrants.insert(key);
                showCreated(instance, draft, requestId);
            } };
    } else {
        steps << WriteSteps::Step { [](PendingOperation*, WriteSteps::Done done) {
                                       done({ QString(), std::nullopt, QString() });
                                       return nullptr;
                                   },
            tr("%1 was created").arg(draft.name),
            QString(),
            {} };
    }
    if (grants) {
        steps << waitStep(instance, draft.name);
        WriteSteps::Step grant = grantStep(id, draft.name, draft.grants);
        grant.applied = [this, key](const QString&) { m_createdAwaitingGrants.remove(key); };
        steps << grant;
    }
    PendingOperation* operation = runSteps(
        QStringLiteral("CreateAccount"), instance, QString(), steps, [this, instance, draft](const QString& requestId) {
            reloadAccount(instance, draft.name, requestId);
            pollUntilAvailable(instance, draft.name, requestId);
        });
    // The account exists even when a later step failed: keep its row moving from Creating to Available.
    connect(operation, &PendingOperation::failed, this, [this, instance, draft, key, operation] {
        if (operation->isPartial())
            pollUntilAvailable(instance, draft.name, m_lastRequestIds.value(key));
    });
    return operation;
}

PendingOperation* AccountController::resetPassword(
    const Instance& instance, const QString& account, const QString& password)
{
    if (PendingOperation* refused
        = refuseOutsideMode(AccountOperation::ResetPassword, QStringLiteral("ResetAccountPassword")))
        return refused;
    const QString id = instance.id;
    const Step step = instance.product == Product::Redis
        ? Step([this, id, account, password](
                   QObject* ctx, auto done) { return m_redis.resetAccountPassword(id, account, password, ctx, done); })
        : Step([this, id, account, password](
                   QObject* ctx, auto done) { return m_rds.resetAccountPassword(id, account, password, ctx, done); });
    return runWrite(QStringLiteral("ResetAccountPassword"),
        instance,
        account,
        { step },
        [this, instance, account](const QString& requestId) { reloadAccount(instance, account, requestId); });
}

PendingOperation* AccountController::modifyPrivileges(
    const Instance& instance, const QString& account, const PrivilegeChange& change)
{
    if (PendingOperation* refused
        = refuseOutsideMode(AccountOperation::ModifyPrivileges, QStringLiteral("GrantAccountPrivilege")))
        return refused;
    const QString id = instance.id;
    if (instance.product == Product::Redis) {
        const QString role = change.redisPrivilege;
        const Step step = [this, id, account, role](QObject* ctx, auto done) {
            return m_redis.grantAccountPrivilege(id, account, role, ctx, done);
        };
        return runWrite(QStringLiteral("GrantAccountPrivilege"),
            instance,
            account,
            { step },
            [this, instance, account](const QString& requestId) { reloadAccount(instance, account, requestId); });
    }
    // A Retry after a partial success sends only what the account (as last read) does not have yet.
    const PrivilegeChange remaining = remainingChange(id, account, change);
    QList<WriteSteps::Step> steps;
    if (!remaining.revokes.isEmpty()) {
        const QStringList revokes = remaining.revokes;
        const QString databases = revokes.join(QStringLiteral(", "));
        steps << WriteSteps::Step { [this, id, account, revokes](PendingOperation* op, WriteSteps::Done done) {
                                       return m_rds.revokeAccountPrivilege(id, account, revokes, op, done);
                                   },
            tr("Revoked access to %1").arg(databases),
            tr("revoking access to %1").arg(databases),
            {} };
    }
    if (!remaining.grants.isEmpty())
        steps << grantStep(id, account, remaining.grants);
    if (steps.isEmpty()) // everything asked for is already in place
        steps << WriteSteps::Step { [](PendingOperation*, WriteSteps::Done done) {
                                       done({ QString(), std::nullopt, QString() });
                                       return nullptr;
                                   },
            QString(),
            QString(),
            {} };
    const QString action
        = change.revokes.isEmpty() ? QStringLiteral("GrantAccountPrivilege") : QStringLiteral("RevokeAccountPrivilege");
    PendingOperation* operation
        = runSteps(action, instance, account, steps, [this, instance, account](const QString& requestId) {
              reloadAccount(instance, account, requestId);
          });
    // After a partial success the list must show what was applied.
    connect(operation, &PendingOperation::failed, this, [this, instance, account, operation] {
        if (operation->isPartial())
            reloadAccount(instance, account, m_lastRequestIds.value(accountKey(instance.id, account)));
    });
    return operation;
}

PrivilegeChange AccountController::remainingChange(
    const QString& instanceId, const QString& account, const PrivilegeChange& change) const
{
    const int row = m_accounts->rowOf(instanceId, account);
    if (row < 0)
        return change;
    const QList<DatabasePrivilege> held = m_accounts->accountAt(row)->privileges;
    auto privilegeOn = [&held](const QString& db) {
        for (const DatabasePrivilege& p : held) {
            if (p.dbName == db)
                return p.privilege;
        }
        return QString();
    };
    PrivilegeChange remaining;
    for (const QString& db : change.revokes) {
        if (!privilegeOn(db).isEmpty())
            remaining.revokes << db;
    }
    for (const DatabasePrivilege& grant : change.grants) {
        if (privilegeOn(grant.dbName) != grant.privilege)
            remaining.grants << grant;
    }
    return remaining;
}

PendingOperation* AccountController::modifyDescription(
    const Instance& instance, const QString& account, const QString& description)
{
    if (PendingOperation* refused
        = refuseOutsideMode(AccountOperation::ModifyDescription, QStringLiteral("ModifyAccountDescription")))
        return refused;
    const QString id = instance.id;
    const Step step = instance.product == Product::Redis
        ? Step([this, id, account, description](QObject* ctx, auto done) {
              return m_redis.modifyAccountDescription(id, account, description, ctx, done);
          })
        : Step([this, id, account, description](QObject* ctx, auto done) {
              return m_rds.modifyAccountDescription(id, account, description, ctx, done);
          });
    return runWrite(QStringLiteral("ModifyAccountDescription"),
        instance,
        account,
        { step },
        [this, instance, account](const QString& requestId) { reloadAccount(instance, account, requestId); });
}

PendingOperation* AccountController::deleteAccount(const Instance& instance, const QString& account)
{
    if (PendingOperation* refused = refuseOutsideMode(AccountOperation::DeleteAccount, QStringLiteral("DeleteAccount")))
        return refused;
    const QString id = instance.id;
    const Step step = instance.product == Product::Redis
        ? Step([this, id, account](QObject* ctx, auto done) { return m_redis.deleteAccount(id, account, ctx, done); })
        : Step([this, id, account](QObject* ctx, auto done) { return m_rds.deleteAccount(id, account, ctx, done); });
    return runWrite(QStringLiteral("DeleteAccount"), instance, account, { step }, [this, id, account](const QString&) {
        m_lastRequestIds.remove(accountKey(id, account));
        m_createdAwaitingGrants.remove(accountKey(id, account));
        m_accounts->removeAccount(id, account);
    });
}

PendingOperation* AccountController::setAccountLocked(const Instance& instance, const QString& account, bool locked)
{
    if (PendingOperation* refused = refuseOutsideMode(locked ? AccountOperation::Lock : AccountOperation::Unlock,
            locked ? QStringLiteral("LockAccount") : QStringLiteral("UnlockAccount")))
        return refused;
    const QString id = instance.id;
    const Step step = locked
        ? Step([this, id, account](QObject* ctx, auto done) { return m_rds.lockAccount(id, account, ctx, done); })
        : Step([this, id, account](QObject* ctx, auto done) { return m_rds.unlockAccount(id, account, ctx, done); });
    return runWrite(locked ? QStringLiteral("LockAccount") : QStringLiteral("UnlockAccount"),
        instance,
        account,
        { step },
        [this, instance, account](const QString& requestId) { reloadAccount(instance, account, requestId); });
}

PendingOperation* AccountController::resetPrivilegedAccount(
    const Instance& instance, const QString& account, const QString& password)
{
    if (PendingOperation* refused
        = refuseOutsideMode(AccountOperation::ResetPrivilegedAccount, QStringLiteral("ResetAccount")))
        return refused;
    const QString id = instance.id;
    const Step step = [this, id, account, password](
                          QObject* ctx, auto done) { return m_rds.resetAccount(id, account, password, ctx, done); };
    return runWrite(QStringLiteral("ResetAccount"),
        instance,
        account,
        { step },
        [this, instance, account](const QString& requestId) { reloadAccount(instance, account, requestId); });
}

PendingOperation* AccountController::grantOperatorPermission(
    const Instance& instance, const OperatorPermission& permission)
{
    if (PendingOperation* refused
        = refuseOutsideMode(AccountOperation::GrantOperatorPermission, QStringLiteral("GrantOperatorPermission")))
        return refused;
    const QString id = instance.id;
    const Step step = [this, id, permission](QObject* ctx, auto done) {
        return m_rds.grantOperatorPermission(id, permission.privileges, permission.expiredTime, ctx, done);
    };
    return runWrite(QStringLiteral("GrantOperatorPermission"), instance, QString(), { step }, {});
}

PendingOperation* AccountController::revokeOperatorPermission(const Instance& instance)
{
    if (PendingOperation* refused
        = refuseOutsideMode(AccountOperation::RevokeOperatorPermission, QStringLiteral("RevokeOperatorPermission")))
        return refused;
    const QString id = instance.id;
    const Step step = [this, id](QObject* ctx, auto done) { return m_rds.revokeOperatorPermission(id, ctx, done); };
    return runWrite(QStringLiteral("RevokeOperatorPermission"), instance, QString(), { step }, {});
}

QStringList AccountController::reservedAccountNames(const Instance& instance) const
{
    if (instance.product != Product::Rds)
        return {};
    // Until (or unless) DescribeInstanceKeywords answers, check the built-in list rather than nothing.
    return m_rdsKeywords.isEmpty() ? RuleTable::rdsReservedAccountWords() : m_rdsKeywords;
}

void AccountController::fetchOperatorPermission(
    const Instance& instance, QObject* context, std::function<void(const std::optional<OperatorPermission>&)> done)
{
    m_rds.describeInstanceAttribute(instance.id, context, [done](const ApiResult<Instance>& result) {
        done(result.ok() ? result.value.operatorPermission : std::nullopt);
    });
}

bool AccountController::reservedAccountNamesAreBuiltIn(const Instance& instance) const
{
    return instance.product == Product::Rds && m_rdsKeywords.isEmpty();
}

// ---- reads --------------------------------------------------------------------------------------------------

void AccountController::readAccount(const Instance& instance,
    const QString& name,
    QObject* context,
    std::function<void(const std::optional<Account>&, const std::optional<ServiceError>&)> done)
{
    auto answered = [name, done](const ApiResult<QList<Account>>& result) {
        if (!result.ok()) {
            done(std::nullopt, *result.error);
            return;
        }
        for (const Account& account : result.value) {
            if (account.name == name) {
                done(account, std::nullopt);
                return;
            }
        }
        done(std::nullopt, std::nullopt); // the read proves the account does not exist
    };
    if (instance.product == Product::Redis)
        m_redis.describeAccounts(instance.id, context, answered, name);
    else
        m_rds.describeAccounts(instance.id, context, answered, name);
}

void AccountController::reloadAccount(const Instance& instance, const QString& account, const QString& requestId)
{
    m_lastRequestIds.insert(accountKey(instance.id, account), requestId);
    if (const int row = m_accounts->rowOf(instance.id, account); row >= 0) {
        Account known = *m_accounts->accountAt(row);
        known.lastRequestId = requestId;
        m_accounts->upsertAccount(known);
    }
    if (!m_readBackEachWrite)
        return; // a bulk run: its runner reloads the instance once when the run ends
    auto done = [this, instance, account](const ApiResult<QList<Account>>& result) {
        if (!result.ok()) {
            reportBackground(*result.error);
            return;
        }
        for (Account fresh : result.value) {
            if (fresh.name != account)
                continue;
            fresh.lastRequestId = m_lastRequestIds.value(fresh.key());
            m_accounts->upsertAccount(fresh);
        }
    };
    if (instance.product == Product::Redis)
        m_redis.describeAccounts(instance.id, this, done, account);
    else
        m_rds.describeAccounts(instance.id, this, done, account);
}

void AccountController::pollUntilAvailable(
    const Instance& instance, const QString& account, const QString& requestId, int attempt)
{
    const QString key = accountKey(instance.id, account);
    if (attempt == 0) {
        if (m_polling.contains(key))
            return;
        m_polling.insert(key);
    }
    QTimer::singleShot(m_pollIntervalMs, this, [this, instance, account, requestId, attempt, key] {
        auto done = [this, instance, account, requestId, attempt, key](const ApiResult<QList<Account>>& result) {
            bool settled = !result.ok() || result.value.isEmpty(); // gone or unreadable: stop quietly
            for (Account fresh : result.value) {
                if (fresh.name != account)
                    continue;
                fresh.lastRequestId = m_lastRequestIds.value(key);
                m_accounts->upsertAccount(fresh);
                settled = !isSettling(fresh.status);
            }
            if (settled || attempt + 1 >= m_pollMaxAttempts) {
                m_polling.remove(key);
                return;
            }
            m_polling.remove(key);
            m_polling.insert(key);
            pollUntilAvailable(instance, account, requestId, attempt + 1);
        };
        if (instance.product == Product::Redis)
            m_redis.describeAccounts(instance.id, this, done, account);
        else
            m_rds.describeAccounts(instance.id, this, done, account);
    });
}

void AccountController::pollCreatingAccounts(const Instance& instance, const QList<Account>& accounts)
{
    for (const Account& account : accounts) {
        if (account.status == QLatin1String("Creating"))
            pollUntilAvailable(instance, account.name, m_lastRequestIds.value(account.key()));
    }
}

void AccountController::applyAccounts(const Instance& instance, QList<Account> accounts)
{
    for (Account& account : accounts)
        account.lastRequestId = m_lastRequestIds.value(account.key());
    m_accounts->setAccounts(instance.id, accounts);
    pollCreatingAccounts(instance, accounts);
}

void AccountController::refreshAccounts(const Instance& instance)
{
    if (!InstancePolicy::canManageAccounts(instance).isValid())
        return;
    beginLoad(tr("Loading the accounts of %1…").arg(instance.id));
    auto done = [this, instance](const ApiResult<QList<Account>>& result) {
        endLoad();
        if (!result.ok()) {
            reportBackground(*result.error);
            return;
        }
        applyAccounts(instance, result.value);
    };
    if (instance.product == Product::Redis) {
        m_redis.describeAccounts(instance.id, this, done);
        return;
    }
    m_rds.describeAccounts(instance.id, this, done);
    beginLoad(tr("Loading the databases of %1…").arg(instance.id));
    m_rds.describeDatabases(instance.id, this, [this, id = instance.id](const ApiResult<QList<Database>>& result) {
        endLoad();
        if (!result.ok()) {
            reportBackground(*result.error);
            return;
        }
        Instance updated = knownInstance(id);
        if (updated.id.isEmpty())
            return;
        updated.databases = result.value;
        m_known.insert(id, updated);
        m_instances->updateInstance(updated);
    });
}

Instance AccountController::knownInstance(const QString& id) const
{
    return m_known.value(id);
}

void AccountController::refreshInventory()
{
    const quint64 generation = ++m_inventoryGeneration;
    m_backgroundErrorShown = false;
    beginLoad(tr("Loading regions…"));
    // Both products list regions; the tree shows their union in the order the service gives.
    auto regions = std::make_shared<QList<Region>>();
    auto pending = std::make_shared<int>(2);
    auto collect = [this, regions, pending, generation](const ApiResult<QList<Region>>& result) {
        if (!result.ok())
            reportBackground(*result.error);
        for (const Region& region : result.value) {
            const bool known = std::any_of(
                regions->cbegin(), regions->cend(), [&region](const Region& r) { return r.id == region.id; });
            if (!known)
                regions->append(region);
        }
        if (--*pending > 0)
            return;
        endLoad();
        if (generation != m_inventoryGeneration)
            return;
        m_instances->setRegions(*regions);
        loadInstances(*regions);
    };
    m_rds.describeRegions(this, collect);
    m_redis.describeRegions(this, collect);
    loadKeywords();
}

void AccountController::loadInstances(const QList<Region>& regions)
{
    if (regions.isEmpty()) {
        forgetInstancesOtherThan({});
        emit inventoryLoaded();
        return;
    }
    const quint64 generation = m_inventoryGeneration;
    beginLoad(tr("Loading instances…"));
    auto regionsLeft = std::make_shared<int>(int(regions.size()));
    auto seen = std::make_shared<QSet<QString>>();
    for (const Region& region : regions) {
        auto found = std::make_shared<QList<Instance>>();
        auto productsLeft = std::make_shared<int>(2);
        auto collect = [this, region, found, productsLeft, regionsLeft, seen, generation](
                           const ApiResult<QList<Instance>>& result) {
            if (!result.ok())
                reportBackground(*result.error);
            found->append(result.value);
            if (--*productsLeft > 0 || generation != m_inventoryGeneration)
                return;
            for (const Instance& instance : std::as_const(*found)) {
                seen->insert(instance.id);
                Instance merged = instance;
                if (merged.databases.isEmpty())
                    merged.databases = m_known.value(instance.id).databases;
                m_known.insert(instance.id, merged);
            }
            QList<Instance> merged;
            for (const Instance& instance : std::as_const(*found))
                merged << m_known.value(instance.id);
            m_instances->setInstances(region.id, merged);
            if (--*regionsLeft > 0)
                return;
            forgetInstancesOtherThan(*seen);
            endLoad();
            emit inventoryLoaded();
            if (m_prefetch)
                prefetchAccounts();
        };
        m_rds.describeInstances(region.id, this, collect);
        m_redis.describeInstances(region.id, this, collect);
    }
}

// After a profile switch the previous connection's instances and accounts must not linger.
void AccountController::forgetInstancesOtherThan(const QSet<QString>& current)
{
    const QList<QString> known = m_known.keys();
    for (const QString& id : known) {
        if (current.contains(id))
            continue;
        m_known.remove(id);
        m_accounts->removeInstance(id);
    }
}

void AccountController::prefetchAccounts()
{
    for (const Instance& instance : std::as_const(m_known)) {
        if (!InstancePolicy::canManageAccounts(instance).isValid())
            continue;
        auto done = [this, instance](const ApiResult<QList<Account>>& result) {
            if (result.ok())
                applyAccounts(instance, result.value);
            else
                reportBackground(*result.error);
        };
        if (instance.product == Product::Redis)
            m_redis.describeAccounts(instance.id, this, done);
        else
            m_rds.describeAccounts(instance.id, this, done);
    }
}

void AccountController::loadKeywords()
{
    m_rds.describeInstanceKeywords(QStringLiteral("account"), this, [this](const ApiResult<QStringList>& result) {
        if (result.ok())
            m_rdsKeywords = result.value;
        else
            qCInfo(lcApp) << "reserved keywords unavailable:" << result.error->code;
    });
}

void AccountController::beginLoad(const QString& what)
{
    ++m_loads;
    emit loadingChanged(true, what);
}

void AccountController::endLoad()
{
    m_loads = std::max(0, m_loads - 1);
    if (m_loads == 0)
        emit loadingChanged(false, QString());
}

void AccountController::reportBackground(const ServiceError& error)
{
    if (error.category == ServiceError::Category::Cancelled)
        return;
    qCWarning(lcApp) << "background call failed:" << error.action << error.code << error.requestId;
    // One box per refresh: a revoked key would otherwise raise one box per instance.
    if (m_backgroundErrorShown)
        return;
    m_backgroundErrorShown = true;
    emit backgroundError(error);
}
