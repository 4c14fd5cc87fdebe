#pragma once

#include "Account.h"
#include "Instance.h"
#include "Product.h"
#include "Region.h"
#include "ServiceError.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <map>

class AccountTableModel;
class InstanceTreeModel;
class ProductClients;
class StatusPoller;

// Loads what the connection has into the item models: every product's regions (their union), every region's
// instances of every product, an instance's databases and accounts (every instance's, in the background, when
// prefetching) and the reserved keywords. A refresh forgets instances the connection no longer has. Loads report
// through loadingChanged(); failures go to failedInBackground().
class InventoryLoader : public QObject
{
    Q_OBJECT

public:
    InventoryLoader(const ProductClients& clients,
        InstanceTreeModel* instances,
        AccountTableModel* accounts,
        StatusPoller* poller,
        QObject* parent = nullptr);

    // Loads every instance's accounts after the inventory, so the filter finds an account anywhere.
    void setPrefetchAccounts(bool prefetch) { m_prefetch = prefetch; }

    void refreshInventory();
    void refreshAccounts(const Instance& instance);
    // The keywords DescribeInstanceKeywords gave for the instance's product, or the built-in list until it does.
    QStringList reservedAccountNames(const Instance& instance) const;
    bool reservedAccountNamesAreBuiltIn(const Instance& instance) const;

signals:
    // The instance tree holds every region's instances (the startup report waits for this).
    void inventoryLoaded();
    void loadingChanged(bool loading, const QString& what);
    void failedInBackground(const ServiceError& error);

private:
    void loadInstances(const QList<Region>& regions);
    void showInstances(const Region& region, const QList<Instance>& found, QSet<QString>& seen);
    void loadDatabases(const Instance& instance);
    void loadKeywords();
    void prefetchAccounts();
    void applyAccounts(const Instance& instance, const QList<Account>& accounts);
    void forgetInstancesOtherThan(const QSet<QString>& current);
    void beginLoad(const QString& what);
    void endLoad();
    void reportIfFailed(const std::optional<ServiceError>& error);

    const ProductClients& m_clients;
    InstanceTreeModel* m_instances;
    AccountTableModel* m_accounts;
    StatusPoller* m_poller;
    QHash<QString, Instance> m_known; // by instance id
    std::map<Product, QStringList> m_keywords;
    int m_loads = 0;
    bool m_prefetch = true;
    quint64 m_generation = 0;
};
