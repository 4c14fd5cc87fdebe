#include "MysqlBackend.h"

#include "EngineSecret.h"

#include <QHash>

namespace {

// Account names are letters, digits and underscores (AccountRules), so quoting is enough.
SqlEngineBackend::Statements mysqlStatements()
{
    return {
        .name = QStringLiteral("'%1'@'%'"),
        .createLogin = QStringLiteral("CREATE USER %1 IDENTIFIED BY %2%3"),
        .setPassword = QStringLiteral("ALTER USER %1 IDENTIFIED BY %2"),
        .allowLogin = QStringLiteral("ALTER USER %1 ACCOUNT UNLOCK"),
        .denyLogin = QStringLiteral("ALTER USER %1 ACCOUNT LOCK"),
        .drop = { QStringLiteral("DROP USER %1") },
        .privilegedRights = {},
        .normalRights = {},
    };
}

} // namespace

MysqlBackend::MysqlBackend(const Admin& admin, const QString& host, quint16 port)
    : SqlEngineBackend(mysqlStatements(), admin, host, port)
{
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
        QString error
            = exec({ QStringLiteral("CREATE USER IF NOT EXISTS %1 IDENTIFIED BY %2")
                         .arg(accountName(a.account.name), literal(QString::fromLatin1(EngineSecret::random()))) });
        if (error.isEmpty())
            error = applyPrivileges(a.account);
        // An account that may not log in (Locked, Unavailable) is a locked user: the engine refuses it too.
        if (error.isEmpty()
            && (a.account.status == QLatin1String("Locked") || a.account.status == QLatin1String("Unavailable")))
            error = setLoginAllowed(a.account, false);
        if (!error.isEmpty())
            return error;
        m_adopted.insert(a.account.name);
    }
    return {};
}

QStringList MysqlBackend::lockedUsers(QString* error)
{
    // MariaDB keeps the lock in mysql.global_priv's JSON; MySQL in mysql.user.account_locked.
    QStringList locked = column(QStringLiteral("SELECT User FROM mysql.global_priv WHERE Host = '%' AND "
                                               "JSON_VALUE(Priv, '$.account_locked') IN ('true', '1')"),
        error);
    if (!error->isEmpty()) {
        error->clear();
        locked = column(QStringLiteral("SELECT User FROM mysql.user WHERE Host = '%' AND account_locked = 'Y'"), error);
    }
    return locked;
}

DatabasePrivilege MysqlBackend::privilegeFor(
    const QString& database, const QStringList& granted, const QString& recorded)
{
    const auto listOf = [](const QString& privilege) {
        const QStringList list = mysqlPrivilegeList(privilege).split(QLatin1Char(','));
        return QSet<QString>(list.begin(), list.end());
    };
    const QSet<QString> held(granted.begin(), granted.end());
    QStringList names {
        QStringLiteral("ReadWrite"), QStringLiteral("ReadOnly"), QStringLiteral("DMLOnly"), QStringLiteral("DDLOnly")
    };
    if (!recorded.isEmpty() && recorded != QLatin1String("Custom"))
        names.prepend(recorded);
    for (const QString& name : std::as_const(names)) {
        // ALL PRIVILEGES (DBOwner) reads back as every privilege the engine has, so it holds at least ReadWrite's.
        const bool all = name == QLatin1String("DBOwner");
        if (all ? held.contains(listOf(QStringLiteral("ReadWrite"))) : held == listOf(name))
            return { database, name, mysqlPrivilegeList(name) };
    }
    // The engine's own list, in the order the API writes lists, then whatever else it holds.
    QStringList detail;
    for (const QString& p : mysqlPrivilegeList(QStringLiteral("ReadWrite")).split(QLatin1Char(','))) {
        if (held.contains(p))
            detail << p;
    }
    for (const QString& p : granted) {
        if (!detail.contains(p))
            detail << p;
    }
    return { database, QStringLiteral("Custom"), detail.join(QLatin1Char(',')) };
}

QString MysqlBackend::readBack(SandboxInstance& instance)
{
    QString error;
    const QStringList present = column(QStringLiteral("SELECT User FROM mysql.user WHERE Host = '%'"), &error);
    const QStringList locked = error.isEmpty() ? lockedUsers(&error) : QStringList();
    // GRANTEE is 'name'@'%' in both tables.
    const QList<QStringList> perDatabase = error.isEmpty()
        ? rows(QStringLiteral("SELECT GRANTEE, TABLE_SCHEMA, PRIVILEGE_TYPE FROM information_schema.SCHEMA_PRIVILEGES"),
            &error)
        : QList<QStringList>();
    const QList<QStringList> global = error.isEmpty()
        ? rows(QStringLiteral("SELECT GRANTEE FROM information_schema.USER_PRIVILEGES WHERE PRIVILEGE_TYPE = "
                              "'CREATE USER' AND IS_GRANTABLE = 'YES'"),
            &error)
        : QList<QStringList>();
    if (!error.isEmpty())
        return error;
    applyTruth(instance, present, locked, m_adopted, QStringLiteral("Unavailable"));
    QHash<QString, QHash<QString, QStringList>> granted; // grantee -> database -> privileges
    for (const QStringList& row : perDatabase)
        granted[row.value(0)][row.value(1)].append(row.value(2));
    QSet<QString> privileged;
    for (const QStringList& row : global)
        privileged.insert(row.value(0));
    for (SandboxAccount& a : instance.accounts) {
        if (!m_adopted.contains(a.account.name) || !present.contains(a.account.name))
            continue;
        const QString grantee = accountName(a.account.name);
        // The privileged account is the one that may create users and pass its rights on.
        if (a.account.type == QLatin1String("Normal") || a.account.type == QLatin1String("Super"))
            a.account.type = privileged.contains(grantee) ? QStringLiteral("Super") : QStringLiteral("Normal");
        QList<DatabasePrivilege> privileges;
        for (const Database& db : std::as_const(instance.instance.databases)) {
            const QString& database = db.name;
            const QStringList list = granted.value(grantee).value(database);
            if (list.isEmpty())
                continue;
            QString recorded;
            for (const DatabasePrivilege& p : std::as_const(a.account.privileges)) {
                if (p.dbName == database)
                    recorded = p.privilege;
            }
            privileges.append(privilegeFor(database, list, recorded));
        }
        a.account.privileges = privileges;
    }
    return {};
}

QString MysqlBackend::applyPrivileges(const Account& account)
{
    QStringList statements {
        QStringLiteral("REVOKE ALL PRIVILEGES, GRANT OPTION FROM %1").arg(accountName(account.name))
    };
    if (account.type == QLatin1String("Super"))
        statements
            << QStringLiteral("GRANT ALL PRIVILEGES ON *.* TO %1 WITH GRANT OPTION").arg(accountName(account.name));
    for (const DatabasePrivilege& p : account.privileges) {
        const QString list = p.detail.isEmpty() ? mysqlPrivilegeList(p.privilege) : p.detail;
        statements << QStringLiteral("GRANT %1 ON `%2`.* TO %3").arg(list, p.dbName, accountName(account.name));
    }
    return exec(statements);
}
