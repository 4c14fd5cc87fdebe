#pragma once

#include "AccessReportGap.h"
#include "AccessReportScope.h"
#include "AccessReportSummary.h"
#include "IndexedAccount.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

// An access report for auditors: every account of a scope with its type or role, status, description and
// privileges per database, where it lives (profile, region, instance), and the summary figures. Built from
// Find's index, which holds no secret; descriptions are masked by SecretMask too, so a password someone typed
// into a description does not reach the CSV, JSON or PDF.
struct AccessReport
{
    QDateTime generated; // UTC
    AccessReportScope scope;
    QStringList profiles; // every profile the accounts come from, sorted
    QList<IndexedAccount> accounts; // by profile, region, instance, account name
    AccessReportSummary summary;
    QList<AccessReportGap> notCovered; // instances in scope whose accounts are not read, by profile, region, ID

    // gaps: every instance the app lists whose accounts it does not read; those in scope are kept.
    static AccessReport build(const QList<IndexedAccount>& indexed,
        const AccessReportScope& scope,
        const QDateTime& generatedUtc,
        const QList<AccessReportGap>& gaps = {});

    // The oldest and newest "seen" of the rows: how fresh the data is. Invalid when there are no accounts.
    QDateTime oldestSeen() const;
    QDateTime newestSeen() const;
    // Lines of the account table: one per database privilege, one for an account with none (CSV rows, PDF lines).
    int privilegeLineCount() const;
};
