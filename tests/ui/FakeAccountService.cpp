#include "FakeAccountService.h"

PendingOperation* FakeAccountService::submit(const Instance& instance, const AccountWrite& write)
{
    auto* op = new PendingOperation(actionOf(write), this);
    connect(op, &PendingOperation::finished, op, &QObject::deleteLater);
    connect(op, &PendingOperation::cancelRequested, this, [this, op] {
        ++cancelRequests;
        op->fail(error(ServiceError::Category::Cancelled, 0, QString(), QString()));
    });
    calls.append({ instance, write, op });
    return op;
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
