#pragma once

#include <Qt>

// Custom item-data roles shared by the item models and the views.
namespace ModelRoles {
enum Role {
    DomainObjectRole = Qt::UserRole + 1, // QVariant holding the Region, Instance or Account
    SortRole, // a value that sorts naturally (lowercase name, status rank, ...)
    FilterTextRole, // everything the filter box matches against, lowercase
    BusyRole, // bool: a call on this row is in flight
    NodeKindRole, // InstanceTreeModel: "region", "product" or "instance"
};
} // namespace ModelRoles
