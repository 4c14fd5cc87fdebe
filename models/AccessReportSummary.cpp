#include "AccessReportSummary.h"

#include "AccountText.h"

#include <QHash>

#include <algorithm>
#include <tuple>

bool AccessReportSummary::isPrivileged(const IndexedAccount& account)
{
    return account.type == QLatin1String("Super") || account.type == QLatin1String("Sysadmin");
}

AccessReportSummary AccessReportSummary::of(const QList<IndexedAccount>& accounts)
{
    AccessReportSummary summary;
    QHash<QString, qsizetype> instanceRow; // profile + instance ID -> row of perInstance
    for (const IndexedAccount& account : accounts) {
        ++summary.accounts;
        summary.privileged += isPrivileged(account) ? 1 : 0;
        summary.withoutDescription += account.description.trimmed().isEmpty() ? 1 : 0;
        summary.locked += account.status == QLatin1String("Locked") ? 1 : 0;
        // A privileged account holds every privilege by its type, granted or not.
        summary.withoutPrivileges += !isPrivileged(account) && account.privileges.isEmpty() ? 1 : 0;
        ++summary.byEngineAndStatus[account.engine][account.status];

        const QString key = account.profile + QLatin1Char('/') + account.instanceId;
        auto row = instanceRow.constFind(key);
        if (row == instanceRow.cend()) {
            row = instanceRow.insert(key, summary.perInstance.size());
            summary.perInstance.append(
                { account.profile, account.instanceId, account.instanceDescription, account.engine, 0 });
        }
        ++summary.perInstance[row.value()].accounts;
    }
    summary.instances = int(summary.perInstance.size());
    std::stable_sort(
        summary.perInstance.begin(), summary.perInstance.end(), [](const InstanceCount& a, const InstanceCount& b) {
            if (a.accounts != b.accounts)
                return a.accounts > b.accounts;
            return std::tie(a.instanceId, a.profile) < std::tie(b.instanceId, b.profile);
        });
    return summary;
}

QStringList AccessReportSummary::statuses() const
{
    QStringList all;
    for (const QMap<QString, int>& byStatus : byEngineAndStatus) {
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
            if (!all.contains(it.key()))
                all << it.key();
        }
    }
    std::sort(all.begin(), all.end(), [](const QString& a, const QString& b) {
        const int rankA = AccountText::statusRank(a);
        const int rankB = AccountText::statusRank(b);
        return rankA != rankB ? rankA < rankB : a < b;
    });
    return all;
}

int AccessReportSummary::engineTotal(const QString& engine) const
{
    int total = 0;
    for (int count : byEngineAndStatus.value(engine))
        total += count;
    return total;
}
