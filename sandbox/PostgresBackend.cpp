#include "PostgresBackend.h"

#include "EngineSecret.h"
#include "SandboxLogging.h"

#include <QHash>

namespace {

// The privileged account may create databases and roles; REASSIGN before DROP OWNED keeps the objects an account
// made (and the databases it owns as DBOwner) when it goes.
SqlEngineBackend::Statements postgresStatements()
{
    return {
        .name = QStringLiteral("\"%1\""),
        .createLogin = QStringLiteral("CREATE ROLE %1 LOGIN%3 PASSWORD %2"),
        .setPassword = QStringLiteral("ALTER ROLE %1 PASSWORD %2"),
        .allowLogin = QStringLiteral("ALTER ROLE %1 LOGIN"),
        .denyLogin = QStringLiteral("ALTER ROLE %1 NOLOGIN"),
        .drop = { QStringLiteral("REASSIGN OWNED BY %1 TO CURRENT_USER"),
            QStringLiteral("DROP OWNED BY %1"),
            QStringLiteral("DROP ROLE %1") },
        .privilegedRights = QStringLiteral(" CREATEDB CREATEROLE"),
        .normalRights = QStringLiteral(" NOCREATEDB NOCREATEROLE"),
    };
}

} // namespace

PostgresBackend::PostgresBackend(const Admin& admin, const QString& host, quint16 port)
    : SqlEngineBackend(postgresStatements(), admin, host, port)
{
}

QString PostgresBackend::identifier(const QString& name)
{
    // Account and database names are letters, digits and underscores (AccountRules), so quoting is enough.
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
            statements << QStringLiteral("CREATE DATABASE %1").arg(identifier(database.name));
        statements << QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(identifier(database.name));
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
        // An account that may not log in (Locked, Unavailable) is a NOLOGIN role: the engine refuses it too.
        const bool login
            = a.account.status != QLatin1String("Locked") && a.account.status != QLatin1String("Unavailable");
        error = exec({ QStringLiteral("%1 ROLE %2 %3%4 PASSWORD %5")
                           .arg(verb,
                               accountName(a.account.name),
                               login ? QStringLiteral("LOGIN") : QStringLiteral("NOLOGIN"),
                               rights(a.account),
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
    // One row per role and database: may it log in, may it create roles (the privileged account), does it own
    // the database, and which database privileges it holds (PUBLIC holds none on the instance's databases).
    QString error;
    const QList<QStringList> grid = rows(
        QStringLiteral("SELECT r.rolname, r.rolcanlogin, r.rolcreaterole, d.datname, d.datdba = r.oid, "
                       "has_database_privilege(r.oid, d.oid, 'CREATE'), has_database_privilege(r.oid, d.oid, "
                       "'CONNECT'), has_database_privilege(r.oid, d.oid, 'TEMPORARY') FROM pg_roles r CROSS JOIN "
                       "pg_database d WHERE NOT d.datistemplate"),
        &error);
    if (!error.isEmpty())
        return error;
    const auto yes = [](const QString& value) { return value == QLatin1String("true"); };
    QStringList present, locked, privileged;
    QHash<QString, QHash<QString, QStringList>> held; // role -> database -> privileges; "OWNER" first if it owns it
    for (const QStringList& row : grid) {
        const QString& name = row.at(0);
        if (!present.contains(name)) {
            present << name;
            if (!yes(row.at(1)))
                locked << name;
            if (yes(row.at(2)))
                privileged << name;
        }
        QStringList privileges;
        if (yes(row.at(4)))
            privileges << QStringLiteral("OWNER");
        for (int i = 5; i < 8; ++i) {
            if (yes(row.at(i)))
                privileges << QStringList { QStringLiteral("CREATE"),
                    QStringLiteral("CONNECT"),
                    QStringLiteral("TEMPORARY") }
                                  .at(i - 5);
        }
        held[name][row.at(3)] = privileges;
    }
    applyTruth(instance, present, locked, m_adopted, QStringLiteral("Locked"));
    for (SandboxAccount& a : instance.accounts) {
        if (!m_adopted.contains(a.account.name) || !present.contains(a.account.name))
            continue;
        a.account.type = privileged.contains(a.account.name) ? QStringLiteral("Super") : QStringLiteral("Normal");
        QList<DatabasePrivilege> privileges;
        for (const Database& database : std::as_const(instance.instance.databases)) {
            QStringList list = held.value(a.account.name).value(database.name);
            if (!list.contains(QLatin1String("CONNECT")))
                continue;
            QString name = QStringLiteral("ReadOnly");
            if (list.removeAll(QStringLiteral("OWNER")) > 0)
                name = QStringLiteral("DBOwner");
            else if (list.contains(QLatin1String("TEMPORARY")))
                name = QStringLiteral("ReadWrite");
            // The engine tells ReadWrite, DMLOnly and DDLOnly apart no further: a recorded one of them stands.
            for (const DatabasePrivilege& p : std::as_const(a.account.privileges)) {
                if (p.dbName == database.name && name == QLatin1String("ReadWrite")
                    && (p.privilege == QLatin1String("DMLOnly") || p.privilege == QLatin1String("DDLOnly")))
                    name = p.privilege;
            }
            privileges.append({ database.name, name, list.join(QLatin1Char(',')) });
        }
        a.account.privileges = privileges;
    }
    return {};
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
                          .arg(literal(database), literal(account.name), identifier(database));
        statements
            << QStringLiteral("REVOKE ALL ON DATABASE %1 FROM %2").arg(identifier(database), accountName(account.name));
        if (privilege == QLatin1String("DBOwner"))
            statements
                << QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(identifier(database), accountName(account.name));
        else if (privilege == QLatin1String("ReadOnly"))
            statements << QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2")
                              .arg(identifier(database), accountName(account.name));
        else if (!privilege.isEmpty())
            statements << QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2")
                              .arg(identifier(database), accountName(account.name));
    }
    return exec(statements);
}
