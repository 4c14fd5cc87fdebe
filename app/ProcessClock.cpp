#include "ProcessClock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <unistd.h>

namespace {

// Field 22 of /proc/self/stat: start time in clock ticks after boot. The command name (field 2) may hold spaces,
// so count fields from the closing parenthesis.
double processStartSeconds()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int startTimeField = 22 - 3; // fields after ')' start at field 3
    if (fields.size() <= startTimeField)
        return -1;
    bool ok = false;
    const double ticks = fields.at(startTimeField).toDouble(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    return ok && ticksPerSecond > 0 ? ticks / double(ticksPerSecond) : -1;
}

double uptimeSeconds()
{
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!uptime.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const double seconds = uptime.readAll().split(' ').value(0).toDouble(&ok);
    return ok ? seconds : -1;
}

} // namespace

namespace ProcessClock {

qint64 elapsedMs()
{
    static QElapsedTimer fallback;
    if (!fallback.isValid())
        fallback.start();
    const double started = processStartSeconds();
    const double now = uptimeSeconds();
    if (started < 0 || now < 0 || now < started)
        return fallback.elapsed();
    return qint64((now - started) * 1000.0);
}

} // namespace ProcessClock
