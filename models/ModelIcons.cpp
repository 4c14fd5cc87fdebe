#include "ModelIcons.h"

QIcon ModelIcons::engine(Engine engine) const
{
    switch (engine) {
    case Engine::MySQL:
        return icon(QStringLiteral("engine-mysql.svg"));
    case Engine::PostgreSQL:
        return icon(QStringLiteral("engine-postgresql.svg"));
    case Engine::SQLServer:
        return icon(QStringLiteral("engine-sqlserver.svg"));
    case Engine::MariaDB:
        return icon(QStringLiteral("engine-mariadb.svg"));
    case Engine::Redis:
        return icon(QStringLiteral("engine-redis.svg"));
    }
    return {};
}

QIcon ModelIcons::region() const
{
    return icon(QStringLiteral("region.svg"));
}

QIcon ModelIcons::ok() const
{
    return icon(QStringLiteral("status-ok.svg"));
}

QIcon ModelIcons::warning() const
{
    return icon(QStringLiteral("status-warning.svg"));
}

QIcon ModelIcons::icon(const QString& name) const
{
    auto it = m_cache.constFind(name);
    if (it == m_cache.constEnd())
        it = m_cache.insert(name, QIcon(QStringLiteral(":/icons/") + name));
    return *it;
}
