// bench_models: loads 100,000 accounts across 5,000 instances into the item models and prints load_ms,
// filter_ms_per_keystroke (median over typing a word into the proxy, one character at a time) and table_rss_mb.
// Targets: load < 1000 ms, filter < 16 ms, rss < 200 MB. A benchmark, not a test: it prints, it never fails.
// Then Find's account index over the same 100,000 accounts: index_save_ms, index_load_ms (from disk, < 300 ms),
// search_ms_per_keystroke (median over typing a query into Find, < 30 ms) and rss_mb with both loaded (< 250 MB).
#include "AccountFilterProxy.h"
#include "AccountIndex.h"
#include "AccountIndexFile.h"
#include "AccountSearchModel.h"
#include "AccountTableModel.h"
#include "InstanceTreeModel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kInstances = 5000;
constexpr int kAccountsPerInstance = 20;

QList<Account> accountsOf(const QString& instanceId, int instance)
{
    static const QStringList privileges = {
        QStringLiteral("ReadWrite"), QStringLiteral("ReadOnly"), QStringLiteral("DDLOnly"), QStringLiteral("DMLOnly")
    };
    static const QStringList words = { QStringLiteral("billing"),
        QStringLiteral("orders"),
        QStringLiteral("analytics"),
        QStringLiteral("reporting"),
        QStringLiteral("backup"),
        QStringLiteral("service") };
    QList<Account> accounts;
    accounts.reserve(kAccountsPerInstance);
    for (int i = 0; i < kAccountsPerInstance; ++i) {
        Account a;
        a.instanceId = instanceId;
        a.name = words.at((instance + i) % words.size()) + QLatin1Char('_') + QString::number(instance * 31 + i);
        a.type = i == 0 ? QStringLiteral("Super") : QStringLiteral("Normal");
        a.status = i % 17 == 0 ? QStringLiteral("Locked") : QStringLiteral("Available");
        a.description = QStringLiteral("Account for ") + words.at((instance * 7 + i) % words.size());
        a.privileges = { { words.at(i % words.size()) + QStringLiteral("_db"),
            privileges.at(i % privileges.size()),
            QStringLiteral("SELECT,INSERT,UPDATE,DELETE") } };
        accounts.append(a);
    }
    return accounts;
}

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    QTextStream in(&status);
    for (QString line = in.readLine(); !line.isNull(); line = in.readLine()) {
        if (line.startsWith(QLatin1String("VmRSS:")))
            return line.section(QLatin1Char(' '), 1, -1, QString::SectionSkipEmpty)
                       .section(QLatin1Char(' '), 0, 0)
                       .toDouble()
                / 1024.0;
    }
    return -1;
}

QList<IndexedAccount> indexRows(const QList<Instance>& instances, const QList<QList<Account>>& accounts)
{
    QList<IndexedAccount> rows;
    rows.reserve(instances.size() * kAccountsPerInstance);
    const QDateTime seen = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < instances.size(); ++i) {
        const QString profile = i % 2 ? QStringLiteral("prod") : QStringLiteral("staging");
        for (const Account& account : accounts.at(i))
            rows << IndexedAccount::of(profile, account, instances.at(i), seen);
    }
    return rows;
}

// Typing the query one character at a time into Find; the median and the worst keystroke in ms.
std::pair<double, double> typeIntoFind(AccountSearchModel& search, const QString& query)
{
    QList<double> perKeystroke;
    for (qsizetype n = 1; n <= query.size(); ++n) {
        QElapsedTimer keystroke;
        keystroke.start();
        search.setQueryText(query.left(n));
        if (search.rowCount() > 0)
            (void)search.index(0, AccountSearchModel::WhereColumn).data();
        perKeystroke.append(double(keystroke.nsecsElapsed()) / 1e6);
    }
    std::sort(perKeystroke.begin(), perKeystroke.end());
    return { perKeystroke.at(perKeystroke.size() / 2), perKeystroke.last() };
}

// What an earlier session left on disk; written before the app's models exist, as the app never builds it.
qint64 writeIndexFile(const QString& path, const QList<Instance>& instances, const QList<QList<Account>>& accounts)
{
    const QList<IndexedAccount> rows = indexRows(instances, accounts);
    QElapsedTimer timer;
    timer.start();
    AccountIndexFile(path).save(rows);
    return timer.elapsed();
}

void benchIndex(const QString& path, qint64 saveMs)
{
    AccountIndexFile file(path);
    QElapsedTimer timer;
    AccountIndex index;
    AccountSearchModel search(&index);
    timer.restart();
    const double rssBefore = rssMb();
    index.reset(file.load().rows);
    const qint64 loadMs = timer.elapsed();
    const double indexRss = rssMb() - rssBefore;

    const auto [freeMedian, freeWorst] = typeIntoFind(search, QStringLiteral("reporting_4"));
    const auto [filterMedian, filterWorst] = typeIntoFind(search, QStringLiteral("db:orders_db priv:readwrite prod"));
    std::printf("index_accounts: %d\n", index.size());
    std::printf("index_save_ms: %lld\n", static_cast<long long>(saveMs));
    std::printf("index_load_ms: %lld\n", static_cast<long long>(loadMs));
    std::printf("search_ms_per_keystroke: %.2f\n", std::max(freeMedian, filterMedian));
    std::printf("search_ms_worst_keystroke: %.2f\n", std::max(freeWorst, filterWorst));
    std::printf("index_rss_mb: %.1f\n", indexRss);
    std::printf("rss_mb: %.1f\n", rssMb()); // the table and the index both loaded, as in the app
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);

    // Build the input first so only the model work is timed.
    QList<Instance> instances;
    QList<QList<Account>> accounts;
    for (int i = 0; i < kInstances; ++i) {
        Instance instance;
        instance.id = QStringLiteral("rm-bench%1").arg(i, 5, 10, QLatin1Char('0'));
        instance.regionId = QStringLiteral("cn-hangzhou");
        instance.engine = i % 5 == 4 ? Engine::Redis : Engine::MySQL;
        instance.product = ProductInfo::productOf(instance.engine);
        instance.engineVersion = QStringLiteral("8.0");
        instance.status = QStringLiteral("Running");
        instance.description = QStringLiteral("Bench instance %1").arg(i);
        instances.append(instance);
        accounts.append(accountsOf(instance.id, i));
    }

    QTemporaryDir dir;
    const QString indexPath = dir.filePath(QStringLiteral("account-index.bin"));
    const qint64 indexSaveMs = writeIndexFile(indexPath, instances, accounts);

    InstanceTreeModel tree;
    AccountTableModel table;
    AccountFilterProxy proxy;
    proxy.setSourceModel(&table);
    proxy.sort(AccountTableModel::NameColumn);

    QElapsedTimer timer;
    timer.start();
    tree.setRegions({ Region { QStringLiteral("cn-hangzhou"), QStringLiteral("China (Hangzhou)"), {} } });
    tree.setInstances(QStringLiteral("cn-hangzhou"), instances);
    const qint64 treeMs = timer.elapsed();
    QHash<QString, QList<Account>> byInstance;
    for (int i = 0; i < kInstances; ++i)
        byInstance.insert(instances.at(i).id, accounts.at(i));
    table.setAccountsOfInstances(byInstance);
    const qint64 loadMs = timer.elapsed();

    const double rssAfterLoad = rssMb();
    // The same load as 5,000 separate per-instance refreshes (answers arriving one by one), into a second table.
    qint64 perInstanceMs = 0;
    { // freed afterwards: the app holds one table, and the index's rss_mb below is measured as in the app
        AccountTableModel incremental;
        AccountFilterProxy incrementalProxy;
        incrementalProxy.setSourceModel(&incremental);
        incrementalProxy.sort(AccountTableModel::NameColumn);
        timer.restart();
        for (int i = 0; i < kInstances; ++i)
            incremental.setAccounts(instances.at(i).id, accounts.at(i));
        perInstanceMs = timer.elapsed();
    }
    timer.restart();
    // A refresh of everything where nothing changed: must be cheap and emit nothing.
    table.setAccountsOfInstances(byInstance);
    const qint64 noopRefreshMs = timer.elapsed();

    // Type a word one character at a time, as the filter box would deliver it.
    const QString word = QStringLiteral("reporting");
    QList<double> perKeystroke;
    for (qsizetype n = 1; n <= word.size(); ++n) {
        QElapsedTimer keystroke;
        keystroke.start();
        proxy.setTextFilter(word.left(n));
        // What a view does next: the proxy builds its mapping lazily, so ask for it inside the timing.
        if (proxy.rowCount() > 0)
            (void)proxy.index(0, 0).data();
        perKeystroke.append(double(keystroke.nsecsElapsed()) / 1e6);
    }
    const int matches = proxy.rowCount();
    std::sort(perKeystroke.begin(), perKeystroke.end());
    const double median = perKeystroke.at(perKeystroke.size() / 2);

    std::printf("accounts: %d\ninstances: %d\nmatches: %d\n", int(table.rowCount()), tree.instanceCount(), matches);
    std::printf("load_ms: %lld\n", static_cast<long long>(loadMs));
    std::printf("load_ms_tree_only: %lld\n", static_cast<long long>(treeMs));
    std::printf("load_ms_per_instance_calls: %lld\n", static_cast<long long>(perInstanceMs));
    std::printf("refresh_ms_unchanged: %lld\n", static_cast<long long>(noopRefreshMs));
    std::printf("filter_ms_per_keystroke: %.2f\n", median);
    std::printf("filter_ms_worst_keystroke: %.2f\n", perKeystroke.last());
    std::printf("table_rss_mb: %.1f\n", rssAfterLoad);
    benchIndex(indexPath, indexSaveMs);
    return 0;
}
