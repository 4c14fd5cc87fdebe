#include "AccountController.h"

#include "AppLogging.h"

AccountController::AccountController(
    ApiClient* client, InstanceTreeModel* instances, AccountTableModel* accounts, QObject* parent)
    : AccountService(parent)
    , m_clients(client)
    , m_poller(m_clients, accounts)
    , m_inventory(m_clients, instances, accounts, &m_poller)
    , m_writes(m_clients, accounts, &m_poller)
{
    connect(&m_inventory, &InventoryLoader::inventoryLoaded, this, &AccountController::inventoryLoaded);
    connect(&m_inventory, &InventoryLoader::loadingChanged, this, &AccountService::loadingChanged);
    connect(&m_inventory, &InventoryLoader::failedInBackground, this, &AccountController::reportBackground);
    connect(&m_poller, &StatusPoller::failedInBackground, this, &AccountController::reportBackground);
}

PendingOperation* AccountController::submit(const Instance& instance, const AccountWrite& write)
{
    return m_writes.submit(instance, write);
}

QStringList AccountController::reservedAccountNames(const Instance& instance) const
{
    return m_inventory.reservedAccountNames(instance);
}

bool AccountController::reservedAccountNamesAreBuiltIn(const Instance& instance) const
{
    return m_inventory.reservedAccountNamesAreBuiltIn(instance);
}

void AccountController::fetchOperatorPermission(const Instance& instance, QObject* context, OperatorPermissionDone done)
{
    m_clients.of(instance.product)
        .describeInstanceAttribute(instance.id, context, [done](const ApiResult<Instance>& result) {
            done(result.ok() ? result.value.operatorPermission : std::nullopt);
        });
}

void AccountController::readAccount(
    const Instance& instance, const QString& name, QObject* context, AccountReadDone done)
{
    m_clients.of(instance.product)
        .describeAccounts(
            instance.id,
            context,
            [name, done](const ApiResult<QList<Account>>& result) {
                if (!result.ok()) {
                    done(std::nullopt, result.error);
                    return;
                }
                for (const Account& account : result.value) {
                    if (account.name == name)
                        return done(account, std::nullopt);
                }
                done(std::nullopt, std::nullopt);
            },
            name);
}

void AccountController::refreshInventory()
{
    m_backgroundErrorShown = false;
    m_inventory.refreshInventory();
}

void AccountController::refreshAccounts(const Instance& instance)
{
    m_inventory.refreshAccounts(instance);
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
