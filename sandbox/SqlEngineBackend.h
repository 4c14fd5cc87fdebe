#pragma once

#include "EngineBackend.h"

#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

// What the PostgreSQL and MySQL backends share: one admin connection through Qt SQL, opened on first use on the
// thread that uses it (the sandbox's), statements run one by one, stopping at the first the engine refuses, and
// the account writes that differ between engines only in spelling, written once over a Statements table.
class SqlEngineBackend : public EngineBackend
{
public:
    // An engine's spelling of the single-statement account writes. %1 is the account as the engine names it
    // (name), %2 a password literal, %3 the login's rights (privilegedRights or normalRights).
    struct Statements
    {
        QString name; // %1 is the account name: 'name'@'%' (MySQL), "name" (PostgreSQL)
        QString createLogin;
        QString setPassword;
        QString allowLogin;
        QString denyLogin;
        QStringList drop; // run in turn
        QString privilegedRights; // PostgreSQL's CREATEDB CREATEROLE; MySQL grants them in applyPrivileges()
        QString normalRights;
    };

    struct Admin
    {
        QString driver; // "QPSQL" or "QMYSQL"
        QString host; // admin connection: a host, or a Unix socket folder (PostgreSQL)
        quint16 port = 0;
        QString user;
        QString password; // from the environment for engines the user runs; empty for local ones
        QString connectOptions; // e.g. "UNIX_SOCKET=/path" (MySQL)
        QString database; // PostgreSQL: the maintenance database

        // PostgreSQL's admin, on the maintenance database "postgres"; host may be a Unix socket folder.
        static Admin postgres(const QString& host, quint16 port, const QString& user);
        static Admin mysql(const QString& host,
            quint16 port,
            const QString& user,
            const QString& password,
            const QString& connectOptions = {});
    };

    // host/port: the engine's TCP address as the accounts reach it.
    SqlEngineBackend(const Statements& statements, const Admin& admin, const QString& host, quint16 port);
    ~SqlEngineBackend() override;

    QString host() const override { return m_host; }
    quint16 port() const override { return m_port; }

    // The SQL privilege list the RDS API reports for a MySQL privilege name (AccountPrivilegeDetail).
    static QString mysqlPrivilegeList(const QString& privilege);

    // Creates the login, then grants its privileges; a refused grant drops the login again, so a failed create
    // leaves nothing behind.
    QString createAccount(const Account& account, const QString& password) final;
    QString setPassword(const Account& account, const QString& password) final;
    QString setLoginAllowed(const Account& account, bool allowed) final;
    QString dropAccount(const Account& account) final;

protected:
    QString accountName(const QString& name) const { return m_statements.name.arg(name); }
    QString rights(const Account& account) const;
    QString exec(const QStringList& statements);
    // Rows of a one-column query, or *error.
    QStringList column(const QString& query, QString* error);
    // Every row of a query, each as its columns' text, or *error.
    QList<QStringList> rows(const QString& query, QString* error);
    QString literal(const QString& text); // a quoted string literal in the engine's syntax
    QStringList m_databases; // the instance's databases, from adopt()
    // Marks the instance's accounts missing from `present` Unavailable (those the engine never held stay as
    // they are), those in `locked` lockedStatus (an account already Unavailable stays so), and those the engine
    // lets in again Available.
    static void applyTruth(SandboxInstance& instance,
        const QStringList& present,
        const QStringList& locked,
        const QSet<QString>& adopted,
        const QString& lockedStatus);
    QSet<QString> m_adopted; // accounts the engine held or was given

private:
    QString open();

    Statements m_statements;
    Admin m_admin;
    QString m_host;
    quint16 m_port;
    QString m_connectionName;
};
