#pragma once

#include "AccountService.h"
#include "AccountWrites.h"
#include "InventoryLoader.h"
#include "ProductClients.h"
#include "StatusPoller.h"

class AccountTableModel;
class ApiClient;
class InstanceTreeModel;

// The AccountService of one connection: one ApiClient (so one set of credentials) and the item models it fills.
// It turns the dialogs' requests into OpenAPI calls through one AccountClient per product and the answers into
// item-model updates, in three parts: AccountWrites (the writes and their steps), InventoryLoader (regions,
// instances, databases, accounts, keywords) and StatusPoller (read-backs and polling until Available).
// Background loads report through loadingChanged() and backgroundError(), one error box per refresh.
class AccountController : public AccountService
{
    Q_OBJECT

public:
    AccountController(
        ApiClient* client, InstanceTreeModel* instances, AccountTableModel* accounts, QObject* parent = nullptr);

    PendingOperation* submit(const Instance& instance, const AccountWrite& write) override;
    QStringList reservedAccountNames(const Instance& instance) const override;
    bool reservedAccountNamesAreBuiltIn(const Instance& instance) const override;
    void fetchOperatorPermission(const Instance& instance, QObject* context, OperatorPermissionDone done) override;
    void readAccount(const Instance& instance, const QString& name, QObject* context, AccountReadDone done) override;
    void setReadBackEachWrite(bool on) override { m_poller.setReadBack(on); }
    void refreshInventory() override;
    void refreshAccounts(const Instance& instance) override;

    // How often a Creating account is re-read, and for how long at most.
    void setPolling(int intervalMs, int maxAttempts) { m_poller.setPolling(intervalMs, maxAttempts); }
    // How long a create waits for its new account to be Available before granting (reads back off to 4 s).
    void setAvailableWait(int maxMs) { m_poller.setAvailableWait(maxMs); }
    // Loads every instance's accounts after the inventory, so the filter finds an account anywhere.
    void setPrefetchAccounts(bool prefetch) { m_inventory.setPrefetchAccounts(prefetch); }
    // The role mode: operations it does not allow (ApiActionTable) fail at once without a call.
    void setRoleMode(RoleMode mode) { m_writes.setRoleMode(mode); }

signals:
    // The instance tree holds every region's instances (the startup report waits for this).
    void inventoryLoaded();

private:
    void reportBackground(const ServiceError& error);

    ProductClients m_clients;
    StatusPoller m_poller;
    InventoryLoader m_inventory;
    AccountWrites m_writes;
    bool m_backgroundErrorShown = false;
};
