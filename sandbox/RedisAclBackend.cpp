#include "RedisAclBackend.h"

#include "EngineSecret.h"

#include <QHash>

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
        m_lastText = reply.text;
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
        // An Unavailable account is a user that is off: the engine refuses it too.
        const bool off = creating || a.account.status == QLatin1String("Unavailable");
        QList<QByteArray> command {
            "ACL", "SETUSER", userName(a.account), "reset", off ? "off" : "on", '>' + EngineSecret::random()
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
    if (const QString error = run({ "ACL", "LIST" }); !error.isEmpty())
        return error;
    QHash<QByteArray, bool> enabled; // "user NAME on|off rules..." -> NAME -> on
    for (const QByteArray& line : std::as_const(m_lastItems)) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() > 2 && words.first() == "user")
            enabled.insert(words.at(1), words.contains("on"));
    }
    for (SandboxAccount& a : instance.accounts) {
        const QByteArray user = userName(a.account);
        if (!enabled.contains(user)) {
            a.account.status = QStringLiteral("Unavailable");
            continue;
        }
        if (m_off.contains(a.account.name))
            continue; // off while Creating: refresh() switches it on
        if (!enabled.value(user))
            a.account.status = QStringLiteral("Unavailable");
        else if (a.account.status == QLatin1String("Unavailable"))
            a.account.status = QStringLiteral("Available");
        QString error;
        const QString role = enforcedRole(user, &error);
        if (!error.isEmpty())
            return error;
        // An account without a recorded role is Read/Write; it stays without one while the engine agrees.
        if (!role.isEmpty() && role != roleOf(a.account))
            a.account.privileges = { { QString(), role, QString() } };
    }
    return {};
}

bool RedisAclBackend::allows(const QByteArray& user, const QList<QByteArray>& command, QString* error)
{
    *error = run(QList<QByteArray> { "ACL", "DRYRUN", user } + command);
    return error->isEmpty() && m_lastText == "OK";
}

QString RedisAclBackend::enforcedRole(const QByteArray& user, QString* error)
{
    const bool writes = allows(user, { "SET", "apsara:probe", "1" }, error);
    if (!error->isEmpty()) {
        // Redis 6 has no ACL DRYRUN: the recorded role stands.
        if (error->contains(QLatin1String("subcommand"), Qt::CaseInsensitive))
            error->clear();
        return {};
    }
    if (!writes)
        return QStringLiteral("RoleReadOnly");
    return allows(user, { "PSYNC", "?", "-1" }, error) ? QStringLiteral("RoleRepl") : QStringLiteral("RoleReadWrite");
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
