#pragma once

#include "ConnectionStatus.h"
#include "Instance.h"
#include "Region.h"

#include <memory>
#include <vector>

// One node of InstanceTreeModel: the root, a profile, a region, a product or an instance. Shared by the model
// (InstanceTreeModel.cpp, InstanceTreeModelProfiles.cpp) and what a node shows (InstanceTreeDisplay) only.
struct InstanceTreeNode
{
    enum class Kind { Root, Profile, Region, Product, Instance };

    Kind kind = Kind::Root;
    InstanceTreeNode* parent = nullptr;
    int row = 0; // position in parent->children, kept current on every insert and removal
    std::vector<std::unique_ptr<InstanceTreeNode>> children;
    QString profileId; // Profile; and Region nodes under a profile
    QString profileLabel;
    ConnectionStatus status;
    Region region;
    Product product = Product::Rds;
    Instance instance;
};
