#include "AccountWrites.h"

#include "AccountPrivileges.h"
#include "AccountTableModel.h"
#include "AccountText.h"
#include "PendingOperation.h"
#include "ProductClients.h"
#include "StatusPoller.h"

#include <QTimer>

namespace {

// A step that sends one write built by the client's requests().
WriteSteps::Send sending(AccountClient& client, const ApiRequest& request)
{
    return [&client, request](
               PendingOperation* op, WriteSteps::Done done) { return client.write(request, op, std::move(done)); };
}

} // namespace

AccountWrites::AccountWrites(
    const ProductClients& clients, AccountTableModel* accounts, StatusPoller* poller, QObject* parent)
    : QObject(parent)
    , m_clients(clients)
    , m_accounts(accounts)
    , m_poller(poller)
{
}

// The window offers only the mode's operations; this refuses the rest as well, before anything is sent.
PendingOperation* AccountWrites::refuseOutsideMode(AccountOperation operation, const QString& action)
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

PendingOperation* AccountWrites::runOne(AccountOperation operation,
    const Instance& instance,
    const QString& account,
    const ApiRequest& request,
    Applied applied)
{
    if (PendingOperation* refused = refuseOutsideMode(operation, request.action))
        return refused;
    const WriteSteps::Step step { sending(m_clients.of(instance.product), request), {}, {}, {} };
    return runSteps(request.action, instance, account, { step }, std::move(applied));
}

const AccountRequests& AccountWrites::requestsFor(const Instance& instance) const
{
    return m_clients.of(instance.product).requests();
}

PendingOperation* AccountWrites::runSteps(const QString& action,
    const Instance& instance,
    const QString& account,
    QList<WriteSteps::Step> steps,
    Applied applied)
{
    auto* operation = new PendingOperation(action, this);
    connect(operation, &PendingOperation::finished, operation, &QObject::deleteLater);
    const QString instanceId = instance.id;
    if (!account.isEmpty()) {
        m_accounts->setBusy(instanceId, account, true);
        connect(operation, &PendingOperation::finished, this, [this, instanceId, account] {
            m_accounts->setBusy(instanceId, account, false);
        });
    }
    auto* runner = new WriteSteps(
        operation, std::move(steps), [operation, applied = std::move(applied)](const QString& requestId) {
            if (applied)
                applied(requestId);
            operation->succeed(requestId);
        });
    // Start after the caller has connected to the operation's signals.
    QTimer::singleShot(0, runner, &WriteSteps::start);
    return operation;
}

AccountWrites::Applied AccountWrites::readBack(const Instance& instance, const QString& account)
{
    return [this, instance, account](const QString& requestId) { m_poller->reload(instance, account, requestId); };
}

WriteSteps::Step AccountWrites::doneStep(const QString& appliedText)
{
    return { [](PendingOperation*, const WriteSteps::Done& done) {
                done({ QString(), std::nullopt, QString() });
                return nullptr;
            },
        appliedText,
        QString(),
        {} };
}

QString AccountWrites::grantText(const QList<DatabasePrivilege>& grants)
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
            << tr("%1 on %2").arg(AccountText::privilegeName(level), databases.value(level).join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

WriteSteps::Step AccountWrites::grantStep(
    const Instance& instance, const QString& account, const QList<DatabasePrivilege>& grants)
{
    QStringList dbNames, privileges;
    for (const DatabasePrivilege& grant : grants) {
        dbNames << grant.dbName;
        privileges << grant.privilege;
    }
    const QString what = grantText(grants);
    AccountClient& client = m_clients.of(instance.product);
    const ApiRequest request = client.requests().grantAccountPrivilege(instance.id, account, dbNames, privileges);
    return { sending(client, request), tr("granted %1").arg(what), tr("granting %1").arg(what), {} };
}

WriteSteps::Step AccountWrites::revokeStep(
    const Instance& instance, const QString& account, const QStringList& databases)
{
    AccountClient& client = m_clients.of(instance.product);
    const QString names = databases.join(QStringLiteral(", "));
    const ApiRequest request = client.requests().revokeAccountPrivilege(instance.id, account, databases);
    return {
        sending(client, request), tr("Revoked access to %1").arg(names), tr("revoking access to %1").arg(names), {}
    };
}

WriteSteps::Step AccountWrites::waitStep(const Instance& instance, const QString& account)
{
    return { [this, instance, account](PendingOperation* op, const WriteSteps::Done& done) {
                m_poller->waitUntilAvailable(instance, account, op, done);
                return nullptr;
            },
        QString(),
        tr("waiting until %1 is Available").arg(account),
        {} };
}

WriteSteps::Step AccountWrites::createStep(const Instance& instance, const AccountDraft& draft, bool grantsFollow)
{
    AccountClient& client = m_clients.of(instance.product);
    const ApiRequest request = client.requests().createAccount(
        instance.id, draft.name, draft.password, client.api().createKind(draft), draft.description);
    const QString key = StatusPoller::accountKey(instance.id, draft.name);
    return { sending(client, request),
        tr("%1 was created").arg(draft.name),
        tr("creating %1").arg(draft.name),
        [this, instance, draft, key, grantsFollow](const QString& requestId) {
            if (grantsFollow)
                m_createdAwaitingGrants.insert(key);
            showCreated(instance, draft, requestId);
        } };
}

// The new row shows at once, as Creating, with our RequestId; reads and polling bring the server's view.
void AccountWrites::showCreated(const Instance& instance, const AccountDraft& draft, const QString& requestId)
{
    const ProductApi& api = m_clients.of(instance.product).api();
    Account account;
    account.instanceId = instance.id;
    account.name = draft.name;
    account.type = draft.type;
    account.status = QStringLiteral("Creating");
    account.description = draft.description;
    if (!api.privilegesPerDatabase) // the role the account was created with
        account.privileges = { { QString(), api.createKind(draft), QString() } };
    account.lastRequestId = requestId;
    m_poller->remember(account.key(), requestId);
    if (const int row = m_accounts->rowOf(instance.id, draft.name); row >= 0)
        account.status = m_accounts->accountAt(row)->status; // a read already said more than "Creating"
    m_accounts->upsertAccount(account);
}

PendingOperation* AccountWrites::submit(const Instance& instance, const AccountWrite& write)
{
    return std::visit([this, &instance](const auto& typed) { return run(instance, typed); }, write);
}

PendingOperation* AccountWrites::run(const Instance& instance, const CreateAccountWrite& write)
{
    const AccountDraft& draft = write.draft;
    if (PendingOperation* refused = refuseOutsideMode(AccountOperation::CreateAccount, QStringLiteral("CreateAccount")))
        return refused;
    const QString key = StatusPoller::accountKey(instance.id, draft.name);
    const bool grants = !draft.grants.isEmpty() && draft.type != QLatin1String("Super");
    QList<WriteSteps::Step> steps;
    // A Retry after a partial success resumes: the account exists, so only the remaining steps run.
    if (m_createdAwaitingGrants.contains(key))
        steps << doneStep(tr("%1 was created").arg(draft.name));
    else
        steps << createStep(instance, draft, grants);
    if (grants) {
        steps << waitStep(instance, draft.name);
        WriteSteps::Step grant = grantStep(instance, draft.name, draft.grants);
        grant.applied = [this, key](const QString&) { m_createdAwaitingGrants.remove(key); };
        steps << grant;
    }
    PendingOperation* operation = runSteps(
        QStringLiteral("CreateAccount"), instance, QString(), steps, [this, instance, draft](const QString& requestId) {
            m_poller->reload(instance, draft.name, requestId);
            m_poller->pollUntilAvailable(instance, draft.name);
        });
    // The account exists even when a later step failed: keep its row moving from Creating to Available.
    connect(operation, &PendingOperation::failed, this, [this, instance, draft, operation] {
        if (operation->isPartial())
            m_poller->pollUntilAvailable(instance, draft.name);
    });
    return operation;
}

PendingOperation* AccountWrites::run(const Instance& instance, const ResetPasswordWrite& write)
{
    const ApiRequest request = requestsFor(instance).resetAccountPassword(instance.id, write.account, write.password);
    return runOne(AccountOperation::ResetPassword, instance, write.account, request, readBack(instance, write.account));
}

PendingOperation* AccountWrites::run(const Instance& instance, const ModifyPrivilegesWrite& write)
{
    const QString& account = write.account;
    const PrivilegeChange& change = write.change;
    const QString grantAction = QStringLiteral("GrantAccountPrivilege");
    if (!m_clients.of(instance.product).api().privilegesPerDatabase) { // one role for the whole account
        const ApiRequest request
            = requestsFor(instance).grantAccountPrivilege(instance.id, account, {}, { change.redisPrivilege });
        return runOne(AccountOperation::ModifyPrivileges, instance, account, request, readBack(instance, account));
    }
    if (PendingOperation* refused = refuseOutsideMode(AccountOperation::ModifyPrivileges, grantAction))
        return refused;
    // A Retry after a partial success sends only what the account (as last read) does not have yet.
    const PrivilegeChange remaining = remainingChange(instance.id, account, change);
    QList<WriteSteps::Step> steps;
    if (!remaining.revokes.isEmpty())
        steps << revokeStep(instance, account, remaining.revokes);
    if (!remaining.grants.isEmpty())
        steps << grantStep(instance, account, remaining.grants);
    if (steps.isEmpty()) // everything asked for is already in place
        steps << doneStep(QString());
    const QString action = change.revokes.isEmpty() ? grantAction : QStringLiteral("RevokeAccountPrivilege");
    PendingOperation* operation = runSteps(action, instance, account, steps, readBack(instance, account));
    // After a partial success the list must show what was applied.
    connect(operation, &PendingOperation::failed, this, [this, instance, account, operation] {
        if (operation->isPartial())
            m_poller->reload(
                instance, account, m_poller->lastRequestId(StatusPoller::accountKey(instance.id, account)));
    });
    return operation;
}

PrivilegeChange AccountWrites::remainingChange(
    const QString& instanceId, const QString& account, const PrivilegeChange& change) const
{
    const int row = m_accounts->rowOf(instanceId, account);
    if (row < 0)
        return change;
    const Account current = *m_accounts->accountAt(row);
    PrivilegeChange remaining;
    for (const QString& db : change.revokes) {
        if (!AccountPrivileges::heldOn(current, db).isEmpty())
            remaining.revokes << db;
    }
    for (const DatabasePrivilege& grant : change.grants) {
        if (AccountPrivileges::heldOn(current, grant.dbName) != grant.privilege)
            remaining.grants << grant;
    }
    return remaining;
}

PendingOperation* AccountWrites::run(const Instance& instance, const ModifyDescriptionWrite& write)
{
    const ApiRequest request
        = requestsFor(instance).modifyAccountDescription(instance.id, write.account, write.description);
    return runOne(
        AccountOperation::ModifyDescription, instance, write.account, request, readBack(instance, write.account));
}

PendingOperation* AccountWrites::run(const Instance& instance, const DeleteAccountWrite& write)
{
    const QString id = instance.id;
    const QString& account = write.account;
    const ApiRequest request = requestsFor(instance).deleteAccount(id, account);
    return runOne(AccountOperation::DeleteAccount, instance, account, request, [this, id, account](const QString&) {
        const QString key = StatusPoller::accountKey(id, account);
        m_poller->forget(key);
        m_createdAwaitingGrants.remove(key);
        m_accounts->removeAccount(id, account);
    });
}

PendingOperation* AccountWrites::run(const Instance& instance, const SetAccountLockedWrite& write)
{
    const QString& account = write.account;
    const bool locked = write.locked;
    const ApiRequest request = requestsFor(instance).setAccountLocked(instance.id, account, locked);
    const AccountOperation operation = locked ? AccountOperation::Lock : AccountOperation::Unlock;
    return runOne(operation, instance, account, request, readBack(instance, account));
}

PendingOperation* AccountWrites::run(const Instance& instance, const ResetPrivilegedAccountWrite& write)
{
    const ApiRequest request = requestsFor(instance).resetAccount(instance.id, write.account, write.password);
    return runOne(
        AccountOperation::ResetPrivilegedAccount, instance, write.account, request, readBack(instance, write.account));
}

PendingOperation* AccountWrites::run(const Instance& instance, const GrantOperatorPermissionWrite& write)
{
    const ApiRequest request = requestsFor(instance).grantOperatorPermission(instance.id, write.permission);
    return runOne(AccountOperation::GrantOperatorPermission, instance, QString(), request, {});
}

PendingOperation* AccountWrites::run(const Instance& instance, const RevokeOperatorPermissionWrite&)
{
    const ApiRequest request = requestsFor(instance).revokeOperatorPermission(instance.id);
    return runOne(AccountOperation::RevokeOperatorPermission, instance, QString(), request, {});
}
