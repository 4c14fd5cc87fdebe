// Benchmark (not a test): how many signed requests per second the sandbox answers on loopback without
// throttling. Requests are signed beforehand (ACS3, the SDK default) so the figure is the server's; 6 are kept in
// flight, as QNetworkAccessManager does per host. Prints requests, seconds and requests_per_second.
#include "SandboxServer.h"
#include "WireHarness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    SandboxOptions options;
    options.rateLimit = 0;
    SandboxServer server(options);
    if (server.listen() == 0) {
        QTextStream(stderr) << server.errorString() << '\n';
        return 1;
    }
    WireHarness wire(server.endpoint());
    const Credentials credentials = Credentials::accessKey(
        QLatin1String(SandboxOptions::DemoAccessKeyId), QLatin1String(SandboxOptions::DemoAccessKeySecret));
    const ApiRequest request = WireHarness::request(Product::Rds,
        QStringLiteral("DescribeAccounts"),
        { { QStringLiteral("DBInstanceId"), QStringLiteral("rm-bp1k8x3n2q7w4e5r6") } });
    QList<WireRequest> signedRequests;
    for (int i = 0; i < total; ++i)
        signedRequests.append(wire.sign(request, credentials));

    int next = 0, done = 0, failed = 0;
    QElapsedTimer timer;
    std::function<void()> launch = [&] {
        if (next >= total)
            return;
        QNetworkReply* reply = wire.start(signedRequests.at(next++));
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++failed;
            reply->deleteLater();
            if (++done == total)
                QCoreApplication::quit();
            else
                launch();
        });
    };
    timer.start();
    for (int i = 0; i < 6; ++i)
        launch();
    QCoreApplication::exec();
    const double seconds = timer.elapsed() / 1000.0;

    // The same pipeline without HTTP: authentication, throttle bookkeeping and the action.
    SandboxServer direct(options);
    direct.listen();
    QList<SandboxRequest> parsed;
    for (int i = 0; i < total; ++i) {
        const WireRequest w = wire.sign(request, credentials);
        parsed.append(SandboxRequest("POST", w.url.query(QUrl::FullyEncoded).toLatin1(), w.headers, w.body));
    }
    QElapsedTimer inProcess;
    inProcess.start();
    int directFailed = 0;
    for (const SandboxRequest& r : parsed)
        directFailed += direct.process(r).isError() ? 1 : 0;
    const double directSeconds = inProcess.elapsed() / 1000.0;

    QTextStream out(stdout);
    out << "requests " << total << "\nfailed " << failed << "\nseconds " << seconds << "\nrequests_per_second "
        << qRound(total / seconds) << "\nin_process_requests_per_second " << qRound(total / directSeconds)
        << "\nin_process_failed " << directFailed << '\n';
    return failed == 0 && directFailed == 0 ? 0 : 1;
}
