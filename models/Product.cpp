#include "Product.h"

#include <QCoreApplication>

namespace ProductInfo {

Product productOf(Engine engine)
{
    return engine == Engine::Redis ? Product::Redis : Product::Rds;
}

QString productCode(Product product)
{
    return product == Product::Redis ? QStringLiteral("r-kvstore") : QStringLiteral("rds");
}

QString apiVersion(Product product)
{
    return product == Product::Redis ? QStringLiteral("2015-01-01") : QStringLiteral("2014-08-15");
}

QString instanceIdParameter(Product product)
{
    return product == Product::Redis ? QStringLiteral("InstanceId") : QStringLiteral("DBInstanceId");
}

std::optional<Product> productFromCode(const QString& code)
{
    if (code.compare(QLatin1String("rds"), Qt::CaseInsensitive) == 0)
        return Product::Rds;
    if (code.compare(QLatin1String("r-kvstore"), Qt::CaseInsensitive) == 0)
        return Product::Redis;
    return std::nullopt;
}

std::optional<Product> productFromApiVersion(const QString& version)
{
    if (version == apiVersion(Product::Rds))
        return Product::Rds;
    if (version == apiVersion(Product::Redis))
        return Product::Redis;
    return std::nullopt;
}

QString engineWireName(Engine engine)
{
    switch (engine) {
    case Engine::MySQL:
        return QStringLiteral("MySQL");
    case Engine::PostgreSQL:
        return QStringLiteral("PostgreSQL");
    case Engine::SQLServer:
        return QStringLiteral("SQLServer");
    case Engine::MariaDB:
        return QStringLiteral("MariaDB");
    case Engine::Redis:
        return QStringLiteral("Redis");
    }
    return {};
}

std::optional<Engine> engineFromWireName(const QString& name)
{
    for (Engine e : { Engine::MySQL, Engine::PostgreSQL, Engine::SQLServer, Engine::MariaDB, Engine::Redis }) {
        if (name.compare(engineWireName(e), Qt::CaseInsensitive) == 0)
            return e;
    }
    if (name.compare(QLatin1String("Tair"), Qt::CaseInsensitive) == 0)
        return Engine::Redis;
    return std::nullopt;
}

QString engineDisplayName(Engine engine)
{
    switch (engine) {
    case Engine::MySQL:
        return QCoreApplication::translate("ProductInfo", "MySQL");
    case Engine::PostgreSQL:
        return QCoreApplication::translate("ProductInfo", "PostgreSQL");
    case Engine::SQLServer:
        return QCoreApplication::translate("ProductInfo", "SQL Server");
    case Engine::MariaDB:
        return QCoreApplication::translate("ProductInfo", "MariaDB");
    case Engine::Redis:
        return QCoreApplication::translate("ProductInfo", "Redis");
    }
    return {};
}

QString architectureWireName(Architecture architecture)
{
    switch (architecture) {
    case Architecture::Standard:
        return QStringLiteral("standard");
    case Architecture::Cluster:
        return QStringLiteral("cluster");
    case Architecture::ReadWriteSplitting:
        return QStringLiteral("rwsplit");
    }
    return {};
}

std::optional<Architecture> architectureFromWireName(const QString& name)
{
    for (Architecture a : { Architecture::Standard, Architecture::Cluster, Architecture::ReadWriteSplitting }) {
        if (name.compare(architectureWireName(a), Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

QString productDisplayName(Product product)
{
    return product == Product::Redis ? QCoreApplication::translate("ProductInfo", "ApsaraDB for Redis")
                                     : QCoreApplication::translate("ProductInfo", "ApsaraDB RDS");
}

} // namespace ProductInfo
