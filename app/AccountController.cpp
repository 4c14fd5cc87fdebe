#include "AccountController.h"

#include "AccountTableModel.h"
#include "ApiCall.h"
#include "ApiClient.h"
#include "AppLogging.h"
#include "InstancePolicy.h"
#include "InstanceTreeModel.h"

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

AccountController::AccountController(ApiClient* client, InstanceTreeModel* instances, AccountTableModel* accounts,
                                     QObject* parent)
    : AccountService(parent)
    , m_client(client)
    , m_rds(client)
    , m_redis(client)
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

PendingOperation* AccountController::runWrite(const QString& action, const Instance& instance, const QString& account,
                                              QList<Step> steps, std::function<void(const QString&)> applied)
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
    // Start after the caller has connected to the operation's signals.
    QTimer::singleShot(0, operation, [this, operation, steps, applied] {
        runSteps(operation, steps, QString(), [operation, applied](const QString& requestId) {
            if (applied)
                applied(requestId);
            operation->succeed(requestId);
        });
    });
    return operation;
}

void AccountController::runSteps(PendingOperation* operation, QList<Step> steps, const QString& lastRequestId,
                                 std::function<void(const QString&)> finish)
{
    if (steps.isEmpty()) {
        finish(lastRequestId);
        return;
    }
    const Step step = steps.takeFirst();
    ApiCall* call = step(operation, [this, operation, steps, finish](const ApiResult<QString>& result) {
        if (!result.ok()) {
            operation->fail(*result.error);
            return;
        }
        runSteps(operation, steps, result.requestId, finish);
    });
    if (call)
        connect(operation, &PendingOperation::cancelRequested, call, &ApiCall::cancel);
}

PendingOperation* AccountController::createAccount(const Instance& instance, const AccountDraft& draft)
{
    QList<Step> steps;
    const QString id = instance.id;
    if (instance.product == Product::Redis) {
        const QString privilege = draft.redisPrivilege.isEmpty() ? QStringLiteral("RoleReadWrite")
                                                                 : draft.redisPrivilege;
        steps << [this, id, draft, privilege](QObject* ctx, auto done) {
            return m_redis.createAccount(id, draft.name, draft.password, privilege, draft.description, ctx, done);
        };
    } else {
        steps << [this, id, draft](QObject* ctx, auto done) {
            return m_rds.createAccount(id, draft.name, draft.password, draft.type, draft.description, ctx, done);
        };
        if (!draft.grants.isEmpty() && draft.type != QLatin1String("Super")) {
            QStringList dbNames, privileges;
            for (const DatabasePrivilege& grant : draft.grants) {
                dbNames << grant.dbName;
                privileges << grant.privilege;
            }
            steps << [this, id, draft, dbNames, privileges](QObject* ctx, auto done) {
                return m_rds.grantAccountPrivilege(id, draft.name, dbNames, privileges, ctx, done);
            };
        }
    }
    return runWrite(QStringLiteral("CreateAccount"), instance, QString(), steps,
                    [this, instance, draft](const QString& requestId) {
                        Account account;
                        account.instanceId = instance.id;
                        account.name = draft.name;
                        account.type = draft.type;
                        account.status = QStringLiteral("Creating");
                        account.description = draft.description;
                        if (instance.product == Product::Redis)
                            account.privileges = {{QString(), draft.redisPrivilege, QString()}};
                        else
                            account.privileges = draft.grants;
                        account.lastRequestId = requestId;
                        m_lastRequestIds.insert(account.key(), requestId);
                        m_accounts->upsertAccount(account);
                        pollUntilAvailable(instance, draft.name, requestId);
                    });
}

PendingOperation* AccountController::resetPassword(const Instance& instance, const QString& account,
                                                   const QString& password)
{
    const QString id = instance.id;
    const Step step = instance.product == Product::Redis
        ? Step([this, id, account, password](QObject* ctx, auto done) {
              return m_redis.resetAccountPassword(id, account, password, ctx, done);
          })
        : Step([this, id, account, password](QObject* ctx, auto done) {
              return m_rds.resetAccountPassword(id, account, password, ctx, done);
          });
    return runWrite(QStringLiteral("ResetAccountPassword"), instance, account, {step},
                    [this, instance, account](const QString& requestId) { reloadAccount(instance, account, requestId); });
}

PendingOperation* AccountController::modifyPrivileges(const Instance& instance, const QString& account,
                                                      const PrivilegeChange& change)
{
    QList<Step> steps;
    const QString id = instance.id;
    if (instance.product == Product::Redis) {
        const QString role = change.redisPrivilege;
        steps << [this, id, account, role](QObject* ctx, auto done) {
            return m_redis.grantAccountPrivilege(id, account, role, ctx, done);
        };
    } else {
        if (!change.revokes.isEmpty()) {
            const QStringList revokes = change.revokes;
            steps << [this, id, account, revokes](QObject* ctx, auto done) {
                return m_rds.revokeAccountPrivilege(id, account, revokes, ctx, done);
            };
        }
        if (!change.grants.isEmpty()) {
            QStringList dbNames, privileges;
            for (const DatabasePrivilege& grant : change.grants) {
                dbNames << grant.dbName;
                privileges << grant.privilege;
            }
            steps << [this, id, account, dbNames, privileges](QObject* ctx, auto done) {
                return m_rds.grantAccountPrivilege(id, account, dbNames, privileges, ctx, done);
            };
        }
    }
    const QString action = instance.product == Product::Redis || change.revokes.isEmpty()
        ? QStringLiteral("GrantAccountPrivilege")
        : QStringLiteral("RevokeAccountPrivilege");
    return runWrite(action, instance, account, steps,
                    [this, instance, account](const QString& requestId) { reloadAccount(instance, account, requestId); });
}

PendingOperation* AccountController::modifyDescription(const Instance& instance, const QString& account,
                                                       const QString& description)
{
    const QString id = instance.id;
    const Step step = instance.product == Product::Redis
        ? Step([this, id, account, description](QObject* ctx, auto done) {
              return m_redis.modifyAccountDescription(id, account, description, ctx, done);
          })
        : Step([this, id, account, description](QObject* ctx, auto done) {
              return m_rds.modifyAccountDescription(id, account, description, ctx, done);
          });
    return runWrite(QStringLiteral("ModifyAccountDescription"), instance, account, {step},
                    [this, instance, account](const QString& requestId) { reloadAccount(instance, account, requestId); });
}

PendingOperation* AccountController::deleteAccount(const Instance& instance, const QString& account)
{
    const QString id = instance.id;
    const Step step = instance.product == Product::Redis
        ? Step([this, id, account](QObject* ctx, auto done) { return m_redis.deleteAccount(id, account, ctx, done); })
        : Step([this, id, account](QObject* ctx, auto done) { return m_rds.deleteAccount(id, account, ctx, done); });
    return runWrite(QStringLiteral("DeleteAccount"), instance, account, {step}, [this, id, account](const QString&) {
        m_lastRequestIds.remove(accountKey(id, account));
        m_accounts->removeAccount(id, account);
    });
}

PendingOperation* AccountController::setAccountLocked(const Instance& instance, const QString& account, bool locked)
{
    const QString id = instance.id;
    const Step step = locked
        ? Step([this, id, account](QObject* ctx, auto done) { return m_rds.lockAccount(id, account, ctx, done); })
        : Step([this, id, account](QObject* ctx, auto done) { return m_rds.unlockAccount(id, account, ctx, done); });
    return runWrite(locked ? QStringLiteral("LockAccount") : QStringLiteral("UnlockAccount"), instance, account,
                    {step},
                    [this, instance, account](const QString& requestId) { reloadAccount(instance, account, requestId); });
}

PendingOperation* AccountController::resetPrivilegedAccount(const Instance& instance, const QString& account,
                                                            const QString& password)
{
    const QString id = instance.id;
    const Step step = [this, id, account, password](QObject* ctx, auto done) {
        return m_rds.resetAccount(id, account, password, ctx, done);
    };
    return runWrite(QStringLiteral("ResetAccount"), instance, account, {step},
                    [this, instance, account](const QString& requestId) { reloadAccount(instance, account, requestId); });
}

PendingOperation* AccountController::grantOperatorPermission(const Instance& instance,
                                                             const OperatorPermission& permission)
{
    const QString id = instance.id;
    const Step step = [this, id, permission](QObject* ctx, auto done) {
        return m_rds.grantOperatorPermission(id, permission.privileges, permission.expiredTime, ctx, done);
    };
    return runWrite(QStringLiteral("GrantOperatorPermission"), instance, QString(), {step}, {});
}

PendingOperation* AccountController::revokeOperatorPermission(const Instance& instance)
{
    const QString id = instance.id;
    const Step step = [this, id](QObject* ctx, auto done) { return m_rds.revokeOperatorPermission(id, ctx, done); };
    return runWrite(QStringLiteral("RevokeOperatorPermission"), instance, QString(), {step}, {});
}

QStringList AccountController::reservedAccountNames(const Instance& instance) const
{
    return instance.product == Product::Rds ? m_rdsKeywords : QStringList();
}

// ---- reads --------------------------------------------------------------------------------------------------

void AccountController::reloadAccount(const Instance& instance, const QString& account, const QString& requestId)
{
    m_lastRequestIds.insert(accountKey(instance.id, account), requestId);
    if (const int row = m_accounts->rowOf(instance.id, account); row >= 0) {
        Account known = *m_accounts->accountAt(row);
        known.lastRequestId = requestId;
        m_accounts->upsertAccount(known);
    }
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

void AccountController::pollUntilAvailable(const Instance& instance, const QString& account, const QString& requestId,
                                           int attempt)
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
            const bool known = std::any_of(regions->cbegin(), regions->cend(),
                                           [&region](const Region& r) { return r.id == region.id; });
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
        m_rds.describeDBInstances(region.id, this, collect);
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
