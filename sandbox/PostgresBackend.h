#pragma once

#include "SqlEngineBackend.h"

// PostgreSQL behind one sandbox RDS instance: accounts are login roles (the privileged account may create
// databases and roles), DBOwner owns its database, other privileges CONNECT to it (PUBLIC may not), and
// LockAccount / UnlockAccount are NOLOGIN / LOGIN.
class PostgresBackend : public SqlEngineBackend
{
public:
    PostgresBackend(const Admin& admin, const QString& host, quint16 port);

    QString adopt(const SandboxInstance& instance) override;
    QString readBack(SandboxInstance& instance) override;
    QString applyPrivileges(const Account& account) override;

private:
    static QString identifier(const QString& name); // a database or role name, quoted
};
