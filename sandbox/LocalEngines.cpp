#include "LocalEngines.h"

#include "EngineSecret.h"
#include "RespConnection.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int StartTimeoutMs = 60000;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString findProgram(const QString& name)
{
    QStringList paths { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin") };
    QDir pg(QStringLiteral("/usr/lib/postgresql"));
    const QStringList versions = pg.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString& version : versions)
        paths.append(pg.filePath(version + QStringLiteral("/bin")));
    const QString inPath = QStandardPaths::findExecutable(name, paths);
    return inPath.isEmpty() ? QStandardPaths::findExecutable(name) : inPath;
}

// The unprivileged user an engine runs as when the sandbox is root; the sandbox's own user otherwise.
struct RunAs
{
    uid_t uid = 0;
    gid_t gid = 0;
    bool change = false;

    static RunAs forUser(const char* preferred)
    {
        RunAs who;
        if (geteuid() != 0)
            return who;
        const passwd* entry = getpwnam(preferred);
        if (!entry)
            entry = getpwnam("nobody");
        if (entry)
            who = { entry->pw_uid, entry->pw_gid, true };
        return who;
    }
    void own(const QString& path) const
    {
        if (change && chown(QFile::encodeName(path).constData(), uid, gid) != 0)
            qWarning("cannot hand %s to the engine user", qPrintable(path));
    }
    void apply(QProcess& process) const
    {
        const RunAs who = *this;
        process.setChildProcessModifier([who] {
            if (who.change && (setgroups(0, nullptr) != 0 || setgid(who.gid) != 0 || setuid(who.uid) != 0))
                _exit(126);
            // A sandbox that dies without stopping its engines (SIGKILL, a crash) still takes them down. Set after
            // the change of user, which clears it.
            prctl(PR_SET_PDEATHSIG, SIGTERM);
        });
    }
};

bool launch(QProcess& process, const QString& program, const QStringList& arguments, QString* error)
{
    const QString path = findProgram(program);
    if (path.isEmpty()) {
        *error = LocalEngines::tr("%1 is not installed (run scripts/setup.sh, or apt-get install the engine).")
                     .arg(program);
        return false;
    }
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The user's LANG may name a locale this machine lacks, which initdb and postgres refuse; C.UTF-8 is always there.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(path, arguments);
    if (process.waitForStarted(10000))
        return true;
    *error = LocalEngines::tr("%1 did not start: %2").arg(program, process.errorString());
    return false;
}

bool finish(QProcess& process, const QString& step, QString* error)
{
    if (process.waitForFinished(StartTimeoutMs) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0)
        return true;
    *error = LocalEngines::tr("%1 failed: %2").arg(step, QString::fromLocal8Bit(process.readAll()).right(600));
    return false;
}

bool sqlReady(const QString& driver, const QString& host, quint16 port, const QString& user, const QString& options)
{
    const QString name = QStringLiteral("apsara-engine-probe");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setHostName(host);
        db.setPort(port);
        db.setUserName(user);
        db.setConnectOptions(options);
        if (driver == QLatin1String("QPSQL"))
            db.setDatabaseName(QStringLiteral("postgres"));
        ok = db.open();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

LocalEngines::LocalEngines()
{
    // Engine users must reach their folders inside the temporary one.
    chmod(QFile::encodeName(m_dir.path()).constData(), 0711);
}

LocalEngines::~LocalEngines()
{
    for (QProcess* process : { &m_redis, &m_postgres, &m_mysql }) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->terminate();
        if (!process->waitForFinished(10000))
            process->kill();
        process->waitForFinished(2000);
    }
}

QString LocalEngines::folder(const QString& name) const
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(path);
    return path;
}

QString LocalEngines::postgresSocketFolder() const
{
    return m_dir.filePath(QStringLiteral("pg-socket"));
}

QString LocalEngines::mysqlSocket() const
{
    return m_dir.filePath(QStringLiteral("mysql/mysqld.sock"));
}

QString LocalEngines::mysqlAdmin() const
{
    // mariadb-install-db gives root and the OS user who ran it socket authentication.
    const passwd* entry = geteuid() == 0 ? nullptr : getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QStringLiteral("root");
}

QList<qint64> LocalEngines::processIds() const
{
    return { m_redis.processId(), m_postgres.processId(), m_mysql.processId() };
}

bool LocalEngines::start(QString* error)
{
    if (!m_dir.isValid()) {
        *error = tr("Cannot create a temporary folder for the engines: %1").arg(m_dir.errorString());
        return false;
    }
    QProcess pgInit;
    QProcess mysqlInit;
    // The two slow first-time setups run side by side while Redis starts.
    return initPostgres(pgInit, error) && initMysql(mysqlInit, error) && startRedis(error)
        && finish(pgInit, QStringLiteral("initdb"), error) && startPostgres(error)
        && finish(mysqlInit, QStringLiteral("mariadb-install-db"), error) && startMysql(error);
}

bool LocalEngines::waitReady(
    const QString& engine, QProcess& server, const std::function<bool()>& ready, QString* error)
{
    QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (server.state() != QProcess::Running) {
            *error
                = tr("%1 stopped while starting: %2").arg(engine, QString::fromLocal8Bit(server.readAll()).right(600));
            return false;
        }
        if (ready())
            return true;
        // A server that is starting answers within milliseconds; polling is the only portable readiness check.
        QThread::msleep(50);
    }
    *error = tr("%1 did not accept connections within %2 s.").arg(engine).arg(StartTimeoutMs / 1000);
    return false;
}

bool LocalEngines::startRedis(QString* error)
{
    m_redisPort = freePort();
    m_redisAdminPassword = EngineSecret::random();
    RunAs().apply(m_redis);
    if (!launch(m_redis, QStringLiteral("redis-server"), { QStringLiteral("-") }, error))
        return false;
    // The configuration arrives on stdin so the admin password is never in argv or on disk.
    m_redis.write(QByteArrayLiteral("port ") + QByteArray::number(m_redisPort)
        + "\nbind 127.0.0.1\nsave \"\"\n"
          "appendonly no\ndir "
        + QFile::encodeName(folder(QStringLiteral("redis")))
        + "\nuser default off resetpass -@all\nuser apsara-admin on >" + m_redisAdminPassword + " ~* &* +@all\n");
    m_redis.waitForBytesWritten(5000); // no event loop runs here to flush it
    m_redis.closeWriteChannel();
    return waitReady(
        QStringLiteral("redis-server"),
        m_redis,
        [this] {
            RespConnection connection;
            QString ignored;
            return connection.open(QStringLiteral("127.0.0.1"), m_redisPort, 1000, &ignored)
                && connection.command({ "AUTH", redisAdminUser(), m_redisAdminPassword }).ok;
        },
        error);
}

bool LocalEngines::initPostgres(QProcess& init, QString* error)
{
    const RunAs who = RunAs::forUser("postgres");
    const QString data = m_dir.filePath(QStringLiteral("pg"));
    QDir().mkpath(data);
    QDir().mkpath(postgresSocketFolder());
    for (const QString& path : { data, postgresSocketFolder() }) {
        who.own(path);
        chmod(QFile::encodeName(path).constData(), 0700);
    }
    who.apply(init);
    return launch(init,
        QStringLiteral("initdb"),
        { QStringLiteral("-D"),
            data,
            QStringLiteral("-U"),
            postgresAdmin(),
            QStringLiteral("--auth-local=trust"),
            QStringLiteral("--auth-host=scram-sha-256"),
            QStringLiteral("-E"),
            QStringLiteral("UTF8"),
            QStringLiteral("--locale=C.UTF-8"),
            QStringLiteral("--no-sync"),
            QStringLiteral("--no-instructions") },
        error);
}

bool LocalEngines::startPostgres(QString* error)
{
    m_postgresPort = freePort();
    RunAs::forUser("postgres").apply(m_postgres);
    const QStringList settings { QStringLiteral("listen_addresses=127.0.0.1"),
        QStringLiteral("unix_socket_directories=") + postgresSocketFolder(),
        QStringLiteral("fsync=off"),
        QStringLiteral("shared_buffers=16MB"),
        QStringLiteral("max_connections=40"),
        // Statements carry passwords: keep them out of the server log.
        QStringLiteral("log_min_error_statement=panic") };
    QStringList arguments { QStringLiteral("-D"),
        m_dir.filePath(QStringLiteral("pg")),
        QStringLiteral("-p"),
        QString::number(m_postgresPort) };
    for (const QString& setting : settings)
        arguments << QStringLiteral("-c") << setting;
    if (!launch(m_postgres, QStringLiteral("postgres"), arguments, error))
        return false;
    return waitReady(
        QStringLiteral("postgres"),
        m_postgres,
        [this] {
            return sqlReady(QStringLiteral("QPSQL"), postgresSocketFolder(), m_postgresPort, postgresAdmin(), {});
        },
        error);
}

bool LocalEngines::initMysql(QProcess& init, QString* error)
{
    const RunAs who = RunAs::forUser("mysql");
    const QString data = folder(QStringLiteral("mysql"));
    who.own(data);
    chmod(QFile::encodeName(data).constData(), 0700);
    who.apply(init);
    return launch(init,
        QStringLiteral("mariadb-install-db"),
        { QStringLiteral("--no-defaults"),
            QStringLiteral("--datadir=") + data,
            QStringLiteral("--auth-root-authentication-method=socket"),
            QStringLiteral("--skip-test-db"),
            QStringLiteral("--skip-name-resolve") },
        error);
}

bool LocalEngines::startMysql(QString* error)
{
    m_mysqlPort = freePort();
    RunAs::forUser("mysql").apply(m_mysql);
    const QString data = m_dir.filePath(QStringLiteral("mysql"));
    if (!launch(m_mysql,
            QStringLiteral("mariadbd"),
            { QStringLiteral("--no-defaults"),
                QStringLiteral("--datadir=") + data,
                QStringLiteral("--port=") + QString::number(m_mysqlPort),
                QStringLiteral("--bind-address=127.0.0.1"),
                QStringLiteral("--socket=") + mysqlSocket(),
                QStringLiteral("--pid-file=") + data + QStringLiteral("/pid"),
                QStringLiteral("--skip-name-resolve"),
                QStringLiteral("--skip-log-bin"),
                QStringLiteral("--innodb-buffer-pool-size=16M"),
                QStringLiteral("--innodb-log-file-size=8M"),
                QStringLiteral("--performance-schema=OFF") },
            error))
        return false;
    return waitReady(
        QStringLiteral("mariadbd"),
        m_mysql,
        [this] {
            return sqlReady(QStringLiteral("QMYSQL"),
                QStringLiteral("localhost"),
                0,
                mysqlAdmin(),
                QStringLiteral("UNIX_SOCKET=") + mysqlSocket());
        },
        error);
}
