#pragma once

#include "InstanceTreeModel.h"

#include <memory>
#include <vector>

// One node of InstanceTreeModel: the root, a profile, a region, a product or an instance. Shared by the model's
// two source files (InstanceTreeModel.cpp, InstanceTreeModelProfiles.cpp) and nothing else.
struct InstanceTreeModel::Node
{
    enum class Kind { Root, Profile, Region, Product, Instance };

    Kind kind = Kind::Root;
    Node* parent = nullptr;
    int row = 0; // position in parent->children, kept current on every insert and removal
    std::vector<std::unique_ptr<Node>> children;
    QString profileId; // Profile; and Region nodes under a profile
    QString profileLabel;
    ConnectionStatus status;
    Region region;
    Product product = Product::Rds;
    Instance instance;
};
