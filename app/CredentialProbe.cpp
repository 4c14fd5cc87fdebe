#include "CredentialProbe.h"

#include "RespReplyReader.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <memory>

namespace {

using Outcome = CredentialTestResult::Outcome;

// The engine said no to these credentials, rather than the network failing to reach it.
bool isRefusal(const QString& message)
{
    static const char* const words[] = { "authentication failed",
        "Access denied",
        "not permitted to log in",
        "does not exist",
        "account is locked",
        "WRONGPASS",
        "NOAUTH" };
    for (const char* word : words) {
        if (message.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString unreachable(const QString& address, const QString& why)
{
    return CredentialProbe::tr("Cannot reach %1 from this computer: %2. A cloud instance's VPC address answers only "
                               "inside its VPC; use a public endpoint or test from a host in that VPC.")
        .arg(address, why);
}

// On a worker thread: QSqlDatabase::open blocks until the engine answers or the timeout passes.
CredentialTestResult sqlLogin(
    const Instance& instance, const QString& host, int port, const QString& user, const QString& password)
{
    const bool postgres = instance.engine == Engine::PostgreSQL;
    const QString address = QStringLiteral("%1:%2").arg(host).arg(port);
    const QString name = QStringLiteral("apsara-login-%1").arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    CredentialTestResult result { Outcome::Unreachable, address, {}, {} };
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QMYSQL"), name);
        if (!db.isValid()) {
            result.message = CredentialProbe::tr("The Qt SQL driver for %1 is not installed (Debian: %2).")
                                 .arg(ProductInfo::engineDisplayName(instance.engine),
                                     postgres ? QStringLiteral("libqt6sql6-psql") : QStringLiteral("libqt6sql6-mysql"));
        } else {
            db.setHostName(host);
            db.setPort(port);
            db.setUserName(user);
            db.setPassword(password);
            if (postgres)
                db.setDatabaseName(QStringLiteral("postgres"));
            db.setConnectOptions(
                postgres ? QStringLiteral("connect_timeout=10") : QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10"));
            if (!db.open()) {
                const QString why = db.lastError().text();
                result.outcome = isRefusal(why) ? Outcome::Refused : Outcome::Unreachable;
                result.message = result.outcome == Outcome::Refused ? why : unreachable(address, why);
            } else {
                result.outcome = Outcome::LoggedIn;
                QSqlQuery query(db);
                const QString grants = postgres
                    ? QStringLiteral("SELECT CASE WHEN pg_get_userbyid(datdba) = current_user THEN 'OWNER of ' ELSE "
                                     "'CONNECT to ' END || datname FROM pg_database WHERE NOT datistemplate AND "
                                     "has_database_privilege(datname, 'CONNECT') ORDER BY datname")
                    : QStringLiteral("SHOW GRANTS");
                if (query.exec(grants)) {
                    // SHOW GRANTS carries the password hash; the dialog has no business showing it.
                    static const QRegularExpression hash(QStringLiteral(" IDENTIFIED BY PASSWORD '[^']*'"));
                    while (query.next())
                        result.abilities.append(query.value(0).toString().remove(hash));
                }
                db.close();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

CredentialProbe::CredentialProbe(ApiClient* client, QObject* parent)
    : CredentialTester(parent)
    , m_rds(client, Product::Rds)
    , m_redis(client, Product::Redis)
{
}

CredentialProbe::~CredentialProbe()
{
    for (QThread* worker : std::as_const(m_workers)) {
        worker->wait(); // bounded by the drivers' connect timeout
        delete worker;
    }
}

void CredentialProbe::test(const Instance& instance, const Account& account, const QString& password)
{
    const auto done = [this, account, password](const ApiResult<Instance>& result) {
        if (!result.ok()) {
            finish({ Outcome::Unreachable,
                {},
                tr("Could not read the instance's address: %1").arg(result.error->userText()),
                {} });
            return;
        }
        loginAt(result.value, account, password);
    };
    if (instance.product == Product::Redis)
        m_redis.describeInstanceAttribute(instance.id, this, done);
    else
        m_rds.describeInstanceAttribute(instance.id, this, done);
}

void CredentialProbe::loginAt(const Instance& attributes, const Account& account, const QString& password)
{
    if (attributes.address.isEmpty() || attributes.port <= 0) {
        finish({ Outcome::Unreachable, {}, tr("The service reports no address for this instance."), {} });
        return;
    }
    if (attributes.product == Product::Redis)
        probeRedis(attributes.address, attributes.port, account, password);
    else if (attributes.engine == Engine::PostgreSQL || attributes.engine == Engine::MySQL
        || attributes.engine == Engine::MariaDB)
        probeSql(attributes, attributes.address, attributes.port, account, password);
    else
        finish({ Outcome::Unreachable,
            {},
            tr("Test login speaks Redis, PostgreSQL and MySQL/MariaDB; %1 is not one of them.")
                .arg(ProductInfo::engineDisplayName(attributes.engine)),
            {} });
}

void CredentialProbe::probeRedis(const QString& host, int port, const Account& account, const QString& password)
{
    delete m_socket;
    delete m_timer;
    const QString address = QStringLiteral("%1:%2").arg(host).arg(port);
    auto* socket = new QTcpSocket(this);
    auto* timer = new QTimer(this);
    m_socket = socket;
    m_timer = timer;
    auto reader = std::make_shared<RespReplyReader>();
    auto replies = std::make_shared<QList<RespReplyReader::Reply>>();
    // The instance's default account is Redis's default user.
    const QByteArray user = account.name == account.instanceId ? QByteArrayLiteral("default") : account.name.toUtf8();
    const auto command = [](const QList<QByteArray>& words) {
        QByteArray wire = '*' + QByteArray::number(words.size()) + "\r\n";
        for (const QByteArray& word : words)
            wire += '$' + QByteArray::number(word.size()) + "\r\n" + word + "\r\n";
        return wire;
    };
    QByteArray request = command({ "AUTH", user, password.toUtf8() }) + command({ "GET", "apsara:login-test" })
        + command({ "SET", "apsara:login-test", "1", "PX", "60000" }) + command({ "DEL", "apsara:login-test" });
    connect(socket, &QTcpSocket::connected, socket, [socket, request]() mutable {
        socket->write(request);
        request.fill('\0');
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, reader, replies, address, account] {
        reader->append(socket->readAll());
        while (const auto reply = reader->next())
            replies->append(*reply);
        if (replies->size() < 4)
            return;
        const RespReplyReader::Reply auth = replies->at(0);
        CredentialTestResult result {
            auth.error ? Outcome::Refused : Outcome::LoggedIn, address, QString::fromUtf8(auth.text), {}
        };
        if (!auth.error) {
            const RespReplyReader::Reply read = replies->at(1);
            const RespReplyReader::Reply write = replies->at(2);
            result.abilities << (read.error ? tr("Read: refused (%1)").arg(QString::fromUtf8(read.text))
                                            : tr("Read: allowed"))
                             << (write.error ? tr("Write: refused (%1)").arg(QString::fromUtf8(write.text))
                                             : tr("Write: allowed"));
        }
        socket->disconnectFromHost();
        if (auth.error)
            explainRedisRefusal(account, result);
        else
            finish(result);
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket, address] {
        if (socket->state() != QAbstractSocket::UnconnectedState
            && socket->error() == QAbstractSocket::RemoteHostClosedError)
            return;
        finish({ Outcome::Unreachable, address, unreachable(address, socket->errorString()), {} });
    });
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, address] {
        finish({ Outcome::Unreachable,
            address,
            unreachable(address, tr("no answer within %1 s").arg(TimeoutMs / 1000)),
            {} });
    });
    timer->start(TimeoutMs);
    socket->connectToHost(host, static_cast<quint16>(port));
}

void CredentialProbe::probeSql(
    const Instance& instance, const QString& host, int port, const Account& account, const QString& password)
{
    auto result = std::make_shared<CredentialTestResult>();
    QThread* worker = QThread::create([result, instance, host, port, user = account.name, password] {
        *result = sqlLogin(instance, host, port, user, password);
    });
    m_workers.append(worker);
    connect(worker, &QThread::finished, this, [this, worker, result] {
        m_workers.removeOne(worker);
        worker->deleteLater();
        finish(*result);
    });
    worker->start();
}

void CredentialProbe::explainRedisRefusal(const Account& account, CredentialTestResult result)
{
    // Redis keeps a new account switched off while it is Creating, and says only WRONGPASS; the account's status
    // tells the user why, so the right password is not taken for a wrong one.
    endRedisAttempt();
    m_redis.describeAccounts(
        account.instanceId,
        this,
        [this, result, name = account.name](const ApiResult<QList<Account>>& accounts) mutable {
            if (accounts.ok() && !accounts.value.isEmpty()
                && accounts.value.constFirst().status == QLatin1String("Creating")) {
                result.message = tr("%1 is still being created: Redis lets it log in once it is Available. Try "
                                    "again in a moment. (%2)")
                                     .arg(name, result.message);
            }
            emit finished(result);
        },
        account.name);
}

void CredentialProbe::endRedisAttempt()
{
    // One report per attempt: whatever answers first (reply, error, timeout) ends the Redis attempt.
    if (m_timer)
        m_timer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
}

void CredentialProbe::finish(CredentialTestResult result)
{
    endRedisAttempt();
    emit finished(result);
}
