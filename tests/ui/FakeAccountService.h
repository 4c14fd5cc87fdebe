#pragma once

#include "AccountService.h"

#include <QList>
#include <QPointer>

// An AccountService for GUI tests: records every call and leaves each PendingOperation open until the test
// succeeds or fails it. A cancel request fails the operation with Category::Cancelled, like the real controller.
class FakeAccountService : public AccountService
{
    Q_OBJECT

public:
    struct Call
    {
        QString method;
        Instance instance;
        QString account;
        QString password;
        QString description;
        AccountDraft draft;
        PrivilegeChange change;
        OperatorPermission permission;
        bool locked = false;
        QPointer<PendingOperation> operation;
    };

    using AccountService::AccountService;

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
    void refreshInventory() override { }
    void refreshAccounts(const Instance&) override { }

    QList<Call> calls;
    QStringList reservedNames;
    int cancelRequests = 0;

    const Call& lastCall() const { return calls.constLast(); }
    // Finish the newest call; the operation deletes itself afterwards, like the real service's.
    void succeedLast(const QString& requestId = QStringLiteral("REQ-OK-1"));
    void failLast(const ServiceError& error);
    bool lastIsOpen() const;

    static ServiceError error(
        ServiceError::Category category, int httpStatus, const QString& code, const QString& requestId);

private:
    PendingOperation* record(Call call);
};
