#include "FakeAccountService.h"

namespace {

FakeAccountService::Call makeCall(const QString& method, const Instance& instance, const QString& account = {})
{
    FakeAccountService::Call call;
    call.method = method;
    call.instance = instance;
    call.account = account;
    return call;
}

} // namespace

PendingOperation* FakeAccountService::record(Call call)
{
    auto* op = new PendingOperation(call.method, this);
    connect(op, &PendingOperation::finished, op, &QObject::deleteLater);
    connect(op, &PendingOperation::cancelRequested, this, [this, op] {
        ++cancelRequests;
        op->fail(error(ServiceError::Category::Cancelled, 0, QString(), QString()));
    });
    call.operation = op;
    calls.append(call);
    return op;
}

PendingOperation* FakeAccountService::createAccount(const Instance& instance, const AccountDraft& draft)
{
    Call c = makeCall(QStringLiteral("CreateAccount"), instance, draft.name);
    c.draft = draft;
    return record(c);
}

PendingOperation* FakeAccountService::resetPassword(
    const Instance& instance, const QString& account, const QString& password)
{
    Call c = makeCall(QStringLiteral("ResetAccountPassword"), instance, account);
    c.password = password;
    return record(c);
}

PendingOperation* FakeAccountService::modifyPrivileges(
    const Instance& instance, const QString& account, const PrivilegeChange& change)
{
    Call c = makeCall(QStringLiteral("ModifyPrivileges"), instance, account);
    c.change = change;
    return record(c);
}

PendingOperation* FakeAccountService::modifyDescription(
    const Instance& instance, const QString& account, const QString& description)
{
    Call c = makeCall(QStringLiteral("ModifyAccountDescription"), instance, account);
    c.description = description;
    return record(c);
}

PendingOperation* FakeAccountService::deleteAccount(const Instance& instance, const QString& account)
{
    return record(makeCall(QStringLiteral("DeleteAccount"), instance, account));
}

PendingOperation* FakeAccountService::setAccountLocked(const Instance& instance, const QString& account, bool locked)
{
    Call c = makeCall(locked ? QStringLiteral("LockAccount") : QStringLiteral("UnlockAccount"), instance, account);
    c.locked = locked;
    return record(c);
}

PendingOperation* FakeAccountService::resetPrivilegedAccount(
    const Instance& instance, const QString& account, const QString& password)
{
    Call c = makeCall(QStringLiteral("ResetAccount"), instance, account);
    c.password = password;
    return record(c);
}

PendingOperation* FakeAccountService::grantOperatorPermission(
    const Instance& instance, const OperatorPermission& permission)
{
    Call c = makeCall(QStringLiteral("GrantOperatorPermission"), instance);
    c.permission = permission;
    return record(c);
}

PendingOperation* FakeAccountService::revokeOperatorPermission(const Instance& instance)
{
    return record(makeCall(QStringLiteral("RevokeOperatorPermission"), instance));
}

QStringList FakeAccountService::reservedAccountNames(const Instance&) const
{
    return reservedNames;
}

void FakeAccountService::succeedLast(const QString& requestId)
{
    if (PendingOperation* op = calls.constLast().operation)
        op->succeed(requestId);
}

void FakeAccountService::failLast(const ServiceError& e)
{
    if (PendingOperation* op = calls.constLast().operation)
        op->fail(e);
}

bool FakeAccountService::lastIsOpen() const
{
    const QPointer<PendingOperation>& op = calls.constLast().operation;
    return op && !op->isFinished();
}

ServiceError FakeAccountService::error(
    ServiceError::Category category, int httpStatus, const QString& code, const QString& requestId)
{
    ServiceError e;
    e.category = category;
    e.httpStatus = httpStatus;
    e.code = code;
    e.message = code.isEmpty() ? QStringLiteral("transport failure") : code + QStringLiteral(" from the server");
    e.requestId = requestId;
    return e;
}
