#pragma once

#include "AccountRequests.h"
#include "AccountWrite.h"
#include "ApiActionTable.h"
#include "Instance.h"
#include "WriteSteps.h"

#include <QObject>
#include <QSet>

#include <functional>

class AccountClient;
class AccountTableModel;
class PendingOperation;
class ProductClients;
class StatusPoller;

// The account writes of AccountService, for every product through its AccountClient: each is a list of
// WriteSteps (create, wait until Available, grant; revoke, grant), refused up front outside the role mode, and
// followed by the model update (an upsert, a read-back of the changed account, polling a Creating one).
class AccountWrites : public QObject
{
    Q_OBJECT

public:
    AccountWrites(
        const ProductClients& clients, AccountTableModel* accounts, StatusPoller* poller, QObject* parent = nullptr);

    // The role mode: operations it does not allow (ApiActionTable) fail at once without a call.
    void setRoleMode(RoleMode mode) { m_mode = mode; }

    // Runs the write: refused outside the role mode, else its calls, then the model update.
    PendingOperation* submit(const Instance& instance, const AccountWrite& write);

private:
    // One per AccountWrite type; submit() picks by the write's type.
    PendingOperation* run(const Instance& instance, const CreateAccountWrite& write);
    PendingOperation* run(const Instance& instance, const ResetPasswordWrite& write);
    PendingOperation* run(const Instance& instance, const ModifyPrivilegesWrite& write);
    PendingOperation* run(const Instance& instance, const ModifyDescriptionWrite& write);
    PendingOperation* run(const Instance& instance, const DeleteAccountWrite& write);
    PendingOperation* run(const Instance& instance, const SetAccountLockedWrite& write);
    PendingOperation* run(const Instance& instance, const ResetPrivilegedAccountWrite& write);
    PendingOperation* run(const Instance& instance, const GrantOperatorPermissionWrite& write);
    PendingOperation* run(const Instance& instance, const RevokeOperatorPermissionWrite& write);

    using Applied = std::function<void(const QString& requestId)>;

    PendingOperation* refuseOutsideMode(AccountOperation operation, const QString& action);
    // A write of one call, allowed in the mode; `applied` runs on success before the operation succeeds.
    PendingOperation* runOne(AccountOperation operation,
        const Instance& instance,
        const QString& account,
        const ApiRequest& request,
        Applied applied);
    // A write of several steps, reported as a partial success when a later step fails (WriteSteps).
    PendingOperation* runSteps(const QString& action,
        const Instance& instance,
        const QString& account,
        QList<WriteSteps::Step> steps,
        Applied applied);
    // The requests of the instance's product.
    const AccountRequests& requestsFor(const Instance& instance) const;
    Applied readBack(const Instance& instance, const QString& account);
    WriteSteps::Step createStep(const Instance& instance, const AccountDraft& draft, bool grantsFollow);
    WriteSteps::Step grantStep(
        const Instance& instance, const QString& account, const QList<DatabasePrivilege>& grants);
    WriteSteps::Step revokeStep(const Instance& instance, const QString& account, const QStringList& databases);
    WriteSteps::Step waitStep(const Instance& instance, const QString& account);
    // A step with nothing left to send (a Retry after it was applied).
    static WriteSteps::Step doneStep(const QString& appliedText);
    void showCreated(const Instance& instance, const AccountDraft& draft, const QString& requestId);
    PrivilegeChange remainingChange(
        const QString& instanceId, const QString& account, const PrivilegeChange& change) const;
    static QString grantText(const QList<DatabasePrivilege>& grants);

    const ProductClients& m_clients;
    AccountTableModel* m_accounts;
    StatusPoller* m_poller;
    QSet<QString> m_createdAwaitingGrants; // created by us, grants not yet applied: Retry resumes
    RoleMode m_mode = RoleMode::Dba;
};
