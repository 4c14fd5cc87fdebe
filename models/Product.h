#pragma once

#include <QString>

#include <optional>

// The two cloud products and the database engines behind them. Wire names are the API's own spellings.
enum class Product { Rds, Redis };

enum class Engine { MySQL, PostgreSQL, SQLServer, MariaDB, Redis };

// Redis architecture; the Copy (RoleRepl) privilege exists only on Standard instances.
enum class Architecture { Standard, Cluster, ReadWriteSplitting };

namespace ProductInfo {
Product productOf(Engine engine);
QString productCode(Product product); // "rds" / "r-kvstore": endpoint prefix and --endpoint key
QString apiVersion(Product product); // "2014-08-15" / "2015-01-01"
QString instanceIdParameter(Product product); // "DBInstanceId" / "InstanceId"
std::optional<Product> productFromCode(const QString& code);
std::optional<Product> productFromApiVersion(const QString& version);
QString engineWireName(Engine engine); // "MySQL", "PostgreSQL", "SQLServer", "MariaDB", "Redis"
std::optional<Engine> engineFromWireName(const QString& name); // case-insensitive
QString engineDisplayName(Engine engine); // translatable: "SQL Server", ...
QString architectureWireName(Architecture architecture); // "standard", "cluster", "rwsplit"
std::optional<Architecture> architectureFromWireName(const QString& name);
QString productDisplayName(Product product); // translatable: "ApsaraDB RDS", "ApsaraDB for Redis"
} // namespace ProductInfo
