#include "SqlEngineBackend.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

SqlEngineBackend::SqlEngineBackend(const Statements& statements, const Admin& admin, const QString& host, quint16 port)
    : m_statements(statements)
    , m_admin(admin)
    , m_host(host)
    , m_port(port)
    , m_connectionName(QStringLiteral("apsara-engine-%1").arg(reinterpret_cast<quintptr>(this), 0, 16))
{
}

SqlEngineBackend::Admin SqlEngineBackend::Admin::postgres(const QString& host, quint16 port, const QString& user)
{
    return { QStringLiteral("QPSQL"), host, port, user, {}, {}, QStringLiteral("postgres") };
}

SqlEngineBackend::Admin SqlEngineBackend::Admin::mysql(
    const QString& host, quint16 port, const QString& user, const QString& password, const QString& connectOptions)
{
    return { QStringLiteral("QMYSQL"), host, port, user, password, connectOptions, {} };
}

SqlEngineBackend::~SqlEngineBackend()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString SqlEngineBackend::mysqlPrivilegeList(const QString& privilege)
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

QString SqlEngineBackend::createAccount(const Account& account, const QString& password)
{
    const QString login = m_statements.createLogin.arg(accountName(account.name), literal(password), rights(account));
    if (const QString error = exec({ login }); !error.isEmpty())
        return error;
    if (const QString error = applyPrivileges(account); !error.isEmpty()) {
        dropAccount(account);
        return error;
    }
    m_adopted.insert(account.name);
    return {};
}

QString SqlEngineBackend::setPassword(const Account& account, const QString& password)
{
    return exec({ m_statements.setPassword.arg(accountName(account.name), literal(password)) });
}

QString SqlEngineBackend::setLoginAllowed(const Account& account, bool allowed)
{
    return exec({ (allowed ? m_statements.allowLogin : m_statements.denyLogin).arg(accountName(account.name)) });
}

QString SqlEngineBackend::dropAccount(const Account& account)
{
    QStringList statements;
    for (const QString& statement : std::as_const(m_statements.drop))
        statements << statement.arg(accountName(account.name));
    return exec(statements);
}

QString SqlEngineBackend::rights(const Account& account) const
{
    return account.type == QLatin1String("Super") ? m_statements.privilegedRights : m_statements.normalRights;
}

void SqlEngineBackend::applyTruth(SandboxInstance& instance,
    const QStringList& present,
    const QStringList& locked,
    const QSet<QString>& adopted,
    const QString& lockedStatus)
{
    for (SandboxAccount& a : instance.accounts) {
        if (!adopted.contains(a.account.name))
            continue;
        if (!present.contains(a.account.name))
            a.account.status = QStringLiteral("Unavailable");
        else if (locked.contains(a.account.name)) {
            if (a.account.status != QLatin1String("Unavailable"))
                a.account.status = lockedStatus;
        } else if (a.account.status == QLatin1String("Locked") || a.account.status == QLatin1String("Unavailable"))
            a.account.status = QStringLiteral("Available");
    }
}

QString SqlEngineBackend::open()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_admin.driver, m_connectionName);
        db.setHostName(m_admin.host);
        db.setPort(m_admin.port);
        db.setUserName(m_admin.user);
        db.setPassword(m_admin.password);
        db.setDatabaseName(m_admin.database);
        db.setConnectOptions(m_admin.connectOptions);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isValid())
        return QStringLiteral("the Qt SQL driver %1 is not installed").arg(m_admin.driver);
    if (db.isOpen() || db.open())
        return {};
    return db.lastError().text();
}

QString SqlEngineBackend::exec(const QStringList& statements)
{
    if (const QString error = open(); !error.isEmpty())
        return error;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return query.lastError().databaseText().isEmpty() ? query.lastError().text()
                                                              : query.lastError().databaseText();
    }
    return {};
}

QStringList SqlEngineBackend::column(const QString& text, QString* error)
{
    QStringList rows;
    if (*error = open(); !error->isEmpty())
        return rows;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(text)) {
        *error = query.lastError().text();
        return rows;
    }
    while (query.next())
        rows.append(query.value(0).toString());
    return rows;
}

QList<QStringList> SqlEngineBackend::rows(const QString& text, QString* error)
{
    QList<QStringList> result;
    if (*error = open(); !error->isEmpty())
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(text)) {
        *error = query.lastError().text();
        return result;
    }
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < query.record().count(); ++i)
            row.append(query.value(i).toString());
        result.append(row);
    }
    return result;
}

QString SqlEngineBackend::literal(const QString& text)
{
    QSqlField field { QString(), QMetaType(QMetaType::QString) };
    field.setValue(text);
    if (open().isEmpty())
        return QSqlDatabase::database(m_connectionName, false).driver()->formatValue(field);
    QString quoted = text;
    return QLatin1Char('\'') + quoted.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}
