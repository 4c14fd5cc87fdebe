// Benchmark (not a test): how long `--engines auto` takes to start Redis, PostgreSQL and MariaDB from nothing, the
// memory the three servers then hold (resident set of each server and its child processes), how long adopting the
// demo accounts takes, and what reading each engine's truth back costs a DescribeAccounts (median of 20).
#include "DemoData.h"
#include "EngineBackends.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace {

// VmRSS of one process in KiB, from /proc.
qint64 residentKib(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

qint64 parentOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // "pid (comm) state ppid ...": comm may hold spaces, so read after the last ')'.
    return text.mid(text.lastIndexOf(')') + 2).split(' ').value(1).toLongLong();
}

// A server and its children (PostgreSQL forks its background workers).
qint64 treeResidentKib(qint64 root)
{
    qint64 total = residentKib(root);
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok && pid != root && parentOf(pid) == root)
            total += residentKib(pid);
    }
    return total;
}

// Median milliseconds of one read-back of the instance, or -1 when the engine refused it.
double medianReadBackMs(EngineBackend* backend, SandboxInstance& instance)
{
    QList<double> samples;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!backend->readBack(instance).isEmpty())
            return -1;
        samples.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    QString error;
    EngineBackends engines;
    if (!engines.start(QStringLiteral("auto"), QProcessEnvironment::systemEnvironment(), &error)) {
        out << "engines did not start: " << error << '\n';
        return 1;
    }
    const qint64 startMs = timer.elapsed();
    const QList<qint64> pids = engines.localEngines()->processIds();
    const char* const names[] = { "redis-server", "postgres", "mariadbd" };
    qint64 totalKib = 0;
    out << "start of the three engines (initdb and mariadb-install-db included): " << startMs << " ms\n";
    for (int i = 0; i < 3; ++i) {
        const qint64 kib = treeResidentKib(pids.value(i));
        totalKib += kib;
        out << "  " << names[i] << " resident memory: " << kib / 1024.0 << " MiB\n";
    }
    out << "  total resident memory: " << totalKib / 1024.0 << " MiB\n";
    SandboxState state = DemoData::build(QDateTime::currentDateTimeUtc());
    timer.restart();
    if (!engines.adopt(state, &error)) {
        out << "the demo accounts were refused: " << error << '\n';
        return 1;
    }
    out << "adopting the demo accounts: " << timer.elapsed() << " ms\n";
    for (SandboxInstance& instance : state.instances()) {
        if (EngineBackend* backend = engines.forInstance(instance.instance.id)) {
            out << "  DescribeAccounts read-back of " << instance.instance.id << " (" << instance.accounts.size()
                << " accounts): " << medianReadBackMs(backend, instance) << " ms\n";
        }
    }
    out.flush();
    return 0;
}
