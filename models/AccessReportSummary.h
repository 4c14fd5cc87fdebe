#pragma once

#include "IndexedAccount.h"

#include <QList>
#include <QMap>
#include <QString>

// The figures an auditor asks for first, computed from a report's accounts: how many per engine and status,
// how many are privileged (Super, or Sysadmin on SQL Server), have no description, are locked or, being standard
// accounts, hold no privilege at all, and how many accounts each instance has (the first page's chart).
struct AccessReportSummary
{
    struct InstanceCount
    {
        QString profile;
        QString instanceId;
        QString instanceDescription;
        QString engine;
        int accounts = 0;

        bool operator==(const InstanceCount&) const = default;
    };

    int accounts = 0;
    int instances = 0;
    int privileged = 0;
    int withoutDescription = 0;
    int locked = 0;
    int withoutPrivileges = 0;
    QMap<QString, QMap<QString, int>> byEngineAndStatus; // engine -> wire status -> accounts
    QList<InstanceCount> perInstance; // most accounts first, then by instance ID

    static AccessReportSummary of(const QList<IndexedAccount>& accounts);
    static bool isPrivileged(const IndexedAccount& account);

    // Every status that occurs, in the order the account table sorts them (Available first).
    QStringList statuses() const;
    int engineTotal(const QString& engine) const;

    bool operator==(const AccessReportSummary&) const = default;
};
