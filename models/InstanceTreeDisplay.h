#pragma once

#include "ModelIcons.h"

#include <QCoreApplication>
#include <QVariant>

struct InstanceTreeNode;

// What one node of InstanceTreeModel shows for each role: its text, tooltip, icon and dimming, and the node kind,
// sort and filter keys the views use. The tree's shape and its diffing stay in the model.
class InstanceTreeDisplay
{
    // The model's context, so the texts keep their translations from when the model said them itself.
    Q_DECLARE_TR_FUNCTIONS(InstanceTreeModel)

public:
    QVariant data(const InstanceTreeNode& node, int role) const;

private:
    using Node = InstanceTreeNode;

    QVariant profileData(const Node& node, int role) const;
    QVariant regionData(const Node& node, int role) const;
    QVariant productData(const Node& node, int role) const;
    QVariant instanceData(const Node& node, int role) const;

    ModelIcons m_icons;
};
