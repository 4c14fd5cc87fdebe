#include "RedisAclBackend.h"

#include "EngineSecret.h"

RedisAclBackend::RedisAclBackend(
    const QString& host, quint16 port, const QByteArray& adminUser, const QByteArray& adminPassword)
    : m_host(host)
    , m_port(port)
    , m_adminUser(adminUser)
    , m_adminPassword(adminPassword)
{
}

QList<QByteArray> RedisAclBackend::roleRules(const QString& role)
{
    QList<QByteArray> rules { "resetkeys", "~*", "resetchannels", "&*", "-@all" };
    if (role == QLatin1String("RoleReadOnly"))
        return rules << "+@read"
                     << "+@connection"
                     << "-@dangerous";
    rules << "+@all"
          << "-@admin"
          << "-@dangerous";
    if (role == QLatin1String("RoleRepl"))
        rules << "+sync"
              << "+psync"
              << "+replconf";
    return rules;
}

QString RedisAclBackend::roleOf(const Account& account)
{
    return account.privileges.isEmpty() ? QStringLiteral("RoleReadWrite") : account.privileges.constFirst().privilege;
}

QByteArray RedisAclBackend::userName(const Account& account) const
{
    return account.name == account.instanceId ? QByteArrayLiteral("default") : account.name.toUtf8();
}

QString RedisAclBackend::run(const QList<QByteArray>& arguments)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m_connection.isOpen()) {
            QString error;
            if (!m_connection.open(m_host, m_port, 5000, &error))
                return error;
            if (!m_adminUser.isEmpty()) {
                const RespConnection::Reply auth = m_connection.command({ "AUTH", m_adminUser, m_adminPassword });
                if (!auth.ok)
                    return QString::fromUtf8(auth.text);
            }
        }
        const RespConnection::Reply reply = m_connection.command(arguments);
        m_lastItems = reply.items;
        if (reply.ok)
            return {};
        if (m_connection.isOpen())
            return QString::fromUtf8(reply.text);
    }
    return QStringLiteral("the connection to Redis was lost");
}

QString RedisAclBackend::adopt(const SandboxInstance& instance)
{
    m_instanceId = instance.instance.id;
    for (const SandboxAccount& a : instance.accounts) {
        const bool creating = a.account.status == QLatin1String("Creating");
        QList<QByteArray> command {
            "ACL", "SETUSER", userName(a.account), "reset", creating ? "off" : "on", '>' + EngineSecret::random()
        };
        if (const QString error = run(command + roleRules(roleOf(a.account))); !error.isEmpty())
            return error;
        if (creating)
            m_off.insert(a.account.name);
    }
    return {};
}

QString RedisAclBackend::readBack(SandboxInstance& instance)
{
    if (const QString error = run({ "ACL", "USERS" }); !error.isEmpty())
        return error;
    const QList<QByteArray> users = m_lastItems;
    for (SandboxAccount& a : instance.accounts) {
        if (!users.contains(userName(a.account)))
            a.account.status = QStringLiteral("Unavailable");
        else if (a.account.status == QLatin1String("Unavailable"))
            a.account.status = QStringLiteral("Available");
    }
    return {};
}

QString RedisAclBackend::refresh(const SandboxInstance& instance)
{
    for (const SandboxAccount& a : instance.accounts) {
        if (m_off.contains(a.account.name) && a.account.status != QLatin1String("Creating")) {
            if (const QString error = setLoginAllowed(a.account, true); !error.isEmpty())
                return error;
            m_off.remove(a.account.name);
        }
    }
    return {};
}

QString RedisAclBackend::createAccount(const Account& account, const QString& password)
{
    const bool creating = account.status == QLatin1String("Creating");
    QByteArray secret = '>' + password.toUtf8();
    const QString error
        = run(QList<QByteArray> { "ACL", "SETUSER", userName(account), "reset", creating ? "off" : "on", secret }
            + roleRules(roleOf(account)));
    secret.fill('\0');
    if (error.isEmpty() && creating)
        m_off.insert(account.name);
    return error;
}

QString RedisAclBackend::setPassword(const Account& account, const QString& password)
{
    QByteArray secret = '>' + password.toUtf8();
    const QString error = run({ "ACL", "SETUSER", userName(account), "resetpass", secret });
    secret.fill('\0');
    return error;
}

QString RedisAclBackend::applyPrivileges(const Account& account)
{
    return run(QList<QByteArray> { "ACL", "SETUSER", userName(account) } + roleRules(roleOf(account)));
}

QString RedisAclBackend::setLoginAllowed(const Account& account, bool allowed)
{
    return run({ "ACL", "SETUSER", userName(account), allowed ? "on" : "off" });
}

QString RedisAclBackend::dropAccount(const Account& account)
{
    m_off.remove(account.name);
    return run({ "ACL", "DELUSER", userName(account) });
}
