#pragma once

#include "AccountClient.h"
#include "AccountService.h"
#include "ApiActionTable.h"
#include "ApiResult.h"
#include "WriteSteps.h"

#include <QHash>
#include <QSet>

#include <functional>

class AccountTableModel;
class ApiClient;
class ApiCall;
class InstanceTreeModel;

// Turns the dialogs' requests (AccountService) into OpenAPI calls and the answers into item-model updates:
// fine-grained upserts after each write, a read-back of the changed account, and polling of Creating accounts
// until they are Available. Background loads report through loadingChanged() and backgroundError().
class AccountController : public AccountService
{
    Q_OBJECT

public:
    AccountController(
        ApiClient* client, InstanceTreeModel* instances, AccountTableModel* accounts, QObject* parent = nullptr);

    PendingOperation* createAccount(const Instance& instance, const AccountDraft& draft) override;
    PendingOperation* resetPassword(const Instance& instance, const QString& account, const QString& password) override;
    PendingOperation* modifyPrivileges(
        const Instance& instance, const QString& account, const PrivilegeChange& change) override;
    PendingOperation* modifyDescription(
        const Instance& instance, const QString& account, const QString& description) override;
    PendingOperation* deleteAccount(const Instance& instance, const QString& account) override;
    PendingOperation* setAccountLocked(const Instance& instance, const QString& account, bool locked) override;
    PendingOperation* resetPrivilegedAccount(
        const Instance& instance, const QString& account, const QString& password) override;
    PendingOperation* grantOperatorPermission(const Instance& instance, const OperatorPermission& permission) override;
    PendingOperation* revokeOperatorPermission(const Instance& instance) override;
    QStringList reservedAccountNames(const Instance& instance) const override;
    bool reservedAccountNamesAreBuiltIn(const Instance& instance) const override;
    void fetchOperatorPermission(const Instance& instance,
        QObject* context,
        std::function<void(const std::optional<OperatorPermission>&)> done) override;
    void refreshInventory() override;
    void refreshAccounts(const Instance& instance) override;
    void readAccount(const Instance& instance,
        const QString& name,
        QObject* context,
        std::function<void(const std::optional<Account>&, const std::optional<ServiceError>&)> done) override;
    // Bulk runs switch the per-write read-back off and reload each instance once at the end.
    void setReadBackEachWrite(bool on) override { m_readBackEachWrite = on; }

    // How often a Creating account is re-read, and for how long at most.
    void setPolling(int intervalMs, int maxAttempts);
    // How long a create waits for its new account to be Available before granting (reads back off to 4 s).
    void setAvailableWait(int maxMs) { m_availableWaitMs = maxMs; }
    // Loads every instance's accounts after the inventory, so the filter finds an account anywhere.
    void setPrefetchAccounts(bool prefetch) { m_prefetch = prefetch; }
    // The role mode: operations it does not allow (ApiActionTable) fail at once without a call.
    void setRoleMode(RoleMode mode) { m_mode = mode; }

signals:
    // The instance tree holds every region's instances (the startup report waits for this).
    void inventoryLoaded();

private:
    PendingOperation* refuseOutsideMode(AccountOperation operation, const QString& action);
    // One single-step write: the step returns the ApiCall; `applied` runs on success before the operation
    // succeeds with the RequestId.
    using Step = std::function<ApiCall*(QObject* context, std::function<void(const ApiResult<QString>&)> done)>;
    PendingOperation* runWrite(const QString& action,
        const Instance& instance,
        const QString& account,
        QList<Step> steps,
        std::function<void(const QString& requestId)> applied);
    // A write of several steps, reported as a partial success when a later step fails (WriteSteps).
    PendingOperation* runSteps(const QString& action,
        const Instance& instance,
        const QString& account,
        QList<WriteSteps::Step> steps,
        std::function<void(const QString& requestId)> applied);
    WriteSteps::Step grantStep(
        const QString& instanceId, const QString& account, const QList<DatabasePrivilege>& grants);
    WriteSteps::Step waitStep(const Instance& instance, const QString& account);
    void waitUntilAvailable(
        const Instance& instance, const QString& account, PendingOperation* op, WriteSteps::Done done);
    void showCreated(const Instance& instance, const AccountDraft& draft, const QString& requestId);
    PrivilegeChange remainingChange(
        const QString& instanceId, const QString& account, const PrivilegeChange& change) const;
    static QString grantText(const QList<DatabasePrivilege>& grants);
    static ServiceError stillCreating(const QString& account, qint64 waitedMs);
    void reloadAccount(const Instance& instance, const QString& account, const QString& requestId);
    void pollUntilAvailable(
        const Instance& instance, const QString& account, const QString& requestId, int attempt = 0);
    void pollCreatingAccounts(const Instance& instance, const QList<Account>& accounts);
    void applyAccounts(const Instance& instance, QList<Account> accounts);
    void loadInstances(const QList<Region>& regions);
    void loadKeywords();
    void prefetchAccounts();
    void forgetInstancesOtherThan(const QSet<QString>& current);
    void beginLoad(const QString& what);
    void endLoad();
    void reportBackground(const ServiceError& error);
    Instance knownInstance(const QString& id) const;

    ApiClient* m_client;
    AccountClient m_rds;
    AccountClient m_redis;
    InstanceTreeModel* m_instances;
    AccountTableModel* m_accounts;
    QHash<QString, Instance> m_known; // by instance id
    QHash<QString, QString> m_lastRequestIds; // account key -> RequestId of our last change
    QSet<QString> m_polling; // account keys being polled
    QSet<QString> m_createdAwaitingGrants; // created by us, grants not yet applied: Retry resumes
    QStringList m_rdsKeywords;
    int m_loads = 0;
    int m_pollIntervalMs = 2000;
    int m_pollMaxAttempts = 90;
    int m_availableWaitMs = 120000;
    bool m_prefetch = true;
    bool m_readBackEachWrite = true;
    RoleMode m_mode = RoleMode::Dba;
    bool m_backgroundErrorShown = false;
    quint64 m_inventoryGeneration = 0;
};
