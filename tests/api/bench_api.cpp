// bench_api [N]: N DescribeAccounts calls through ApiClient, twice:
//   1. against a local endpoint that throttles at 100 requests/s (token bucket, burst 100, 429 Throttling.User
//      beyond that) and answers at once: prints calls_per_second and ceiling_ratio;
//   2. against an in-process apsara-sandbox with --latency-ms 50 and its 100/s per-account limit, so every call
//      spends 50 ms on the wire and the client must keep enough calls in flight: prints ceiling_ratio_50ms.
// The target is both ratios >= 0.95 with zero failed calls.
// bench_api --endpoint URL --instance ID [N]: the same N calls against any running sandbox (demo credentials),
// so this client can be compared side by side with another one on the same server.
#include "ApiClient.h"
#include "FakeOpenApi.h"
#include "SandboxServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>

namespace {

constexpr double Ceiling = 100.0; // the seed's "100 QPS per Alibaba Cloud account"

struct Figures
{
    int total = 0;
    int failed = 0;
    double seconds = 0;

    double rate() const { return seconds > 0 ? double(total - failed) / seconds : 0; }
};

// Sends `total` DescribeAccounts calls at once (the client's rate limiter paces them) and waits for the last.
Figures run(ApiClient& client, const QString& instanceId, int total)
{
    Figures figures;
    figures.total = total;
    int done = 0;
    QEventLoop loop;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < total; ++i) {
        ApiRequest request;
        request.product = Product::Rds;
        request.action = QStringLiteral("DescribeAccounts");
        request.parameters = { { QStringLiteral("DBInstanceId"), instanceId } };
        ApiCall* call = client.send(request);
        QObject::connect(call, &ApiCall::finished, &loop, [&] {
            if (++done == total)
                loop.quit();
        });
        QObject::connect(call, &ApiCall::failed, &loop, [&](const ServiceError& error) {
            ++figures.failed;
            QTextStream(stderr) << "failed: " << error.code << " " << error.message << "\n";
            if (++done == total)
                loop.quit();
        });
    }
    loop.exec();
    figures.seconds = double(elapsed.elapsed()) / 1000.0;
    return figures;
}

void print(QTextStream& out, const Figures& f, const QString& suffix)
{
    out << "calls" << suffix << ": " << f.total << "\n";
    out << "failed_calls" << suffix << ": " << f.failed << "\n";
    out << "seconds" << suffix << ": " << QString::number(f.seconds, 'f', 3) << "\n";
    out << "calls_per_second" << suffix << ": " << QString::number(f.rate(), 'f', 2) << "\n";
    out << "ceiling_ratio" << suffix << ": " << QString::number(f.rate() / Ceiling, 'f', 3) << "\n";
}

Credentials demoCredentials()
{
    return Credentials::accessKey(
        QLatin1String(SandboxOptions::DemoAccessKeyId), QLatin1String(SandboxOptions::DemoAccessKeySecret));
}

Figures againstFakeEndpoint(int total, int* throttled)
{
    FakeOpenApi server;
    if (server.start() == 0)
        return { total, total, 0 };
    QElapsedTimer serverClock;
    serverClock.start();
    double tokens = 100;
    qint64 refilledAt = 0;
    server.setHandler([&](const FakeOpenApi::Captured&) {
        const qint64 now = serverClock.elapsed();
        tokens = std::min(100.0, tokens + double(now - refilledAt) * 100.0 / 1000.0);
        refilledAt = now;
        if (tokens < 1) {
            ++*throttled;
            return FakeOpenApi::json(
                R"({"RequestId":"T","Code":"Throttling.User","Message":"Request was denied due to user flow control."})",
                429);
        }
        tokens -= 1;
        return FakeOpenApi::json(R"({"RequestId":"OK","Accounts":{"DBInstanceAccount":[]}})");
    });
    ApiClient client;
    client.setCredentials(Credentials::accessKey(QStringLiteral("testid"), QStringLiteral("testsecret")));
    client.endpoints().setOverride(Product::Rds, server.url());
    return run(client, QStringLiteral("rm-bench"), total);
}

Figures againstSandbox(const QUrl& endpoint, const QString& instanceId, int total)
{
    ApiClient client;
    client.setCredentials(demoCredentials());
    if (!client.endpoints().setOverride(Product::Rds, endpoint)) {
        QTextStream(stderr) << "bench_api: not a loopback endpoint: " << endpoint.toString() << "\n";
        return { total, total, 0 };
    }
    return run(client, instanceId, total);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("apsara.*.debug=false\napsara.*.info=false"));
    QStringList arguments = app.arguments().mid(1);
    QString endpoint, instance;
    for (const QString& option : { QStringLiteral("--endpoint"), QStringLiteral("--instance") }) {
        const qsizetype at = arguments.indexOf(option);
        if (at < 0)
            continue;
        if (at + 1 >= arguments.size()) {
            QTextStream(stderr) << "usage: bench_api [N] | bench_api --endpoint URL --instance ID [N]\n";
            return 2;
        }
        (option == QLatin1String("--endpoint") ? endpoint : instance) = arguments.at(at + 1);
        arguments.remove(at, 2);
    }
    const int total = arguments.isEmpty() ? 1000 : std::max(1, arguments.first().toInt());
    QTextStream out(stdout);

    if (!endpoint.isEmpty() || !instance.isEmpty()) {
        if (endpoint.isEmpty() || instance.isEmpty()) {
            QTextStream(stderr) << "usage: bench_api --endpoint URL --instance ID [N]\n";
            return 2;
        }
        const Figures figures = againstSandbox(QUrl(endpoint), instance, total);
        print(out, figures, QString());
        return figures.failed == 0 ? 0 : 1;
    }

    int throttled = 0;
    const Figures fake = againstFakeEndpoint(total, &throttled);
    print(out, fake, QString());
    out << "throttled_answers: " << throttled << "\n";
    out.flush();

    // The sandbox runs on a thread of its own, as in the app's demo mode, so it never competes with the client.
    SandboxOptions options;
    options.latencyMs = 50;
    options.rateLimit = 100;
    QThread thread;
    thread.start();
    SandboxServer* sandbox = nullptr;
    QUrl sandboxUrl;
    std::atomic<int> sandboxThrottled = 0;
    QObject anchor;
    anchor.moveToThread(&thread);
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            sandbox = new SandboxServer(options);
            if (sandbox->listen() != 0)
                sandboxUrl = sandbox->endpoint();
            else
                QTextStream(stderr) << sandbox->errorString() << "\n";
            QObject::connect(sandbox, &SandboxServer::requestAnswered, [&](const QString&, int status) {
                sandboxThrottled += status == 429 ? 1 : 0;
            });
        },
        Qt::BlockingQueuedConnection);
    const auto stopSandbox = [&] {
        QMetaObject::invokeMethod(
            &anchor, [&] { delete sandbox; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    };
    if (sandboxUrl.isEmpty()) {
        stopSandbox();
        return 1;
    }
    const Figures slow = againstSandbox(sandboxUrl, QStringLiteral("rm-bp1k8x3n2q7w4e5r6"), total);
    stopSandbox();
    print(out, slow, QStringLiteral("_50ms"));
    out << "throttled_answers_50ms: " << sandboxThrottled.load() << "\n";
    return fake.failed == 0 && slow.failed == 0 ? 0 : 1;
}
