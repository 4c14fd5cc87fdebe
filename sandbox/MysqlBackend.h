#pragma once

#include "SqlEngineBackend.h"

// MySQL / MariaDB behind one sandbox RDS instance: accounts are 'name'@'%' users, each grant is the SQL privilege
// list the API reports for it on `db`.*, the privileged account holds ALL on *.*, and LockAccount / UnlockAccount
// are ACCOUNT LOCK / UNLOCK.
class MysqlBackend : public SqlEngineBackend
{
public:
    MysqlBackend(const Admin& admin, const QString& host, quint16 port);

    QString adopt(const SandboxInstance& instance) override;
    QString readBack(SandboxInstance& instance) override;
    QString applyPrivileges(const Account& account) override;

    // The API's privilege for the SQL privileges an account holds on one database: the named privilege whose list
    // they are (the recorded one first), else Custom with the engine's list as its detail.
    static DatabasePrivilege privilegeFor(const QString& database, const QStringList& granted, const QString& recorded);

private:
    QStringList lockedUsers(QString* error);
};
