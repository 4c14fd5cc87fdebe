#include "PostgresBackend.h"

#include "EngineSecret.h"
#include "SandboxLogging.h"

QString PostgresBackend::role(const QString& name)
{
    // Account names are letters, digits and underscores (AccountRules), so quoting is enough.
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString PostgresBackend::adopt(const SandboxInstance& instance)
{
    m_databases.clear();
    QString error;
    const QStringList existing = column(QStringLiteral("SELECT datname FROM pg_database"), &error);
    if (!error.isEmpty())
        return error;
    for (const Database& database : instance.instance.databases) {
        m_databases.append(database.name);
        QStringList statements;
        if (!existing.contains(database.name))
            statements << QStringLiteral("CREATE DATABASE %1").arg(role(database.name));
        statements << QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(role(database.name));
        if (error = exec(statements); !error.isEmpty())
            return error;
    }
    const QStringList roles = column(QStringLiteral("SELECT rolname FROM pg_roles"), &error);
    if (!error.isEmpty())
        return error;
    for (const SandboxAccount& a : instance.accounts) {
        // The demo's pg_owner predates the engine's rule that pg_ names are reserved: it stays emulated.
        if (a.account.name.startsWith(QLatin1String("pg_"))) {
            qCWarning(lcSandbox) << "PostgreSQL reserves" << a.account.name << "- the account stays emulated";
            continue;
        }
        const QString verb = roles.contains(a.account.name) ? QStringLiteral("ALTER") : QStringLiteral("CREATE");
        error = exec({ QStringLiteral("%1 ROLE %2 %3 PASSWORD %4")
                           .arg(verb,
                               role(a.account.name),
                               a.account.status == QLatin1String("Locked") ? QStringLiteral("NOLOGIN")
                                                                           : QStringLiteral("LOGIN"),
                               literal(QString::fromLatin1(EngineSecret::random()))) });
        if (error.isEmpty())
            error = applyPrivileges(a.account);
        if (!error.isEmpty())
            return error;
        m_adopted.insert(a.account.name);
    }
    return {};
}

QString PostgresBackend::readBack(SandboxInstance& instance)
{
    QString error;
    const QStringList present = column(QStringLiteral("SELECT rolname FROM pg_roles"), &error);
    const QStringList locked = error.isEmpty()
        ? column(QStringLiteral("SELECT rolname FROM pg_roles WHERE NOT rolcanlogin"), &error)
        : QStringList();
    if (error.isEmpty())
        applyTruth(instance, present, locked, m_adopted);
    return error;
}

QString PostgresBackend::createAccount(const Account& account, const QString& password)
{
    const QString rights = account.type == QLatin1String("Super") ? QStringLiteral(" CREATEDB CREATEROLE") : QString();
    if (const QString error = exec({ QStringLiteral("CREATE ROLE %1 LOGIN%2 PASSWORD %3")
                                         .arg(role(account.name), rights, literal(password)) });
        !error.isEmpty())
        return error;
    if (const QString error = applyPrivileges(account); !error.isEmpty()) {
        dropAccount(account);
        return error;
    }
    m_adopted.insert(account.name);
    return {};
}

QString PostgresBackend::setPassword(const Account& account, const QString& password)
{
    return exec({ QStringLiteral("ALTER ROLE %1 PASSWORD %2").arg(role(account.name), literal(password)) });
}

QString PostgresBackend::applyPrivileges(const Account& account)
{
    QStringList statements;
    for (const QString& database : std::as_const(m_databases)) {
        QString privilege;
        for (const DatabasePrivilege& p : account.privileges) {
            if (p.dbName == database)
                privilege = p.privilege;
        }
        // Ownership moves back to the admin when DBOwner is taken away.
        statements << QStringLiteral("DO $$BEGIN IF (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname "
                                     "= %1) = %2 THEN ALTER DATABASE %3 OWNER TO CURRENT_USER; END IF; END$$")
                          .arg(literal(database), literal(account.name), role(database));
        statements << QStringLiteral("REVOKE ALL ON DATABASE %1 FROM %2").arg(role(database), role(account.name));
        if (privilege == QLatin1String("DBOwner"))
            statements << QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(role(database), role(account.name));
        else if (privilege == QLatin1String("ReadOnly"))
            statements << QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(role(database), role(account.name));
        else if (!privilege.isEmpty())
            statements << QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2")
                              .arg(role(database), role(account.name));
    }
    return exec(statements);
}

QString PostgresBackend::setLoginAllowed(const Account& account, bool allowed)
{
    return exec({ QStringLiteral("ALTER ROLE %1 %2")
                      .arg(role(account.name), allowed ? QStringLiteral("LOGIN") : QStringLiteral("NOLOGIN")) });
}

QString PostgresBackend::dropAccount(const Account& account)
{
    return exec({ QStringLiteral("REASSIGN OWNED BY %1 TO CURRENT_USER").arg(role(account.name)),
        QStringLiteral("DROP OWNED BY %1").arg(role(account.name)),
        QStringLiteral("DROP ROLE %1").arg(role(account.name)) });
}
