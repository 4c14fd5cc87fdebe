#pragma once

#include "Account.h"
#include "DatabasePrivilege.h"
#include "Instance.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

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

    // The row for an account listed under profile; the instance fields stay empty when its instance is unknown.
    static IndexedAccount of(
        const QString& profile, const Account& account, const std::optional<Instance>& instance, const QDateTime& seen);
    // The account as the index last saw it, for acting on a found row whose instance is not listed now.
    Account account() const;

    bool operator==(const IndexedAccount&) const = default;
};
