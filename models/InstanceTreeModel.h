#pragma once

#include "ConnectionStatus.h"
#include "Instance.h"
#include "InstanceTreeDisplay.h"
#include "Region.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

// Regions -> products (ApsaraDB RDS, ApsaraDB for Redis) -> instances, one column. A product node exists only
// while its region has instances of it. With several connections the tree gains a profile level above the regions:
// each call that names a profile works under that profile's node, which shows the connection's status (loading,
// or the error with its Code and RequestId in the tooltip and a warning icon); the calls without a profile work at
// the top level, as with a single connection. An instance is keyed by profile and ID, so two profiles of one cloud
// account may both list it. Refreshes are fine-grained (never a model reset), so the view keeps
// its expansion, selection and scroll position. An instance whose accounts cannot be managed
// (InstancePolicy::canManageAccounts) shows the reason in its tooltip, a warning icon and a dimmed foreground
// (InstanceTreeDisplay says what each node shows).
class InstanceTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit InstanceTreeModel(QObject* parent = nullptr);
    ~InstanceTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Regions not in the list are removed with their instances; new ones are appended; changed ones updated.
    void setRegions(const QList<Region>& regions) { setRegions(QString(), regions); }
    void setRegions(const QString& profileId, const QList<Region>& regions);
    // Replaces one region's instances (both products) by diff. An unknown region is added first.
    void setInstances(const QString& regionId, const QList<Instance>& instances)
    {
        setInstances(QString(), regionId, instances);
    }
    void setInstances(const QString& profileId, const QString& regionId, const QList<Instance>& instances);
    // Updates the instance in place (under instance.profile).
    void updateInstance(const Instance& instance);

    // The profile level. setProfile adds the profile's node (appended) or relabels it; removeProfile drops it with
    // everything under it.
    void setProfile(const QString& profileId, const QString& label);
    void removeProfile(const QString& profileId);
    void setProfileStatus(const QString& profileId, const ConnectionStatus& status);
    QStringList profileIds() const;
    std::optional<ConnectionStatus> profileStatus(const QString& profileId) const;

    // What one profile (empty: the top level) holds, in tree order.
    QList<Region> regions(const QString& profileId = {}) const;
    QList<Instance> instancesOf(const QString& profileId, const QString& regionId) const;

    std::optional<Instance> instanceAt(const QModelIndex& index) const;
    std::optional<Region> regionAt(const QModelIndex& index) const;
    // The profile of the node or of the profile node above it; empty at the top level.
    QString profileAt(const QModelIndex& index) const;
    // The instance under that profile; without a profile, the top level's, else the first profile's that lists it.
    QModelIndex indexOfInstance(const QString& id) const;
    QModelIndex indexOfInstance(const QString& profileId, const QString& id) const;
    QModelIndex indexOfRegion(const QString& regionId) const { return indexOfRegion(QString(), regionId); }
    QModelIndex indexOfRegion(const QString& profileId, const QString& regionId) const;
    QModelIndex indexOfProfile(const QString& profileId) const;
    int instanceCount() const { return int(m_instances.size()); }

private:
    using Node = InstanceTreeNode;

    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node) const;
    void nodeChanged(const Node* node); // dataChanged for the node's row
    Node* profileNode(const QString& profileId) const;
    // The node regions hang under: the root for the top level, else the profile's node (added when missing).
    Node* regionParent(const QString& profileId);
    Node* regionNode(const Node* parent, const QString& regionId) const;
    static QString instanceKey(const QString& profileId, const QString& id);
    Node* productNode(Node* region, Product product) const;
    Node* ensureProductNode(Node* region, Product product);
    void syncProduct(Node* region, Product product, const QList<Instance>& instances);
    void insertChildren(Node* parent, int row, std::vector<std::unique_ptr<Node>> nodes);
    void removeChild(Node* parent, int row);
    void forget(const Node* node); // drops the node and its subtree from the lookup tables

    std::unique_ptr<Node> m_root;
    QHash<QString, Node*> m_instances; // instanceKey(profile, id) -> node
    InstanceTreeDisplay m_display;
};
