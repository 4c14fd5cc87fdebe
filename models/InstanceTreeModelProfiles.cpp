// InstanceTreeModel's profile level: the profile nodes above the regions, their status, and the lookups by profile.
#include "InstanceTreeModel.h"
#include "InstanceTreeNode.h"

QString InstanceTreeModel::instanceKey(const QString& profileId, const QString& id)
{
    return profileId.isEmpty() ? id : profileId + QLatin1Char('\x1f') + id;
}

InstanceTreeModel::Node* InstanceTreeModel::profileNode(const QString& profileId) const
{
    for (const auto& child : m_root->children) {
        if (child->kind == Node::Kind::Profile && child->profileId == profileId)
            return child.get();
    }
    return nullptr;
}

InstanceTreeModel::Node* InstanceTreeModel::regionParent(const QString& profileId)
{
    if (profileId.isEmpty())
        return m_root.get();
    if (Node* existing = profileNode(profileId))
        return existing;
    setProfile(profileId, profileId);
    return profileNode(profileId);
}

QString InstanceTreeModel::profileAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const Node* node = nodeOf(index);
    while (node && node->kind != Node::Kind::Profile)
        node = node->parent;
    return node ? node->profileId : QString();
}

QModelIndex InstanceTreeModel::indexOfInstance(const QString& profileId, const QString& id) const
{
    return indexOf(m_instances.value(instanceKey(profileId, id)));
}

QModelIndex InstanceTreeModel::indexOfProfile(const QString& profileId) const
{
    return indexOf(profileNode(profileId));
}

void InstanceTreeModel::setProfile(const QString& profileId, const QString& label)
{
    if (Node* existing = profileNode(profileId)) {
        if (existing->profileLabel != label) {
            existing->profileLabel = label;
            nodeChanged(existing);
        }
        return;
    }
    auto node = std::make_unique<Node>();
    node->kind = Node::Kind::Profile;
    node->profileId = profileId;
    node->profileLabel = label;
    std::vector<std::unique_ptr<Node>> nodes;
    nodes.push_back(std::move(node));
    insertChildren(m_root.get(), int(m_root->children.size()), std::move(nodes));
}

void InstanceTreeModel::removeProfile(const QString& profileId)
{
    if (const Node* node = profileNode(profileId))
        removeChild(m_root.get(), node->row);
}

void InstanceTreeModel::setProfileStatus(const QString& profileId, const ConnectionStatus& status)
{
    Node* node = profileNode(profileId);
    if (!node || node->status == status)
        return;
    node->status = status;
    nodeChanged(node);
}

QStringList InstanceTreeModel::profileIds() const
{
    QStringList ids;
    for (const auto& child : m_root->children) {
        if (child->kind == Node::Kind::Profile)
            ids << child->profileId;
    }
    return ids;
}

std::optional<ConnectionStatus> InstanceTreeModel::profileStatus(const QString& profileId) const
{
    const Node* node = profileNode(profileId);
    return node ? std::optional<ConnectionStatus>(node->status) : std::nullopt;
}

QList<Region> InstanceTreeModel::regions(const QString& profileId) const
{
    const Node* parent = profileId.isEmpty() ? m_root.get() : profileNode(profileId);
    QList<Region> regions;
    if (!parent)
        return regions;
    for (const auto& child : parent->children) {
        if (child->kind == Node::Kind::Region)
            regions << child->region;
    }
    return regions;
}

QList<Instance> InstanceTreeModel::instancesOf(const QString& profileId, const QString& regionId) const
{
    QList<Instance> instances;
    const Node* region = regionNode(profileId.isEmpty() ? m_root.get() : profileNode(profileId), regionId);
    if (!region)
        return instances;
    for (const auto& product : region->children) {
        for (const auto& instance : product->children)
            instances << instance->instance;
    }
    return instances;
}
