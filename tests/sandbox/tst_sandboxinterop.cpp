// The official Node SDKs from npm (@alicloud/rds20140815, @alicloud/r-kvstore20150101, @alicloud/pop-core) sign
// real requests against an in-process sandbox: ACS3 (the SDK default), RPC v1 (signatureAlgorithm v2), STS,
// bearer, pop-core GET and POST. Skips only when node or npm is missing.
#include "SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TstSandboxInterop : public QObject
{
    Q_OBJECT

private slots:
    void officialSdksTalkToTheSandbox();

private:
    // Runs a process with the event loop going (the sandbox answers in this thread). Returns the exit code.
    static int runProcess(const QString& program,
        const QStringList& arguments,
        const QString& directory,
        int timeoutMs,
        QByteArray* output);
};

int TstSandboxInterop::runProcess(
    const QString& program, const QStringList& arguments, const QString& directory, int timeoutMs, QByteArray* output)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!finished.wait(timeoutMs)) {
        process.kill();
        finished.wait(2000);
        *output = process.readAll() + "\n(timed out)";
        return -1;
    }
    *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TstSandboxInterop::officialSdksTalkToTheSandbox()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (node.isEmpty() || npm.isEmpty())
        QSKIP("node or npm is not installed: the interop test with the official Alibaba Cloud Node SDKs cannot run.");

    // The SDKs go into the build tree, once; the sources stay clean.
    const QString source = QStringLiteral(APSARA_SOURCE_DIR "/tests/sandbox/interop");
    const QString work = QStringLiteral(APSARA_INTEROP_DIR);
    QVERIFY(QDir().mkpath(work));
    for (const char* name : { "package.json", "package-lock.json", "interop.js" }) {
        const QString target = work + QLatin1Char('/') + QLatin1String(name);
        QFile::remove(target);
        QVERIFY2(QFile::copy(source + QLatin1Char('/') + QLatin1String(name), target), name);
    }
    QByteArray output;
    if (!QDir(work + QStringLiteral("/node_modules/@alicloud/rds20140815")).exists()) {
        const int status = runProcess(npm,
            { QStringLiteral("ci"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund") },
            work,
            90000,
            &output);
        QVERIFY2(status == 0, output.constData());
    }

    SandboxOptions options;
    options.creatingDelayMs = 0;
    SandboxServer server(options);
    QVERIFY2(server.listen() != 0, qPrintable(server.errorString()));
    const QString endpoint = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    const int status = runProcess(node, { QStringLiteral("interop.js"), endpoint }, work, 60000, &output);
    qInfo().noquote() << QString::fromUtf8(output);
    QVERIFY2(status == 0, output.constData());
    QVERIFY(output.contains("checks passed"));
    QVERIFY(!output.contains("FAIL"));
    // What the SDKs wrote is really in the sandbox.
    SandboxInstance* mysql = server.state().findInstance(Product::Rds, QStringLiteral("rm-bp1k8x3n2q7w4e5r6"));
    QVERIFY(mysql && mysql->findAccount(QStringLiteral("sdk_v3")) && mysql->findAccount(QStringLiteral("sdk_v2")));
    QVERIFY(mysql->findAccount(QStringLiteral("pop_post")) && mysql->findAccount(QStringLiteral("pop_get")));
}

QTEST_GUILESS_MAIN(TstSandboxInterop)
#include "tst_sandboxinterop.moc"
