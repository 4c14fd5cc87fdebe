// bench_api [N]: N DescribeAccounts calls through ApiClient against a local endpoint that throttles at
// 100 requests/s (token bucket, burst 100, answers 429 Throttling.User beyond that). Prints the achieved rate
// and its ratio to the 100/s ceiling; the target is ceiling_ratio >= 0.95 with zero failed calls.
#include "ApiClient.h"
#include "FakeOpenApi.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTextStream>

#include <algorithm>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("apsara.api.debug=false")); // keep the figures clean
    const int total = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 1000;

    FakeOpenApi server;
    if (server.start() == 0)
        return 1;
    QElapsedTimer serverClock;
    serverClock.start();
    double tokens = 100;
    qint64 refilledAt = 0;
    int throttled = 0;
    server.setHandler([&](const FakeOpenApi::Captured&) {
        const qint64 now = serverClock.elapsed();
        tokens = std::min(100.0, tokens + double(now - refilledAt) * 100.0 / 1000.0);
        refilledAt = now;
        if (tokens < 1) {
            ++throttled;
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

    int finished = 0;
    int failed = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < total; ++i) {
        ApiRequest request;
        request.product = Product::Rds;
        request.action = QStringLiteral("DescribeAccounts");
        request.parameters = { { QStringLiteral("DBInstanceId"), QStringLiteral("rm-bench") } };
        ApiCall* call = client.send(request);
        QObject::connect(call, &ApiCall::finished, &app, [&] {
            if (++finished + failed == total)
                app.quit();
        });
        QObject::connect(call, &ApiCall::failed, &app, [&] {
            if (finished + ++failed == total)
                app.quit();
        });
    }
    app.exec();
    const double seconds = double(elapsed.elapsed()) / 1000.0;
    const double rate = double(finished) / seconds;
    QTextStream out(stdout);
    out << "calls: " << total << "\n";
    out << "failed_calls: " << failed << "\n";
    out << "throttled_answers: " << throttled << "\n";
    out << "seconds: " << QString::number(seconds, 'f', 3) << "\n";
    out << "calls_per_second: " << QString::number(rate, 'f', 2) << "\n";
    out << "ceiling_ratio: " << QString::number(rate / 100.0, 'f', 3) << "\n";
    return failed == 0 ? 0 : 1;
}
