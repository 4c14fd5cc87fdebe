#include "InstanceKeywords.h"

namespace InstanceKeywords {

const QStringList& accountWords()
{
    static const QStringList words = {
        QStringLiteral("root"),
        QStringLiteral("admin"),
        QStringLiteral("administrator"),
        QStringLiteral("mysql"),
        QStringLiteral("test"),
        QStringLiteral("select"),
        QStringLiteral("insert"),
        QStringLiteral("update"),
        QStringLiteral("delete"),
        QStringLiteral("drop"),
        QStringLiteral("create"),
        QStringLiteral("grant"),
        QStringLiteral("information_schema"),
        QStringLiteral("performance_schema"),
        QStringLiteral("sys"),
        QStringLiteral("mysql.sys"),
        QStringLiteral("mysql.session"),
        QStringLiteral("replicator"),
        QStringLiteral("aurora"),
        QStringLiteral("aliyun_root"),
        QStringLiteral("aliyun_admin"),
        QStringLiteral("rdsadmin"),
        QStringLiteral("rds_admin"),
        QStringLiteral("rdsrepladmin"),
        QStringLiteral("postgres"),
        QStringLiteral("pg_monitor"),
        QStringLiteral("pg_signal_backend"),
        QStringLiteral("sa"),
        QStringLiteral("sysadmin"),
        QStringLiteral("guest"),
        QStringLiteral("public"),
        QStringLiteral("dbo"),
        QStringLiteral("user"),
        QStringLiteral("null"),
        QStringLiteral("master"),
        QStringLiteral("slave"),
        QStringLiteral("backup"),
        QStringLiteral("monitor"),
        QStringLiteral("eagleye"),
        QStringLiteral("superuser"),
    };
    return words;
}

const QStringList& databaseWords()
{
    static const QStringList words = {
        QStringLiteral("mysql"),
        QStringLiteral("information_schema"),
        QStringLiteral("performance_schema"),
        QStringLiteral("sys"),
        QStringLiteral("test"),
        QStringLiteral("postgres"),
        QStringLiteral("template0"),
        QStringLiteral("template1"),
        QStringLiteral("master"),
        QStringLiteral("model"),
        QStringLiteral("msdb"),
        QStringLiteral("tempdb"),
        QStringLiteral("resource"),
        QStringLiteral("distribution"),
    };
    return words;
}

} // namespace InstanceKeywords
