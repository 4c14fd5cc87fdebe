#pragma once

#include "Account.h"
#include "AccountWrite.h"
#include "Instance.h"
#include "OperatorPermission.h"
#include "PendingOperation.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

// The account operations the UI can ask for, independent of how they reach the cloud. The app's
// AccountController implements it over the OpenAPI client and updates the item models; tests may fake it.
// Every call returns at once; the PendingOperation (owned by the service, deleted after finished()) reports
// the outcome. On success the implementation has already updated the item models.
class AccountService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // What fetchOperatorPermission() and readAccount() hand back.
    using OperatorPermissionDone = std::function<void(const std::optional<OperatorPermission>& permission)>;
    using AccountReadDone
        = std::function<void(const std::optional<Account>& account, const std::optional<ServiceError>& error)>;

    // Starts one write (AccountWrite: create, reset password, change privileges, ...) on the instance.
    virtual PendingOperation* submit(const Instance& instance, const AccountWrite& write) = 0;

    // RDS reserved keywords (DescribeInstanceKeywords, Key=account) known for this instance's engine, to merge
    // into AccountRules::setExtraReservedWords(); empty when not loaded yet or for Redis.
    virtual QStringList reservedAccountNames(const Instance& instance) const = 0;
    // True when reservedAccountNames() is the built-in list (RuleTable::rdsReservedAccountWords) because
    // DescribeInstanceKeywords could not be loaded; the Create Account dialog says so.
    virtual bool reservedAccountNamesAreBuiltIn(const Instance& instance) const
    {
        Q_UNUSED(instance)
        return false;
    }

    // Asks DescribeDBInstanceAttribute for the service account's current access; done gets none when it has none
    // (or has lapsed). The default answers none at once.
    // By value: the overrides keep it past the call; only this default answers at once.
    // NOLINTNEXTLINE(performance-unnecessary-value-param)
    virtual void fetchOperatorPermission(const Instance& instance, QObject* context, OperatorPermissionDone done)
    {
        Q_UNUSED(instance)
        Q_UNUSED(context)
        done(std::nullopt);
    }

    // Reads one account as the server holds it now (DescribeAccounts AccountName=...), so a bulk Retry can learn
    // whether a write whose outcome was unknown applied before sending it again. done gets the account, none when
    // it does not exist, or the read's error. The default cannot read: it answers with an error, so nothing is
    // resent.
    // NOLINTNEXTLINE(performance-unnecessary-value-param): as above
    virtual void readAccount(const Instance& instance, const QString& name, QObject* context, AccountReadDone done)
    {
        Q_UNUSED(instance)
        Q_UNUSED(context)
        ServiceError error;
        error.category = ServiceError::Category::Network;
        error.message = tr("This connection cannot read the account %1 back.").arg(name);
        done(std::nullopt, error);
    }
    // Bulk runs: off, a write skips its read-back of the changed account (the bulk runner reloads each instance it
    // touched once at the end), so 1,000 resets cost 1,000 calls of the rate limit, not 2,000.
    virtual void setReadBackEachWrite(bool on) { Q_UNUSED(on) }

    // Reloads regions, instances and (for the given instance) accounts into the item models.
    virtual void refreshInventory() = 0;
    virtual void refreshAccounts(const Instance& instance) = 0;

signals:
    // List loads in the background; the main window shows them in the status bar.
    void loadingChanged(bool loading, const QString& what);
    // A background call (list loads, polling) failed: the main window shows it in a message box.
    void backgroundError(const ServiceError& error);
};
