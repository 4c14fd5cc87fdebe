// bench_bulk [N]: N password resets (default 1,000) as one bulk run, through the real path a user's run takes:
// BulkPlanner -> BulkRunner -> AccountController -> ApiClient (its rate limiter at the default 100/s) -> an
// in-process apsara-sandbox over loopback, which enforces the same 100/s per account. Prints seconds,
// calls_per_second (resets answered per second), ceiling_ratio (that over 100/s), requests_sent (every HTTP request
// the sandbox answered, read-backs included), throttled answers and `failed: N`. Target: about 10.5 s for 1,000,
// ceiling_ratio >= 0.95, failed: 0. A benchmark: it prints figures, it does not assert a time.
#include "AccountController.h"
#include "AccountTableModel.h"
#include "ApiClient.h"
#include "BulkPlanner.h"
#include "BulkRowModel.h"
#include "BulkRunner.h"
#include "InstanceTreeModel.h"
#include "SandboxServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace {

constexpr double Ceiling = 100.0; // the seed's "100 QPS per Alibaba Cloud account"
const QString kInstance = QStringLiteral("rm-bp1k8x3n2q7w4e5r6"); // the demo's MySQL 8.0 instance

QString benchName(int i)
{
    return QStringLiteral("bulk%1").arg(i, 4, 10, QLatin1Char('0'));
}

// The accounts to reset, added straight into the sandbox's state (creating them through the API would take as long
// as the run being measured).
void addAccounts(SandboxServer* sandbox, int total)
{
    SandboxInstance* instance = sandbox->state().findInstance(Product::Rds, kInstance);
    for (int i = 0; instance && i < total; ++i) {
        SandboxAccount account;
        account.account.instanceId = kInstance;
        account.account.name = benchName(i);
        account.account.type = QStringLiteral("Normal");
        account.account.status = QStringLiteral("Available");
        account.passwordSha256 = SandboxAccount::hashPassword(QStringLiteral("Initial#Pass1"));
        account.createdAt = QDateTime::currentDateTimeUtc();
        instance->accounts.append(account);
    }
}

template<typename Sender>
bool waitFor(Sender* sender, void (Sender::*signal)(), int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    return loop.exec() == 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the item models use QIcon; no display is needed
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("apsara.*.debug=false\napsara.*.info=false"));
    const QStringList arguments = app.arguments().mid(1);
    const int total = arguments.isEmpty() ? 1000 : std::max(1, arguments.first().toInt());
    QTextStream out(stdout);

    // The sandbox on a thread of its own, as in the app's demo mode.
    SandboxOptions options;
    options.rateLimit = 100;
    QThread thread;
    thread.start();
    QObject anchor;
    anchor.moveToThread(&thread);
    SandboxServer* sandbox = nullptr;
    QUrl endpoint;
    std::atomic<int> requests = 0, throttled = 0;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            sandbox = new SandboxServer(options);
            if (sandbox->listen() == 0) {
                QTextStream(stderr) << sandbox->errorString() << "\n";
                return;
            }
            addAccounts(sandbox, total);
            endpoint = sandbox->endpoint();
            QObject::connect(sandbox, &SandboxServer::requestAnswered, [&](const QString&, int status) {
                ++requests;
                throttled += status == 429 ? 1 : 0;
            });
        },
        Qt::BlockingQueuedConnection);
    const auto stop = [&] {
        QMetaObject::invokeMethod(
            &anchor, [&] { delete sandbox; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    };
    if (endpoint.isEmpty()) {
        stop();
        return 1;
    }

    ApiClient client; // default limits: 100/s per account
    client.setCredentials(Credentials::accessKey(
        QLatin1String(SandboxOptions::DemoAccessKeyId), QLatin1String(SandboxOptions::DemoAccessKeySecret)));
    client.setRegion(QStringLiteral("cn-hangzhou"));
    client.endpoints().setOverrides({ { QStringLiteral("rds"), endpoint }, { QStringLiteral("r-kvstore"), endpoint } });
    InstanceTreeModel tree;
    AccountTableModel accounts;
    AccountController controller(&client, &tree, &accounts);
    controller.setPrefetchAccounts(false);
    controller.refreshInventory();
    if (!waitFor(&controller, &AccountController::inventoryLoaded, 30000)
        || !tree.instanceAt(tree.indexOfInstance(kInstance))) {
        QTextStream(stderr) << "bench_bulk: the inventory did not load\n";
        stop();
        return 1;
    }
    const Instance instance = *tree.instanceAt(tree.indexOfInstance(kInstance));

    QList<BulkTarget> targets;
    for (int i = 0; i < total; ++i) {
        BulkTarget target;
        target.profileId = QStringLiteral("sandbox");
        target.instance = instance;
        target.account.instanceId = kInstance;
        target.account.name = benchName(i);
        target.account.type = QStringLiteral("Normal");
        target.account.status = QStringLiteral("Available");
        targets << target;
    }
    BulkRowModel rows;
    rows.setPlan(BulkPlanner::plan(BulkRequest {}, targets));
    BulkRunner runner(&rows, [&](const QString&) -> AccountService* { return &controller; });
    const int requestsBefore = requests.load();
    QElapsedTimer elapsed;
    elapsed.start();
    runner.start();
    const bool finished = waitFor(&runner, &BulkRunner::finished, 120000);
    const double seconds = double(elapsed.elapsed()) / 1000.0;
    const int succeeded = rows.countIn(BulkRow::State::Succeeded);
    const int failed = total - succeeded;
    stop();

    const double rate = seconds > 0 ? double(succeeded) / seconds : 0;
    out << "resets: " << total << "\n";
    out << "seconds: " << QString::number(seconds, 'f', 3) << "\n";
    out << "calls_per_second: " << QString::number(rate, 'f', 2) << "\n";
    out << "ceiling_ratio: " << QString::number(rate / Ceiling, 'f', 3) << "\n";
    out << "requests_sent: " << (requests.load() - requestsBefore) << "\n";
    out << "throttled_answers: " << throttled.load() << "\n";
    out << "failed: " << failed << "\n";
    if (!finished)
        out << "bench_bulk: the run did not finish within 120 s\n";
    return finished && failed == 0 ? 0 : 1;
}
