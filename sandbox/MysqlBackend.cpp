#include "MysqlBackend.h"

#include "EngineSecret.h"

QString MysqlBackend::user(const QString& name)
{
    // Account names are letters, digits and underscores (AccountRules), so quoting is enough.
    return QLatin1Char('\'') + name + QStringLiteral("'@'%'");
}

QString MysqlBackend::adopt(const SandboxInstance& instance)
{
    m_databases.clear();
    QStringList statements;
    for (const Database& database : instance.instance.databases) {
        m_databases.append(database.name);
        statements << QStringLiteral("CREATE DATABASE IF NOT EXISTS `%1`").arg(database.name);
    }
    if (const QString error = exec(statements); !error.isEmpty())
        return error;
    for (const SandboxAccount& a : instance.accounts) {
        QString error = exec({ QStringLiteral("CREATE USER IF NOT EXISTS %1 IDENTIFIED BY %2")
                                   .arg(user(a.account.name), literal(QString::fromLatin1(EngineSecret::random()))) });
        if (error.isEmpty())
            error = applyPrivileges(a.account);
        if (error.isEmpty() && a.account.status == QLatin1String("Locked"))
            error = setLoginAllowed(a.account, false);
        if (!error.isEmpty())
            return error;
        m_adopted.insert(a.account.name);
    }
    return {};
}

QString MysqlBackend::readBack(SandboxInstance& instance)
{
    QString error;
    const QStringList present = column(QStringLiteral("SELECT User FROM mysql.user WHERE Host = '%'"), &error);
    if (error.isEmpty())
        applyTruth(instance, present, {}, m_adopted);
    return error;
}

QString MysqlBackend::createAccount(const Account& account, const QString& password)
{
    if (const QString error
        = exec({ QStringLiteral("CREATE USER %1 IDENTIFIED BY %2").arg(user(account.name), literal(password)) });
        !error.isEmpty())
        return error;
    if (const QString error = applyPrivileges(account); !error.isEmpty()) {
        dropAccount(account);
        return error;
    }
    m_adopted.insert(account.name);
    return {};
}

QString MysqlBackend::setPassword(const Account& account, const QString& password)
{
    return exec({ QStringLiteral("ALTER USER %1 IDENTIFIED BY %2").arg(user(account.name), literal(password)) });
}

QString MysqlBackend::applyPrivileges(const Account& account)
{
    QStringList statements { QStringLiteral("REVOKE ALL PRIVILEGES, GRANT OPTION FROM %1").arg(user(account.name)) };
    if (account.type == QLatin1String("Super"))
        statements << QStringLiteral("GRANT ALL PRIVILEGES ON *.* TO %1 WITH GRANT OPTION").arg(user(account.name));
    for (const DatabasePrivilege& p : account.privileges) {
        const QString list = p.detail.isEmpty() ? mysqlPrivilegeList(p.privilege) : p.detail;
        statements << QStringLiteral("GRANT %1 ON `%2`.* TO %3").arg(list, p.dbName, user(account.name));
    }
    return exec(statements);
}

QString MysqlBackend::setLoginAllowed(const Account& account, bool allowed)
{
    return exec({ QStringLiteral("ALTER USER %1 ACCOUNT %2")
                      .arg(user(account.name), allowed ? QStringLiteral("UNLOCK") : QStringLiteral("LOCK")) });
}

QString MysqlBackend::dropAccount(const Account& account)
{
    return exec({ QStringLiteral("DROP USER %1").arg(user(account.name)) });
}
