#include "EngineBackends.h"

#include "MysqlBackend.h"
#include "PostgresBackend.h"
#include "RedisAclBackend.h"

namespace {

const QString kLoopback = QStringLiteral("127.0.0.1");

struct Address
{
    QString host;
    quint16 port = 0;
};

// "redis=HOST:PORT,..." -> kind -> address; empty on a malformed entry (with *error naming `option`).
QHash<QString, Address> parseSpec(
    const QString& spec, QString* error, const QString& option = QStringLiteral("--engines"))
{
    QHash<QString, Address> addresses;
    for (const QString& entry : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString kind = entry.section(QLatin1Char('='), 0, 0);
        const QString address = entry.section(QLatin1Char('='), 1);
        const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const uint port = colon > 0 ? address.mid(colon + 1).toUInt(&ok) : 0;
        if (!QStringList { QStringLiteral("redis"), QStringLiteral("postgres"), QStringLiteral("mysql") }.contains(kind)
            || !ok || port == 0 || port > 65535) {
            *error = EngineBackends::tr("%1: '%2' is not auto or redis=HOST:PORT, postgres=HOST:PORT, "
                                        "mysql=HOST:PORT.")
                         .arg(option, entry);
            return {};
        }
        addresses.insert(kind, { address.left(colon), static_cast<quint16>(port) });
    }
    return addresses;
}

} // namespace

EngineBackends::EngineBackends() = default;

// Backends (with their connections) go before the servers they talk to.
EngineBackends::~EngineBackends()
{
    m_byInstance.clear();
    m_backends.clear();
    m_local.reset();
}

QString EngineBackends::checkSpec(const QString& spec, const QString& option)
{
    if (spec == QLatin1String("auto"))
        return {};
    QString error;
    if (parseSpec(spec, &error, option).isEmpty() && error.isEmpty())
        error = tr("%1 needs auto or a list such as redis=127.0.0.1:6379.").arg(option);
    return error;
}

ActionReply EngineBackends::refusal(const QString& engineMessage)
{
    return ActionReply::error(500,
        QStringLiteral("InternalError.Engine"),
        tr("The database engine refused the change, so nothing was changed: %1").arg(engineMessage));
}

QStringList EngineBackends::summary() const
{
    QStringList lines;
    for (const QString& id : { redisInstance(), postgresInstance(), mysqlInstance() }) {
        if (const EngineBackend* backend = forInstance(id))
            lines << tr("  %1 is a real engine at %2:%3").arg(id, backend->host()).arg(backend->port());
    }
    return lines;
}

void EngineBackends::add(const QString& instanceId, std::unique_ptr<EngineBackend> backend)
{
    m_byInstance.insert(instanceId, backend.get());
    m_backends.push_back(std::move(backend));
}

bool EngineBackends::start(const QString& spec, const QProcessEnvironment& environment, QString* error)
{
    if (spec == QLatin1String("auto")) {
        m_local = std::make_unique<LocalEngines>();
        if (!m_local->start(error))
            return false;
        add(redisInstance(),
            std::make_unique<RedisAclBackend>(
                kLoopback, m_local->redisPort(), m_local->redisAdminUser(), m_local->redisAdminPassword()));
        add(postgresInstance(),
            std::make_unique<PostgresBackend>(
                SqlEngineBackend::Admin::postgres(
                    m_local->postgresSocketFolder(), m_local->postgresPort(), m_local->postgresAdmin()),
                kLoopback,
                m_local->postgresPort()));
        add(mysqlInstance(),
            std::make_unique<MysqlBackend>(SqlEngineBackend::Admin::mysql(QStringLiteral("localhost"),
                                               0,
                                               m_local->mysqlAdmin(),
                                               {},
                                               QStringLiteral("UNIX_SOCKET=") + m_local->mysqlSocket()),
                kLoopback,
                m_local->mysqlPort()));
        return true;
    }
    const QHash<QString, Address> addresses = parseSpec(spec, error);
    if (addresses.isEmpty())
        return false;
    const auto env = [&environment](const char* name, const QString& fallback = {}) {
        return environment.value(QLatin1String(name), fallback);
    };
    if (addresses.contains(QStringLiteral("redis"))) {
        const Address a = addresses.value(QStringLiteral("redis"));
        add(redisInstance(),
            std::make_unique<RedisAclBackend>(
                a.host, a.port, env("APSARA_REDIS_ADMIN_USER").toUtf8(), env("APSARA_REDIS_ADMIN_PASSWORD").toUtf8()));
    }
    if (addresses.contains(QStringLiteral("postgres"))) {
        const Address a = addresses.value(QStringLiteral("postgres"));
        add(postgresInstance(),
            std::make_unique<PostgresBackend>(
                SqlEngineBackend::Admin::postgres(
                    a.host, a.port, env("APSARA_POSTGRES_ADMIN_USER", QStringLiteral("postgres"))),
                a.host,
                a.port));
    }
    if (addresses.contains(QStringLiteral("mysql"))) {
        const Address a = addresses.value(QStringLiteral("mysql"));
        add(mysqlInstance(),
            std::make_unique<MysqlBackend>(SqlEngineBackend::Admin::mysql(a.host,
                                               a.port,
                                               env("APSARA_MYSQL_ADMIN_USER", QStringLiteral("root")),
                                               env("APSARA_MYSQL_ADMIN_PASSWORD")),
                a.host,
                a.port));
    }
    return true;
}

bool EngineBackends::adopt(const SandboxState& state, QString* error)
{
    for (const SandboxInstance& instance : state.instances()) {
        EngineBackend* backend = forInstance(instance.instance.id);
        if (!backend)
            continue;
        if (const QString problem = backend->adopt(instance); !problem.isEmpty()) {
            *error = tr("The engine behind %1 refused the demo accounts: %2").arg(instance.instance.id, problem);
            return false;
        }
    }
    return true;
}
