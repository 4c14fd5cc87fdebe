#include "RoutedAccountService.h"

#include "ConnectionSet.h"

#include <QTimer>

RoutedAccountService::RoutedAccountService(ConnectionSet* connections, QObject* parent)
    : AccountService(parent)
    , m_connections(connections)
{
    for (ProfileConnection* connection : connections->connections())
        watch(connection);
    connect(connections, &ConnectionSet::added, this, &RoutedAccountService::watch);
    connect(connections, &ConnectionSet::removed, this, [this](const QString& profileId) {
        if (m_loading.remove(profileId) && m_loading.isEmpty())
            emit loadingChanged(false, QString());
    });
}

void RoutedAccountService::watch(ProfileConnection* connection)
{
    const QString id = connection->id();
    connection->controller()->setReadBackEachWrite(m_readBackEachWrite);
    connect(
        connection->controller(), &AccountService::loadingChanged, this, [this, id](bool loading, const QString& what) {
            if (loading)
                m_loading.insert(id);
            else
                m_loading.remove(id);
            if (loading || m_loading.isEmpty())
                emit loadingChanged(loading, what);
        });
    connect(connection, &ProfileConnection::backgroundError, this, &AccountService::backgroundError);
}

AccountService* RoutedAccountService::serviceFor(const Instance& instance) const
{
    ProfileConnection* connection = m_connections->connectionFor(instance);
    return connection ? connection->controller() : nullptr;
}

PendingOperation* RoutedAccountService::notConnected(const QString& action, const Instance& instance)
{
    auto* operation = new PendingOperation(action, this);
    connect(operation, &PendingOperation::finished, operation, &QObject::deleteLater);
    ServiceError error;
    error.category = ServiceError::Category::NotFound;
    error.code = QStringLiteral("ProfileNotEnabled");
    error.action = action;
    error.message = tr("Profile %1 is not connected: enable it under Connections to act on %2.")
                        .arg(instance.profile, instance.id);
    QTimer::singleShot(0, operation, [operation, error] { operation->fail(error); });
    return operation;
}

// Hands the write to the instance's connection, or fails it at once when that profile is not connected.
PendingOperation* RoutedAccountService::submit(const Instance& instance, const AccountWrite& write)
{
    AccountService* service = serviceFor(instance);
    return service ? service->submit(instance, write) : notConnected(actionOf(write), instance);
}

QStringList RoutedAccountService::reservedAccountNames(const Instance& instance) const
{
    const AccountService* service = serviceFor(instance);
    return service ? service->reservedAccountNames(instance) : QStringList();
}

bool RoutedAccountService::reservedAccountNamesAreBuiltIn(const Instance& instance) const
{
    const AccountService* service = serviceFor(instance);
    return service ? service->reservedAccountNamesAreBuiltIn(instance) : false;
}

void RoutedAccountService::fetchOperatorPermission(
    const Instance& instance, QObject* context, OperatorPermissionDone done)
{
    if (AccountService* service = serviceFor(instance))
        service->fetchOperatorPermission(instance, context, std::move(done));
    else
        AccountService::fetchOperatorPermission(instance, context, std::move(done));
}

void RoutedAccountService::readAccount(
    const Instance& instance, const QString& name, QObject* context, AccountReadDone done)
{
    if (AccountService* service = serviceFor(instance))
        service->readAccount(instance, name, context, std::move(done));
    else
        AccountService::readAccount(instance, name, context, std::move(done));
}

void RoutedAccountService::setReadBackEachWrite(bool on)
{
    m_readBackEachWrite = on;
    for (ProfileConnection* connection : m_connections->connections())
        connection->controller()->setReadBackEachWrite(on);
}

void RoutedAccountService::refreshInventory()
{
    for (ProfileConnection* connection : m_connections->connections())
        connection->refresh();
}

void RoutedAccountService::refreshAccounts(const Instance& instance)
{
    if (AccountService* service = serviceFor(instance))
        service->refreshAccounts(instance);
}
