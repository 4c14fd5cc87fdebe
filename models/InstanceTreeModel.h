#pragma once

#include "Instance.h"
#include "ModelIcons.h"
#include "Region.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

// Regions -> products (ApsaraDB RDS, ApsaraDB for Redis) -> instances, one column. A product node exists only
// while its region has instances of it. Refreshes are fine-grained (never a model reset), so the view keeps
// its expansion, selection and scroll position. An instance whose accounts cannot be managed
// (InstancePolicy::canManageAccounts) shows the reason in its tooltip, a warning icon and a dimmed foreground.
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
    void setRegions(const QList<Region>& regions);
    // Replaces one region's instances (both products) by diff. An unknown region is added first.
    void setInstances(const QString& regionId, const QList<Instance>& instances);
    void updateInstance(const Instance& instance);

    std::optional<Instance> instanceAt(const QModelIndex& index) const;
    std::optional<Region> regionAt(const QModelIndex& index) const;
    QModelIndex indexOfInstance(const QString& id) const;
    QModelIndex indexOfRegion(const QString& regionId) const;
    int instanceCount() const { return int(m_instances.size()); }

private:
    struct Node;

    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node) const;
    Node* regionNode(const QString& regionId) const;
    Node* productNode(Node* region, Product product) const;
    Node* ensureProductNode(Node* region, Product product);
    void syncProduct(Node* region, Product product, const QList<Instance>& instances);
    void insertChildren(Node* parent, int row, std::vector<std::unique_ptr<Node>> nodes);
    void removeChild(Node* parent, int row);
    void forget(const Node* node); // drops the node and its subtree from the lookup tables
    QVariant regionData(const Node& node, int role) const;
    QVariant productData(const Node& node, int role) const;
    QVariant instanceData(const Node& node, int role) const;

    std::unique_ptr<Node> m_root;
    QHash<QString, Node*> m_instances; // instance id -> node
    ModelIcons m_icons;
};
