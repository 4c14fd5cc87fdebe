#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

// A SQL login as an account (or an admin) would make it, for the engine tests; the connection is gone when this
// goes. host: an address, or PostgreSQL's Unix socket folder.
class SqlLogin
{
public:
    SqlLogin(const QString& driver,
        quint16 port,
        const QString& user,
        const QString& password,
        const QString& db,
        const QString& host = QStringLiteral("127.0.0.1"),
        const QString& options = {})
        : m_name(QStringLiteral("login-%1").arg(++s_count))
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(driver, m_name);
        connection.setHostName(host);
        connection.setPort(port);
        connection.setUserName(user);
        connection.setPassword(password);
        connection.setDatabaseName(db);
        connection.setConnectOptions(options);
        m_open = connection.open();
        m_error = connection.lastError().text();
    }
    ~SqlLogin() { QSqlDatabase::removeDatabase(m_name); }
    SqlLogin(const SqlLogin&) = delete;
    SqlLogin& operator=(const SqlLogin&) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    // Runs a statement; empty when it worked, else the engine's message. rows: the first column of each row.
    QString run(const QString& statement, QStringList* rows = nullptr)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(statement))
            return query.lastError().text();
        while (rows && query.next())
            rows->append(query.value(0).toString());
        return {};
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
    QString m_error;
};
