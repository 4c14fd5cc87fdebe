#include "DemoData.h"

namespace {

const QString kAvailable = QStringLiteral("Available");

struct Grant
{
    const char* dbName;
    const char* privilege;
};

QString privilegeDetail(const QString& privilege)
{
    if (privilege == QLatin1String("ReadOnly"))
        return QStringLiteral("SELECT,LOCK TABLES,SHOW VIEW,EXECUTE");
    if (privilege == QLatin1String("DMLOnly"))
        return QStringLiteral("SELECT,INSERT,UPDATE,DELETE,CREATE TEMPORARY TABLES,LOCK TABLES,EXECUTE");
    if (privilege == QLatin1String("DDLOnly"))
        return QStringLiteral("CREATE,DROP,INDEX,ALTER,CREATE VIEW,SHOW VIEW,CREATE ROUTINE,ALTER ROUTINE");
    if (privilege == QLatin1String("DBOwner"))
        return QStringLiteral("ALL PRIVILEGES");
    return QStringLiteral("SELECT,INSERT,UPDATE,DELETE,CREATE,DROP,REFERENCES,INDEX,ALTER,CREATE TEMPORARY "
                          "TABLES,LOCK TABLES,EXECUTE,CREATE VIEW,SHOW VIEW,CREATE ROUTINE,ALTER ROUTINE,EVENT,"
                          "TRIGGER");
}

SandboxAccount account(const QString& instanceId,
    const QString& name,
    const QString& type,
    const QString& status,
    const QString& description,
    const QList<Grant>& grants,
    const QDateTime& createdAt)
{
    SandboxAccount a;
    a.account.instanceId = instanceId;
    a.account.name = name;
    a.account.type = type;
    a.account.status = status;
    a.account.description = description;
    for (const Grant& g : grants) {
        const QString privilege = QLatin1String(g.privilege);
        a.account.privileges.append({ QLatin1String(g.dbName),
            privilege,
            instanceId.startsWith(QLatin1String("r-")) ? QString() : privilegeDetail(privilege) });
    }
    a.passwordSha256 = SandboxAccount::hashPassword(QLatin1String(DemoData::DemoPassword));
    a.createdAt = createdAt;
    return a;
}

SandboxInstance instance(const QString& id,
    const QString& regionId,
    const QString& zoneId,
    Engine engine,
    const QString& version,
    const QString& status,
    const QString& instanceClass,
    const QString& description,
    const QDateTime& createdAt)
{
    SandboxInstance s;
    s.instance.id = id;
    s.instance.regionId = regionId;
    s.instance.description = description;
    s.instance.product = ProductInfo::productOf(engine);
    s.instance.engine = engine;
    s.instance.engineVersion = version;
    s.instance.status = status;
    s.instance.instanceClass = instanceClass;
    s.zoneId = zoneId;
    s.createdAt = createdAt;
    return s;
}

Database database(const char* name, const char* charset, const char* description)
{
    return { QLatin1String(name), QStringLiteral("Running"), QLatin1String(charset), QString::fromUtf8(description) };
}

QList<SandboxRegion> regions()
{
    return {
        { QStringLiteral("cn-hangzhou"),
            QStringLiteral("China (Hangzhou)"),
            QStringLiteral("华东1（杭州）"),
            QStringLiteral("rds.aliyuncs.com"),
            QStringLiteral("r-kvstore.aliyuncs.com"),
            { QStringLiteral("cn-hangzhou-h"), QStringLiteral("cn-hangzhou-i"), QStringLiteral("cn-hangzhou-j") } },
        { QStringLiteral("cn-shanghai"),
            QStringLiteral("China (Shanghai)"),
            QStringLiteral("华东2（上海）"),
            QStringLiteral("rds.aliyuncs.com"),
            QStringLiteral("r-kvstore.aliyuncs.com"),
            { QStringLiteral("cn-shanghai-b"), QStringLiteral("cn-shanghai-l") } },
        { QStringLiteral("ap-southeast-1"),
            QStringLiteral("Singapore"),
            QStringLiteral("新加坡"),
            QStringLiteral("rds.aliyuncs.com"),
            QStringLiteral("r-kvstore.ap-southeast-1.aliyuncs.com"),
            { QStringLiteral("ap-southeast-1a"), QStringLiteral("ap-southeast-1c") } },
    };
}

void addMySql80(SandboxState& state, const QDateTime& now)
{
    const QString id = QStringLiteral("rm-bp1k8x3n2q7w4e5r6");
    SandboxInstance s = instance(id,
        QStringLiteral("cn-hangzhou"),
        QStringLiteral("cn-hangzhou-h"),
        Engine::MySQL,
        QStringLiteral("8.0"),
        QStringLiteral("Running"),
        QStringLiteral("mysql.n4.large.2c"),
        QString::fromUtf8("订单系统主库 (orders-prod)"),
        now.addDays(-412));
    s.instance.databases = { database("app_db", "utf8mb4", "Web application"),
        database("orders", "utf8mb4", "订单数据"),
        database("analytics", "utf8mb4", "Reporting and BI") };
    const QDateTime t = now.addDays(-300);
    s.accounts = {
        account(id,
            QStringLiteral("dba_super"),
            QStringLiteral("Super"),
            kAvailable,
            QString::fromUtf8("DBA 高权限账号"),
            {},
            t),
        account(id,
            QStringLiteral("app_rw"),
            QStringLiteral("Normal"),
            kAvailable,
            QString::fromUtf8("订单服务读写账号"),
            { { "app_db", "ReadWrite" }, { "orders", "ReadWrite" } },
            t),
        account(id,
            QStringLiteral("report_ro"),
            QStringLiteral("Normal"),
            kAvailable,
            QString::fromUtf8("报表只读账号"),
            { { "analytics", "ReadOnly" }, { "orders", "ReadOnly" } },
            t),
        account(id,
            QStringLiteral("etl_loader"),
            QStringLiteral("Normal"),
            kAvailable,
            QStringLiteral("Nightly ETL job"),
            { { "analytics", "DMLOnly" } },
            t),
        account(id,
            QStringLiteral("schema_migrator"),
            QStringLiteral("Normal"),
            kAvailable,
            QStringLiteral("Flyway schema migrations"),
            { { "app_db", "DDLOnly" } },
            t),
        account(id,
            QStringLiteral("legacy_batch"),
            QStringLiteral("Normal"),
            QStringLiteral("Unavailable"),
            QStringLiteral("Old batch job, being retired"),
            {},
            now.addDays(-700)),
        account(id,
            QStringLiteral("new_reporting"),
            QStringLiteral("Normal"),
            QStringLiteral("Creating"),
            QString::fromUtf8("新报表系统"),
            {},
            now),
    };
    // The Creating account finishes a little later, so a demo shows the status change.
    s.accounts.last().availableAt = now.addSecs(90);
    state.instances().append(s);
}

void addOtherRds(SandboxState& state, const QDateTime& now)
{
    const QDateTime t = now.addDays(-200);
    QString id = QStringLiteral("rm-bp19a2c4d6f8h0j1k");
    SandboxInstance mysql57 = instance(id,
        QStringLiteral("cn-hangzhou"),
        QStringLiteral("cn-hangzhou-i"),
        Engine::MySQL,
        QStringLiteral("5.7"),
        QStringLiteral("Running"),
        QStringLiteral("rds.mysql.s2.large"),
        QStringLiteral("CRM legacy"),
        now.addDays(-1500));
    mysql57.instance.databases
        = { database("crm", "utf8", "Customer records"), database("crm_archive", "utf8", "Closed deals before 2022") };
    mysql57.accounts = {
        account(id, QStringLiteral("crm_admin"), QStringLiteral("Super"), kAvailable, QStringLiteral("CRM DBA"), {}, t),
        account(id,
            QStringLiteral("crm_app"),
            QStringLiteral("Normal"),
            kAvailable,
            QStringLiteral("CRM web app"),
            { { "crm", "ReadWrite" } },
            t),
        account(id,
            QStringLiteral("crm_audit"),
            QStringLiteral("Normal"),
            kAvailable,
            QString::fromUtf8("审计只读"),
            { { "crm_archive", "ReadOnly" }, { "crm", "ReadOnly" } },
            t),
    };
    state.instances().append(mysql57);

    id = QStringLiteral("pgm-bp1m3n5b7v9c1x2z");
    SandboxInstance pg = instance(id,
        QStringLiteral("cn-shanghai"),
        QStringLiteral("cn-shanghai-b"),
        Engine::PostgreSQL,
        QStringLiteral("14"),
        QStringLiteral("Running"),
        QStringLiteral("pg.n2.medium.2c"),
        QString::fromUtf8("数据仓库 PostgreSQL"),
        now.addDays(-260));
    pg.instance.databases
        = { database("warehouse", "UTF8", "Data warehouse"), database("staging", "UTF8", "ETL staging area") };
    pg.accounts = {
        account(id,
            QStringLiteral("pg_owner"),
            QStringLiteral("Super"),
            kAvailable,
            QStringLiteral("Warehouse owner"),
            { { "warehouse", "DBOwner" } },
            t),
        account(id,
            QStringLiteral("etl_writer"),
            QStringLiteral("Normal"),
            kAvailable,
            QStringLiteral("Loads staging tables"),
            { { "staging", "DBOwner" } },
            t),
        account(id,
            QStringLiteral("bi_analyst"),
            QStringLiteral("Normal"),
            QStringLiteral("Locked"),
            QString::fromUtf8("已离职员工，账号锁定"),
            {},
            t),
        account(id,
            QStringLiteral("dw_reader"),
            QStringLiteral("Normal"),
            kAvailable,
            QStringLiteral("Dashboard reader"),
            {},
            t),
    };
    state.instances().append(pg);

    id = QStringLiteral("rm-uf6t2y4u6i8o0p1a");
    SandboxInstance mssql = instance(id,
        QStringLiteral("cn-shanghai"),
        QStringLiteral("cn-shanghai-l"),
        Engine::SQLServer,
        QStringLiteral("2019_ent"),
        QStringLiteral("Running"),
        QStringLiteral("mssql.x4.medium.e2"),
        QStringLiteral("Finance ERP"),
        now.addDays(-640));
    mssql.instance.databases = { database("finance_db", "Chinese_PRC_CI_AS", "General ledger"),
        database("hr_db", "Chinese_PRC_CI_AS", "人事系统") };
    mssql.accounts = {
        account(id,
            QStringLiteral("mssql_admin"),
            QStringLiteral("Super"),
            kAvailable,
            QStringLiteral("ERP administrator"),
            {},
            t),
        account(id,
            QStringLiteral("finance_app"),
            QStringLiteral("Normal"),
            kAvailable,
            QStringLiteral("ERP application"),
            { { "finance_db", "ReadWrite" } },
            t),
        account(id,
            QStringLiteral("hr_readonly"),
            QStringLiteral("Normal"),
            kAvailable,
            QString::fromUtf8("人事报表"),
            { { "hr_db", "ReadOnly" } },
            t),
        account(id,
            QStringLiteral("ledger_owner"),
            QStringLiteral("Normal"),
            kAvailable,
            QStringLiteral("Ledger schema owner"),
            { { "finance_db", "DBOwner" } },
            t),
    };
    state.instances().append(mssql);

    id = QStringLiteral("rm-gs5q7w9e1r3t5y7u");
    SandboxInstance maria = instance(id,
        QStringLiteral("ap-southeast-1"),
        QStringLiteral("ap-southeast-1a"),
        Engine::MariaDB,
        QStringLiteral("10.3"),
        QStringLiteral("Running"),
        QStringLiteral("mariadb.n2.medium.1"),
        QStringLiteral("SEA web shop"),
        now.addDays(-90));
    maria.instance.databases
        = { database("shop", "utf8mb4", "Storefront"), database("inventory", "utf8mb4", "Stock levels") };
    maria.accounts = {
        account(
            id, QStringLiteral("maria_admin"), QStringLiteral("Super"), kAvailable, QStringLiteral("Shop DBA"), {}, t),
        account(id,
            QStringLiteral("shop_app"),
            QStringLiteral("Normal"),
            kAvailable,
            QStringLiteral("Storefront service"),
            { { "shop", "ReadWrite" } },
            t),
        account(id,
            QStringLiteral("inventory_ro"),
            QStringLiteral("Normal"),
            kAvailable,
            QStringLiteral("Warehouse scanners"),
            { { "inventory", "ReadOnly" } },
            t),
    };
    state.instances().append(maria);

    id = QStringLiteral("rm-bp1z9y8x7w6v5u4t");
    SandboxInstance restarting = instance(id,
        QStringLiteral("cn-hangzhou"),
        QStringLiteral("cn-hangzhou-j"),
        Engine::MySQL,
        QStringLiteral("8.0"),
        QStringLiteral("Restarting"),
        QStringLiteral("mysql.n2.small.1"),
        QString::fromUtf8("预发环境"),
        now.addDays(-30));
    restarting.instance.databases = { database("staging_app", "utf8mb4", "Pre-release copy") };
    restarting.accounts = {
        account(id,
            QStringLiteral("staging_admin"),
            QStringLiteral("Super"),
            kAvailable,
            QStringLiteral("Staging DBA"),
            {},
            t),
        account(id,
            QStringLiteral("staging_app"),
            QStringLiteral("Normal"),
            kAvailable,
            QStringLiteral("Staging application"),
            { { "staging_app", "ReadWrite" } },
            t),
    };
    state.instances().append(restarting);
}

// One RDS instance per row of the RDS seed's error table that needs an instance state: Stopped and Locked
// ("Current DB instance state does not support this operation", 403), Migrating (InvalidDBInstanceStatus) and a
// small instance at its account quota (AccountQuotaExceeded). Restarting (400, wait and retry) is above.
void addErrorTableInstances(SandboxState& state, const QDateTime& now)
{
    const QDateTime t = now.addDays(-60);
    struct Row
    {
        const char* id;
        Engine engine;
        const char* version;
        const char* status;
        const char* description;
        const char* accountName;
    };
    const Row rows[] = {
        { "rm-t4n1stopped0demo1", Engine::MySQL, "8.0", "Stopped", "Load-test bench (stopped)", "bench_admin" },
        { "rm-t4n2locked00demo2", Engine::MySQL, "5.7", "Locked", "Expired subscription (locked)", "legacy_admin" },
        { "pgm-t4n3migrating0d3", Engine::PostgreSQL, "14", "Migrating", "Moving to a new host", "pg_admin" },
    };
    for (const Row& row : rows) {
        const QString id = QLatin1String(row.id);
        SandboxInstance s = instance(id,
            QStringLiteral("ap-southeast-1"),
            QStringLiteral("ap-southeast-1c"),
            row.engine,
            QLatin1String(row.version),
            QLatin1String(row.status),
            row.engine == Engine::PostgreSQL ? QStringLiteral("pg.n2.small.1") : QStringLiteral("mysql.n2.small.1"),
            QLatin1String(row.description),
            now.addDays(-120));
        s.instance.databases
            = { database("app", row.engine == Engine::PostgreSQL ? "UTF8" : "utf8mb4", "Application") };
        s.accounts = { account(id,
            QLatin1String(row.accountName),
            QStringLiteral("Super"),
            kAvailable,
            QStringLiteral("Instance administrator"),
            {},
            t) };
        state.instances().append(s);
    }

    const QString id = QStringLiteral("rm-t4n4quota000demo4");
    SandboxInstance full = instance(id,
        QStringLiteral("ap-southeast-1"),
        QStringLiteral("ap-southeast-1c"),
        Engine::MySQL,
        QStringLiteral("8.0"),
        QStringLiteral("Running"),
        QStringLiteral("mysql.n1.micro.1"),
        QStringLiteral("Developer sandbox (account quota 3)"),
        now.addDays(-45));
    full.accountQuota = 3;
    full.instance.databases = { database("dev", "utf8mb4", "Developer scratch") };
    full.accounts = {
        account(id, QStringLiteral("dev_admin"), QStringLiteral("Super"), kAvailable, QStringLiteral("Dev DBA"), {}, t),
        account(id,
            QStringLiteral("dev_app"),
            QStringLiteral("Normal"),
            kAvailable,
            QStringLiteral("Dev application"),
            { { "dev", "ReadWrite" } },
            t),
        account(
            id, QStringLiteral("dev_tester"), QStringLiteral("Normal"), kAvailable, QStringLiteral("QA runs"), {}, t),
    };
    state.instances().append(full);
}

SandboxInstance redis(const QString& id,
    const QString& regionId,
    const QString& zoneId,
    const QString& version,
    Architecture architecture,
    const QString& instanceClass,
    const QString& description,
    const QDateTime& now)
{
    SandboxInstance s = instance(id,
        regionId,
        zoneId,
        Engine::Redis,
        version,
        QStringLiteral("Running"),
        instanceClass,
        description,
        now.addDays(-180));
    s.instance.architecture = architecture;
    // The default account comes with the instance and is named exactly like it. Redis descriptions use letters,
    // digits, _ and - only (the Redis seed), hence the hyphens throughout.
    s.accounts.append(account(id,
        id,
        QStringLiteral("Normal"),
        kAvailable,
        QStringLiteral("Default-account"),
        { { "", "RoleReadWrite" } },
        s.createdAt));
    return s;
}

void addRedis(SandboxState& state, const QDateTime& now)
{
    const QDateTime t = now.addDays(-100);
    SandboxInstance standard = redis(QStringLiteral("r-bp1a2b3c4d5e6f7g8"),
        QStringLiteral("cn-hangzhou"),
        QStringLiteral("cn-hangzhou-h"),
        QStringLiteral("6.0"),
        Architecture::Standard,
        QStringLiteral("redis.master.mid.default"),
        QString::fromUtf8("会话与购物车缓存"),
        now);
    struct Row
    {
        const char* name;
        const char* privilege;
        const char* description;
    };
    // 18 accounts plus the default one: 19 of the 20 the product allows.
    const Row rows[] = {
        { "web-frontend", "RoleReadWrite", "Web-frontend-sessions" },
        { "api-gateway", "RoleReadWrite", "API-gateway-tokens" },
        { "session-store", "RoleReadWrite", "Session-store" },
        { "cart-service", "RoleReadWrite", "Cart-service" },
        { "payment-cache", "RoleReadWrite", "Payment-idempotency-keys" },
        { "search-indexer", "RoleReadOnly", "Search-indexer-reads" },
        { "recommend-svc", "RoleReadOnly", "Recommendation-reads" },
        { "notify-worker", "RoleReadWrite", "Notification-queue" },
        { "geo-lookup", "RoleReadOnly", "Geo-lookup-cache" },
        { "rate-limiter", "RoleReadWrite", "Rate-limit-counters" },
        { "feature-flags", "RoleReadOnly", "Feature-flag-reads" },
        { "ops-monitor", "RoleReadOnly", "Ops-monitoring" },
        { "backup-sync", "RoleRepl", "Replication-to-DR-site" },
        { "analytics-ro", "RoleReadOnly", "Analytics-sampling" },
        { "mobile-bff", "RoleReadWrite", "Mobile-backend" },
        { "queue-worker", "RoleReadWrite", "Job-queue" },
        { "leaderboard", "RoleReadWrite", "Game-leaderboard" },
        { "audit-reader", "RoleReadOnly", "Audit" },
    };
    for (const Row& row : rows) {
        standard.accounts.append(account(standard.instance.id,
            QLatin1String(row.name),
            QStringLiteral("Normal"),
            kAvailable,
            QString::fromUtf8(row.description),
            { { "", row.privilege } },
            t));
    }
    state.instances().append(standard);

    SandboxInstance cluster = redis(QStringLiteral("r-bp1h9j8k7l6m5n4b3"),
        QStringLiteral("cn-hangzhou"),
        QStringLiteral("cn-hangzhou-i"),
        QStringLiteral("5.0"),
        Architecture::Cluster,
        QStringLiteral("redis.logic.sharding.2g.8db.0rodb.8proxy"),
        QStringLiteral("Game state cluster"),
        now);
    cluster.accounts.append(account(cluster.instance.id,
        QStringLiteral("game-rw"),
        QStringLiteral("Normal"),
        kAvailable,
        QStringLiteral("Game-servers"),
        { { "", "RoleReadWrite" } },
        t));
    cluster.accounts.append(account(cluster.instance.id,
        QStringLiteral("game-ro"),
        QStringLiteral("Normal"),
        kAvailable,
        QStringLiteral("Operations-read-only"),
        { { "", "RoleReadOnly" } },
        t));
    state.instances().append(cluster);

    SandboxInstance rwsplit = redis(QStringLiteral("r-uf6q1w2e3r4t5y6u7"),
        QStringLiteral("cn-shanghai"),
        QStringLiteral("cn-shanghai-b"),
        QStringLiteral("4.0"),
        Architecture::ReadWriteSplitting,
        QStringLiteral("redis.amber.logic.splitrw.mid.1db.1rodb.4proxy.default"),
        QStringLiteral("Catalog read replicas"),
        now);
    rwsplit.accounts.append(account(rwsplit.instance.id,
        QStringLiteral("reporting-ro"),
        QStringLiteral("Normal"),
        kAvailable,
        QStringLiteral("Reporting-reads"),
        { { "", "RoleReadOnly" } },
        t));
    state.instances().append(rwsplit);

    // Redis 2.8 cannot manage accounts; it shows why and that an upgrade is needed.
    state.instances().append(redis(QStringLiteral("r-bp1x28legacy0c8v7"),
        QStringLiteral("cn-hangzhou"),
        QStringLiteral("cn-hangzhou-j"),
        QStringLiteral("2.8"),
        Architecture::Standard,
        QStringLiteral("redis.master.small.default"),
        QString::fromUtf8("旧版缓存 (2.8)"),
        now));
}

} // namespace

namespace DemoData {

SandboxState build(const QDateTime& now)
{
    SandboxState state;
    state.regions() = regions();
    addMySql80(state, now);
    addOtherRds(state, now);
    addErrorTableInstances(state, now);
    addRedis(state, now);
    return state;
}

} // namespace DemoData
