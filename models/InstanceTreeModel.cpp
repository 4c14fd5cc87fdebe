#include "InstanceTreeModel.h"

#include "InstanceTreeNode.h"
#include "ModelsLogging.h"

InstanceTreeModel::InstanceTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

InstanceTreeModel::~InstanceTreeModel() = default;

InstanceTreeModel::Node* InstanceTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid())
        return m_root.get();
    const Node* parent = static_cast<const Node*>(index.internalPointer());
    return parent->children.at(std::size_t(index.row())).get();
}

QModelIndex InstanceTreeModel::indexOf(const Node* node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, node->parent);
}

void InstanceTreeModel::nodeChanged(const Node* node)
{
    const QModelIndex idx = indexOf(node);
    emit dataChanged(idx, idx);
}

QModelIndex InstanceTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent));
}

QModelIndex InstanceTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(static_cast<const Node*>(child.internalPointer()));
}

int InstanceTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int InstanceTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant InstanceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Instances");
    return QAbstractItemModel::headerData(section, orientation, role);
}

QVariant InstanceTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return m_display.data(*nodeOf(index), role);
}

InstanceTreeModel::Node* InstanceTreeModel::regionNode(const Node* parent, const QString& regionId) const
{
    if (!parent)
        return nullptr;
    for (const auto& child : parent->children) {
        if (child->kind == Node::Kind::Region && child->region.id == regionId)
            return child.get();
    }
    return nullptr;
}

InstanceTreeModel::Node* InstanceTreeModel::productNode(Node* region, Product product) const
{
    for (const auto& child : region->children) {
        if (child->product == product)
            return child.get();
    }
    return nullptr;
}

void InstanceTreeModel::insertChildren(Node* parent, int row, std::vector<std::unique_ptr<Node>> nodes)
{
    if (nodes.empty())
        return;
    beginInsertRows(indexOf(parent), row, row + int(nodes.size()) - 1);
    for (auto& node : nodes) {
        node->parent = parent;
        if (node->kind == Node::Kind::Instance)
            m_instances.insert(instanceKey(node->instance.profile, node->instance.id), node.get());
    }
    parent->children.insert(
        parent->children.begin() + row, std::make_move_iterator(nodes.begin()), std::make_move_iterator(nodes.end()));
    for (std::size_t i = std::size_t(row); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
    endInsertRows();
}

void InstanceTreeModel::removeChild(Node* parent, int row)
{
    beginRemoveRows(indexOf(parent), row, row);
    forget(parent->children.at(std::size_t(row)).get());
    parent->children.erase(parent->children.begin() + row);
    for (std::size_t i = std::size_t(row); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
    endRemoveRows();
}

void InstanceTreeModel::forget(const Node* node)
{
    if (node->kind == Node::Kind::Instance)
        m_instances.remove(instanceKey(node->instance.profile, node->instance.id));
    for (const auto& child : node->children)
        forget(child.get());
}

InstanceTreeModel::Node* InstanceTreeModel::ensureProductNode(Node* region, Product product)
{
    if (Node* existing = productNode(region, product))
        return existing;
    auto node = std::make_unique<Node>();
    node->kind = Node::Kind::Product;
    node->product = product;
    Node* raw = node.get();
    // RDS before Redis.
    const int row = product == Product::Rds ? 0 : int(region->children.size());
    std::vector<std::unique_ptr<Node>> nodes;
    nodes.push_back(std::move(node));
    insertChildren(region, row, std::move(nodes));
    return raw;
}

void InstanceTreeModel::setRegions(const QString& profileId, const QList<Region>& regions)
{
    Node* parent = regionParent(profileId);
    QHash<QString, const Region*> wanted;
    for (const Region& r : regions)
        wanted.insert(r.id, &r);
    for (int row = int(parent->children.size()) - 1; row >= 0; --row) {
        const Node& child = *parent->children[std::size_t(row)];
        if (child.kind == Node::Kind::Region && !wanted.contains(child.region.id))
            removeChild(parent, row);
    }
    std::vector<std::unique_ptr<Node>> added;
    for (const Region& r : regions) {
        if (Node* existing = regionNode(parent, r.id)) {
            if (!(existing->region == r)) {
                existing->region = r;
                nodeChanged(existing);
            }
            continue;
        }
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Region;
        node->profileId = profileId;
        node->region = r;
        added.push_back(std::move(node));
    }
    insertChildren(parent, int(parent->children.size()), std::move(added));
}

void InstanceTreeModel::setInstances(
    const QString& profileId, const QString& regionId, const QList<Instance>& instances)
{
    Node* parent = regionParent(profileId);
    Node* region = regionNode(parent, regionId);
    if (!region) {
        qCWarning(lcModels) << "Instances for region" << regionId << "arrived before the region; adding it";
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Region;
        node->profileId = profileId;
        node->region.id = regionId;
        region = node.get();
        std::vector<std::unique_ptr<Node>> nodes;
        nodes.push_back(std::move(node));
        insertChildren(parent, int(parent->children.size()), std::move(nodes));
    }
    for (Product product : { Product::Rds, Product::Redis }) {
        QList<Instance> ofProduct;
        for (const Instance& i : instances) {
            if (i.product == product)
                ofProduct.append(i);
        }
        syncProduct(region, product, ofProduct);
    }
}

void InstanceTreeModel::syncProduct(Node* region, Product product, const QList<Instance>& instances)
{
    Node* productNode = this->productNode(region, product);
    if (!productNode && instances.isEmpty())
        return;
    if (!productNode)
        productNode = ensureProductNode(region, product);

    QHash<QString, const Instance*> wanted;
    for (const Instance& i : instances)
        wanted.insert(i.id, &i);
    for (int row = int(productNode->children.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(productNode->children[std::size_t(row)]->instance.id))
            removeChild(productNode, row);
    }
    std::vector<std::unique_ptr<Node>> added;
    for (Instance i : instances) {
        i.profile = region->profileId;
        const auto it = m_instances.constFind(instanceKey(i.profile, i.id));
        if (it != m_instances.constEnd() && (*it)->parent == productNode) {
            if (!((*it)->instance == i)) {
                (*it)->instance = i;
                nodeChanged(*it);
            }
            continue;
        }
        if (it != m_instances.constEnd()) // listed under another region or product before: move it
            removeChild((*it)->parent, (*it)->row);
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Instance;
        node->instance = i;
        node->instance.regionId = region->region.id;
        added.push_back(std::move(node));
    }
    const bool countChanged = !added.empty();
    insertChildren(productNode, int(productNode->children.size()), std::move(added));

    if (productNode->children.empty()) {
        removeChild(region, productNode->row);
        return;
    }
    if (countChanged || int(productNode->children.size()) != instances.size()) {
        const QModelIndex idx = indexOf(productNode); // the "(n instances)" label
        emit dataChanged(idx, idx, { Qt::DisplayRole });
    }
}

void InstanceTreeModel::updateInstance(const Instance& given)
{
    Node* node = m_instances.value(instanceKey(given.profile, given.id));
    if (!node) {
        // A connection's own (top-level) tree, updated with an instance the window passed with its profile.
        const QModelIndex index = indexOfInstance(given.id);
        node = index.isValid() ? nodeOf(index) : nullptr;
    }
    if (!node)
        return;
    Instance instance = given;
    instance.profile = node->instance.profile;
    if (node->instance == instance)
        return;
    if (node->instance.product != instance.product) {
        // Cannot move between product nodes in place; a region refresh will bring it back in the right place.
        qCWarning(lcModels) << "updateInstance: product of" << instance.id << "changed; ignoring";
        return;
    }
    const QString regionId = node->instance.regionId;
    node->instance = instance;
    if (node->instance.regionId.isEmpty())
        node->instance.regionId = regionId;
    nodeChanged(node);
}

std::optional<Instance> InstanceTreeModel::instanceAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    const Node* node = nodeOf(index);
    if (node->kind != Node::Kind::Instance)
        return std::nullopt;
    return node->instance;
}

std::optional<Region> InstanceTreeModel::regionAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    const Node* node = nodeOf(index);
    while (node && node->kind != Node::Kind::Region)
        node = node->parent;
    if (!node)
        return std::nullopt;
    return node->region;
}

QModelIndex InstanceTreeModel::indexOfInstance(const QString& id) const
{
    if (Node* top = m_instances.value(id))
        return indexOf(top);
    for (const auto& child : m_root->children) {
        if (child->kind != Node::Kind::Profile)
            continue;
        if (Node* node = m_instances.value(instanceKey(child->profileId, id)))
            return indexOf(node);
    }
    return {};
}

QModelIndex InstanceTreeModel::indexOfRegion(const QString& profileId, const QString& regionId) const
{
    return indexOf(regionNode(profileId.isEmpty() ? m_root.get() : profileNode(profileId), regionId));
}
