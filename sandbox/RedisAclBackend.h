#pragma once

#include "EngineBackend.h"
#include "RespConnection.h"

#include <QSet>

// A Redis 6+/7 server behind one sandbox Redis instance: each account is an ACL user (the instance's default
// account is Redis's "default" user) whose command and key permissions follow its role, as the Redis seed
// describes them: RoleReadOnly reads, RoleReadWrite reads and writes, RoleRepl also SYNC/PSYNC.
class RedisAclBackend : public EngineBackend
{
public:
    // adminUser empty: the connection's default user administers the ACL.
    RedisAclBackend(const QString& host, quint16 port, const QByteArray& adminUser, const QByteArray& adminPassword);

    QString host() const override { return m_host; }
    quint16 port() const override { return m_port; }
    QString adopt(const SandboxInstance& instance) override;
    QString readBack(SandboxInstance& instance) override;
    QString refresh(const SandboxInstance& instance) override;
    QString createAccount(const Account& account, const QString& password) override;
    QString setPassword(const Account& account, const QString& password) override;
    QString applyPrivileges(const Account& account) override;
    QString setLoginAllowed(const Account& account, bool allowed) override;
    QString dropAccount(const Account& account) override;

    // The ACL rules of a role, after "resetkeys ~* resetchannels &*".
    static QList<QByteArray> roleRules(const QString& role);

private:
    QString run(const QList<QByteArray>& arguments);
    QByteArray userName(const Account& account) const;
    static QString roleOf(const Account& account);
    // The role the user's ACL rules enforce: may it write, may it replicate (ACL DRYRUN); else *error.
    QString enforcedRole(const QByteArray& user, QString* error);
    bool allows(const QByteArray& user, const QList<QByteArray>& command, QString* error);

    QString m_host;
    quint16 m_port;
    QByteArray m_adminUser;
    QByteArray m_adminPassword;
    QString m_instanceId;
    RespConnection m_connection;
    QList<QByteArray> m_lastItems; // the last array reply (ACL LIST)
    QByteArray m_lastText; // the last string reply (ACL DRYRUN)
    QSet<QString> m_off; // accounts created while Creating: switched on once the state says Available
};
