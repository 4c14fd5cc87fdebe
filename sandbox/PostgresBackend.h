#pragma once

#include "SqlEngineBackend.h"

// PostgreSQL behind one sandbox RDS instance: accounts are login roles (the privileged account may create
// databases and roles), DBOwner owns its database, other privileges CONNECT to it (PUBLIC may not), and
// LockAccount / UnlockAccount are NOLOGIN / LOGIN.
class PostgresBackend : public SqlEngineBackend
{
public:
    using SqlEngineBackend::SqlEngineBackend;

    QString adopt(const SandboxInstance& instance) override;
    QString readBack(SandboxInstance& instance) override;
    QString setPassword(const Account& account, const QString& password) override;
    QString applyPrivileges(const Account& account) override;
    QString setLoginAllowed(const Account& account, bool allowed) override;
    QString dropAccount(const Account& account) override;

protected:
    QString createLoginStatement(const Account& account, const QString& password) override;

private:
    static QString role(const QString& name);
    static QString rights(const Account& account); // the privileged account may create databases and roles
};
