#include "ConnectionSet.h"

#include "AccountTableModel.h"
#include "InstanceTreeModel.h"

#include <QSet>

ConnectionSet::ConnectionSet(InstanceTreeModel* tree, const ProfileConnection::Shared& shared, QObject* parent)
    : QObject(parent)
    , m_tree(tree)
    , m_shared(shared)
{
}

ConnectionSet::~ConnectionSet()
{
    // The connections' last signals (calls cancelled as they go) must not reach a set that is being destroyed.
    for (const auto& connection : m_connections) {
        connection->instances()->disconnect(this);
        connection->disconnect(this);
    }
}

ProfileConnection* ConnectionSet::add(const QString& profileId, const QString& label)
{
    if (ProfileConnection* existing = connection(profileId))
        return existing;
    auto owned = std::make_unique<ProfileConnection>(profileId, label, m_shared);
    ProfileConnection* connection = owned.get();
    connection->controller()->setRoleMode(m_mode);
    m_connections.push_back(std::move(owned));
    m_tree->setProfile(profileId, label);
    m_tree->setProfileStatus(profileId, connection->status());
    // Every change of the connection's own tree is a diff under its node: the window keeps expansion and selection.
    InstanceTreeModel* own = connection->instances();
    auto sync = [this, connection] { mirror(connection); };
    connect(own, &QAbstractItemModel::rowsInserted, this, sync);
    connect(own, &QAbstractItemModel::rowsRemoved, this, sync);
    connect(own, &QAbstractItemModel::dataChanged, this, sync);
    connect(own, &QAbstractItemModel::modelReset, this, sync);
    connect(connection, &ProfileConnection::statusChanged, this, [this, profileId](const ConnectionStatus& status) {
        m_tree->setProfileStatus(profileId, status);
        emit statusChanged(profileId, status);
    });
    connect(
        connection, &ProfileConnection::inventoryLoaded, this, [this, profileId] { emit inventoryLoaded(profileId); });
    emit added(connection);
    return connection;
}

void ConnectionSet::mirror(ProfileConnection* connection)
{
    InstanceTreeModel* own = connection->instances();
    const QList<Region> regions = own->regions();
    m_tree->setRegions(connection->id(), regions);
    for (const Region& region : regions)
        m_tree->setInstances(connection->id(), region.id, own->instancesOf({}, region.id));
}

void ConnectionSet::remove(const QString& profileId)
{
    const auto it = std::find_if(
        m_connections.begin(), m_connections.end(), [&profileId](const auto& c) { return c->id() == profileId; });
    if (it == m_connections.end())
        return;
    std::unique_ptr<ProfileConnection> gone = std::move(*it);
    m_connections.erase(it);
    gone->instances()->disconnect(this);
    gone->disconnect(this);
    // Its accounts leave the table unless another enabled profile (of the same cloud account) lists the instance.
    QSet<QString> stillListed;
    for (const auto& other : m_connections) {
        for (const Region& region : other->instances()->regions()) {
            for (const Instance& instance : other->instances()->instancesOf({}, region.id))
                stillListed.insert(instance.id);
        }
    }
    for (const Region& region : gone->instances()->regions()) {
        for (const Instance& instance : gone->instances()->instancesOf({}, region.id)) {
            if (!stillListed.contains(instance.id))
                m_shared.accounts->removeInstance(instance.id);
        }
    }
    m_tree->removeProfile(profileId);
    // Its calls are cancelled now; the object goes once the signals being delivered are done with it.
    gone->client()->cancelAll();
    gone.release()->deleteLater();
    emit removed(profileId);
}

ProfileConnection* ConnectionSet::connection(const QString& profileId) const
{
    for (const auto& connection : m_connections) {
        if (connection->id() == profileId)
            return connection.get();
    }
    return nullptr;
}

QList<ProfileConnection*> ConnectionSet::connections() const
{
    QList<ProfileConnection*> all;
    for (const auto& connection : m_connections)
        all << connection.get();
    return all;
}

QStringList ConnectionSet::ids() const
{
    QStringList ids;
    for (const auto& connection : m_connections)
        ids << connection->id();
    return ids;
}

AccountService* ConnectionSet::serviceFor(const QString& profileId) const
{
    ProfileConnection* found = connection(profileId);
    return found ? found->controller() : nullptr;
}

ProfileConnection* ConnectionSet::connectionFor(const Instance& instance) const
{
    if (!instance.profile.isEmpty())
        return connection(instance.profile);
    for (const auto& connection : m_connections) {
        if (connection->instances()->indexOfInstance(instance.id).isValid())
            return connection.get();
    }
    return m_connections.size() == 1 ? m_connections.front().get() : nullptr;
}

void ConnectionSet::setRoleMode(RoleMode mode)
{
    m_mode = mode;
    for (const auto& connection : m_connections)
        connection->controller()->setRoleMode(mode);
}
