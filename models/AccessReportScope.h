#pragma once

#include "IndexedAccount.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Which accounts an access report covers: the window's current view (one instance, or one region, of the profile
// shown), Find's current search, or every indexed account of every profile.
struct AccessReportScope
{
    Q_DECLARE_TR_FUNCTIONS(AccessReportScope)

public:
    enum class Kind { View, Search, Everything };

    Kind kind = Kind::Everything;
    QString profile; // View: the profile the window shows
    QString regionId; // View: the region selected, or the selected instance's region
    QString instanceId; // View: the instance selected; empty when a whole region is
    QString query; // Search: Find's query text

    static AccessReportScope view(const QString& profile, const QString& regionId, const QString& instanceId = {});
    static AccessReportScope search(const QString& query);
    static AccessReportScope everything();

    bool includes(const IndexedAccount& account) const;
    // Whether an instance is in scope: a view's own; a search or everything covers every instance.
    bool coversInstance(const QString& instanceProfile, const QString& instanceRegion, const QString& id) const;
    QList<IndexedAccount> select(const QList<IndexedAccount>& accounts) const;

    // "view", "search", "everything": the JSON export's value.
    QString kindName() const;
    // What the report covers, in words for its first page: "Instance rm-… in cn-hangzhou, profile Demo".
    QString description() const;
    // The filters applied, for the first page: "profile: Demo, region: cn-hangzhou", the query, or "None".
    QString filtersText() const;
};
