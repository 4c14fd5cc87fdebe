#pragma once

#include <QCoreApplication>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// Private Redis, PostgreSQL and MariaDB servers for `apsara-sandbox --engines auto`, from the distribution's
// packages: data in a temporary folder, TCP on free loopback ports, owned by this object and stopped with it.
// The sandbox administers them without a password on disk: Redis gets its admin user's password on stdin,
// PostgreSQL and MariaDB take their admin through a Unix socket only root and the engine's user can open.
// PostgreSQL and MariaDB refuse to run as root: they run as the "postgres" and "mysql" users (or nobody).
class LocalEngines
{
    Q_DECLARE_TR_FUNCTIONS(LocalEngines)

public:
    LocalEngines();
    ~LocalEngines();

    // Starts the three engines and waits until each accepts connections. False with *error naming the engine
    // and what went wrong (a missing package is said as such).
    bool start(QString* error);

    quint16 redisPort() const { return m_redisPort; }
    QByteArray redisAdminUser() const { return QByteArrayLiteral("apsara-admin"); }
    QByteArray redisAdminPassword() const { return m_redisAdminPassword; }
    quint16 postgresPort() const { return m_postgresPort; }
    QString postgresSocketFolder() const;
    QString postgresAdmin() const { return QStringLiteral("apsara_admin"); }
    quint16 mysqlPort() const { return m_mysqlPort; }
    QString mysqlSocket() const;
    QString mysqlAdmin() const;
    // Process ids of the three servers, for the benchmark's memory figures.
    QList<qint64> processIds() const;

private:
    bool startRedis(QString* error);
    bool initPostgres(QProcess& init, QString* error);
    bool startPostgres(QString* error);
    bool initMysql(QProcess& init, QString* error);
    bool startMysql(QString* error);
    bool waitReady(const QString& engine, QProcess& server, const std::function<bool()>& ready, QString* error);
    QString folder(const QString& name) const;

    QTemporaryDir m_dir;
    QProcess m_redis;
    QProcess m_postgres;
    QProcess m_mysql;
    quint16 m_redisPort = 0;
    quint16 m_postgresPort = 0;
    quint16 m_mysqlPort = 0;
    QByteArray m_redisAdminPassword;
};
