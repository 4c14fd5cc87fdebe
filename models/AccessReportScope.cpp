#include "AccessReportScope.h"

#include "AccountQuery.h"

AccessReportScope AccessReportScope::view(const QString& profile, const QString& regionId, const QString& instanceId)
{
    return { .kind = Kind::View, .profile = profile, .regionId = regionId, .instanceId = instanceId, .query = {} };
}

AccessReportScope AccessReportScope::search(const QString& query)
{
    AccessReportScope scope;
    scope.kind = Kind::Search;
    scope.query = query.trimmed();
    return scope;
}

AccessReportScope AccessReportScope::everything()
{
    return {};
}

bool AccessReportScope::includes(const IndexedAccount& account) const
{
    switch (kind) {
    case Kind::View:
        return coversInstance(account.profile, account.region, account.instanceId);
    case Kind::Search: {
        const AccountQuery parsed = AccountQuery::parse(query);
        return !parsed.isEmpty()
            && parsed.matches(account, AccountQuery::ownTextOf(account), AccountQuery::placeTextOf(account));
    }
    case Kind::Everything:
        return true;
    }
    return false;
}

bool AccessReportScope::coversInstance(
    const QString& instanceProfile, const QString& instanceRegion, const QString& id) const
{
    if (kind != Kind::View)
        return true;
    if (instanceProfile != profile)
        return false;
    if (!instanceId.isEmpty())
        return id == instanceId;
    return regionId.isEmpty() || instanceRegion == regionId;
}

QList<IndexedAccount> AccessReportScope::select(const QList<IndexedAccount>& accounts) const
{
    QList<IndexedAccount> chosen;
    if (kind == Kind::Search) {
        // Parsed once, not per row: a search over 100,000 accounts stays quick.
        const AccountQuery parsed = AccountQuery::parse(query);
        if (parsed.isEmpty())
            return chosen;
        for (const IndexedAccount& account : accounts) {
            if (parsed.matches(account, AccountQuery::ownTextOf(account), AccountQuery::placeTextOf(account)))
                chosen << account;
        }
        return chosen;
    }
    for (const IndexedAccount& account : accounts) {
        if (includes(account))
            chosen << account;
    }
    return chosen;
}

QString AccessReportScope::kindName() const
{
    switch (kind) {
    case Kind::View:
        return QStringLiteral("view");
    case Kind::Search:
        return QStringLiteral("search");
    case Kind::Everything:
        return QStringLiteral("everything");
    }
    return {};
}

QString AccessReportScope::description() const
{
    switch (kind) {
    case Kind::View:
        if (!instanceId.isEmpty())
            return tr("Instance %1 in %2, profile %3").arg(instanceId, regionId, profile);
        if (!regionId.isEmpty())
            return tr("Region %1, profile %2").arg(regionId, profile);
        return tr("Profile %1").arg(profile);
    case Kind::Search:
        return tr("Search: %1").arg(query);
    case Kind::Everything:
        return tr("Every indexed account of every profile");
    }
    return {};
}

QString AccessReportScope::filtersText() const
{
    switch (kind) {
    case Kind::View: {
        QStringList parts { tr("profile: %1").arg(profile) };
        if (!regionId.isEmpty())
            parts << tr("region: %1").arg(regionId);
        if (!instanceId.isEmpty())
            parts << tr("instance: %1").arg(instanceId);
        return parts.join(tr(", "));
    }
    case Kind::Search:
        return query;
    case Kind::Everything:
        return tr("None");
    }
    return {};
}
