#include "InventoryLoader.h"

#include "AccountTableModel.h"
#include "AppLogging.h"
#include "InstancePolicy.h"
#include "InstanceTreeModel.h"
#include "ProductClients.h"
#include "RuleTable.h"
#include "StatusPoller.h"

#include <memory>

namespace {

const QString KeywordsAction = QStringLiteral("DescribeInstanceKeywords");
const QString DatabasesAction = QStringLiteral("DescribeDatabases");

} // namespace

InventoryLoader::InventoryLoader(const ProductClients& clients,
    InstanceTreeModel* instances,
    AccountTableModel* accounts,
    StatusPoller* poller,
    QObject* parent)
    : QObject(parent)
    , m_clients(clients)
    , m_instances(instances)
    , m_accounts(accounts)
    , m_poller(poller)
{
}

void InventoryLoader::reportIfFailed(const std::optional<ServiceError>& error)
{
    if (error)
        emit failedInBackground(*error);
}

void InventoryLoader::refreshInventory()
{
    const quint64 generation = ++m_generation;
    beginLoad(tr("Loading regions…"));
    // Every product lists regions; the tree shows their union in the order the service gives.
    const QList<AccountClient*> clients = m_clients.all();
    auto regions = std::make_shared<QList<Region>>();
    auto pending = std::make_shared<qsizetype>(clients.size());
    auto collect = [this, regions, pending, generation](const ApiResult<QList<Region>>& result) {
        reportIfFailed(result.error);
        for (const Region& region : result.value) {
            const bool known = std::any_of(
                regions->cbegin(), regions->cend(), [&region](const Region& r) { return r.id == region.id; });
            if (!known)
                regions->append(region);
        }
        if (--*pending > 0)
            return;
        endLoad();
        if (generation != m_generation)
            return;
        m_instances->setRegions(*regions);
        loadInstances(*regions);
    };
    for (AccountClient* client : clients)
        client->describeRegions(this, collect);
    loadKeywords();
}

void InventoryLoader::loadInstances(const QList<Region>& regions)
{
    if (regions.isEmpty()) {
        forgetInstancesOtherThan({});
        emit inventoryLoaded();
        return;
    }
    const quint64 generation = m_generation;
    const QList<AccountClient*> clients = m_clients.all();
    beginLoad(tr("Loading instances…"));
    auto regionsLeft = std::make_shared<qsizetype>(regions.size());
    auto seen = std::make_shared<QSet<QString>>();
    for (const Region& region : regions) {
        auto found = std::make_shared<QList<Instance>>();
        auto productsLeft = std::make_shared<qsizetype>(clients.size());
        auto collect = [this, region, found, productsLeft, regionsLeft, seen, generation](
                           const ApiResult<QList<Instance>>& result) {
            reportIfFailed(result.error);
            found->append(result.value);
            if (--*productsLeft > 0 || generation != m_generation)
                return;
            showInstances(region, *found, *seen);
            if (--*regionsLeft > 0)
                return;
            forgetInstancesOtherThan(*seen);
            endLoad();
            emit inventoryLoaded();
            if (m_prefetch)
                prefetchAccounts();
        };
        for (AccountClient* client : clients)
            client->describeInstances(region.id, this, collect);
    }
}

// One region's instances of every product, keeping the databases already loaded for them.
void InventoryLoader::showInstances(const Region& region, const QList<Instance>& found, QSet<QString>& seen)
{
    QList<Instance> merged;
    for (const Instance& instance : found) {
        seen.insert(instance.id);
        Instance known = instance;
        if (known.databases.isEmpty())
            known.databases = m_known.value(instance.id).databases;
        m_known.insert(instance.id, known);
        merged << known;
    }
    m_instances->setInstances(region.id, merged);
}

// After a profile switch the previous connection's instances and accounts must not linger.
void InventoryLoader::forgetInstancesOtherThan(const QSet<QString>& current)
{
    const QList<QString> known = m_known.keys();
    for (const QString& id : known) {
        if (current.contains(id))
            continue;
        m_known.remove(id);
        m_accounts->removeInstance(id);
    }
}

void InventoryLoader::refreshAccounts(const Instance& instance)
{
    if (!InstancePolicy::canManageAccounts(instance).isValid())
        return;
    beginLoad(tr("Loading the accounts of %1…").arg(instance.id));
    AccountClient& client = m_clients.of(instance.product);
    client.describeAccounts(instance.id, this, [this, instance](const ApiResult<QList<Account>>& result) {
        endLoad();
        if (result.ok())
            applyAccounts(instance, result.value);
        reportIfFailed(result.error);
    });
    if (client.api().supports(DatabasesAction))
        loadDatabases(instance);
}

void InventoryLoader::loadDatabases(const Instance& instance)
{
    beginLoad(tr("Loading the databases of %1…").arg(instance.id));
    m_clients.of(instance.product)
        .describeDatabases(instance.id, this, [this, id = instance.id](const ApiResult<QList<Database>>& result) {
            endLoad();
            reportIfFailed(result.error);
            if (!result.ok() || !m_known.contains(id))
                return;
            Instance updated = m_known.value(id);
            updated.databases = result.value;
            m_known.insert(id, updated);
            m_instances->updateInstance(updated);
        });
}

void InventoryLoader::prefetchAccounts()
{
    for (const Instance& instance : std::as_const(m_known)) {
        if (!InstancePolicy::canManageAccounts(instance).isValid())
            continue;
        m_clients.of(instance.product)
            .describeAccounts(instance.id, this, [this, instance](const ApiResult<QList<Account>>& result) {
                if (result.ok())
                    applyAccounts(instance, result.value);
                reportIfFailed(result.error);
            });
    }
}

void InventoryLoader::applyAccounts(const Instance& instance, const QList<Account>& accounts)
{
    QList<Account> shown = accounts;
    for (Account& account : shown)
        account.lastRequestId = m_poller->lastRequestId(account.key());
    m_accounts->setAccounts(instance.id, shown);
    m_poller->pollCreating(instance, shown);
}

void InventoryLoader::loadKeywords()
{
    for (AccountClient* client : m_clients.all()) {
        if (!client->api().supports(KeywordsAction))
            continue;
        const Product product = client->api().product;
        client->describeInstanceKeywords(
            QStringLiteral("account"), this, [this, product](const ApiResult<QStringList>& result) {
                if (result.ok())
                    m_keywords[product] = result.value;
                else
                    qCInfo(lcApp) << "reserved keywords unavailable:" << result.error->code;
            });
    }
}

QStringList InventoryLoader::reservedAccountNames(const Instance& instance) const
{
    if (!m_clients.of(instance.product).api().supports(KeywordsAction))
        return {};
    // Until (or unless) DescribeInstanceKeywords answers, check the built-in list rather than nothing.
    const auto loaded = m_keywords.find(instance.product);
    return loaded == m_keywords.end() || loaded->second.isEmpty() ? RuleTable::rdsReservedAccountWords()
                                                                  : loaded->second;
}

bool InventoryLoader::reservedAccountNamesAreBuiltIn(const Instance& instance) const
{
    if (!m_clients.of(instance.product).api().supports(KeywordsAction))
        return false;
    const auto loaded = m_keywords.find(instance.product);
    return loaded == m_keywords.end() || loaded->second.isEmpty();
}

void InventoryLoader::beginLoad(const QString& what)
{
    ++m_loads;
    emit loadingChanged(true, what);
}

void InventoryLoader::endLoad()
{
    m_loads = std::max(0, m_loads - 1);
    if (m_loads == 0)
        emit loadingChanged(false, QString());
}
