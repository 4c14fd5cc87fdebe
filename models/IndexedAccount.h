#pragma once

#include "DatabasePrivilege.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One account in the search index: only non-secret metadata, with where it lives (profile, region, instance)
// and when it was last seen in a DescribeAccounts answer.
struct IndexedAccount
{
    QString profile;
    QString region;
    QString product; // "rds" / "r-kvstore"
    QString engine; // wire name: "MySQL", "PostgreSQL", "Redis", ...
    QString instanceId;
    QString instanceDescription;
    QString name;
    QString type; // "Normal", "Super", "Sysadmin"
    QString status; // "Available", "Locked", ...
    QString description;
    QList<DatabasePrivilege> privileges; // Redis: one row with an empty dbName and the role
    QDateTime seen; // UTC

    bool operator==(const IndexedAccount&) const = default;
};
