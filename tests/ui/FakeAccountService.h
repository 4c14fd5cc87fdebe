#pragma once

#include "AccountService.h"

#include <QList>
#include <QPointer>

// An AccountService for GUI tests: records every write as a value and leaves each PendingOperation open until the test
// succeeds or fails it. A cancel request fails the operation with Category::Cancelled, like the real controller.
class FakeAccountService : public AccountService
{
    Q_OBJECT

public:
    struct Call
    {
        Instance instance;
        AccountWrite write;
        QPointer<PendingOperation> operation;

        QString method() const { return actionOf(write); }
        QString account() const { return accountOf(write); }
        // The write as the type the test expects; an empty one when it was another write, so comparisons fail.
        template<typename Write>
        Write as() const
        {
            const Write* typed = std::get_if<Write>(&write);
            return typed ? *typed : Write {};
        }
    };

    using AccountService::AccountService;

    PendingOperation* submit(const Instance& instance, const AccountWrite& write) override;
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
};
