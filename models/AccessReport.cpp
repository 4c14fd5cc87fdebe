#include "AccessReport.h"

#include "SecretMask.h"

#include <algorithm>
#include <tuple>

AccessReport AccessReport::build(const QList<IndexedAccount>& indexed,
    const AccessReportScope& scope,
    const QDateTime& generatedUtc,
    const QList<AccessReportGap>& gaps)
{
    AccessReport report;
    report.generated = generatedUtc.toUTC();
    report.scope = scope;
    report.accounts = scope.select(indexed);
    for (IndexedAccount& account : report.accounts) {
        account.description = SecretMask::maskText(account.description);
        account.instanceDescription = SecretMask::maskText(account.instanceDescription);
        if (!report.profiles.contains(account.profile))
            report.profiles << account.profile;
    }
    report.profiles.sort(Qt::CaseInsensitive);
    std::sort(report.accounts.begin(), report.accounts.end(), [](const IndexedAccount& a, const IndexedAccount& b) {
        return std::tie(a.profile, a.region, a.instanceId, a.name)
            < std::tie(b.profile, b.region, b.instanceId, b.name);
    });
    report.summary = AccessReportSummary::of(report.accounts);
    for (const AccessReportGap& gap : gaps) {
        if (scope.coversInstance(gap.profile, gap.regionId, gap.instanceId))
            report.notCovered << gap;
    }
    std::sort(
        report.notCovered.begin(), report.notCovered.end(), [](const AccessReportGap& a, const AccessReportGap& b) {
            return std::tie(a.profile, a.regionId, a.instanceId) < std::tie(b.profile, b.regionId, b.instanceId);
        });
    return report;
}

QDateTime AccessReport::oldestSeen() const
{
    QDateTime oldest;
    for (const IndexedAccount& account : accounts) {
        if (account.seen.isValid() && (!oldest.isValid() || account.seen < oldest))
            oldest = account.seen;
    }
    return oldest;
}

QDateTime AccessReport::newestSeen() const
{
    QDateTime newest;
    for (const IndexedAccount& account : accounts) {
        if (account.seen.isValid() && (!newest.isValid() || account.seen > newest))
            newest = account.seen;
    }
    return newest;
}

int AccessReport::privilegeLineCount() const
{
    int lines = 0;
    for (const IndexedAccount& account : accounts)
        lines += std::max(1, int(account.privileges.size()));
    return lines;
}
