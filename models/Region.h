#pragma once

#include <QMetaType>
#include <QString>

struct Region
{
    QString id; // "cn-hangzhou"
    QString localName; // "China (Hangzhou)"
    QString endpoint; // RegionEndpoint from DescribeRegions, may be empty

    bool operator==(const Region&) const = default;
};
Q_DECLARE_METATYPE(Region)
