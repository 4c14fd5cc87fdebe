#include "SandboxServer.h"

#include "DemoData.h"
#include "RdsAccountActions.h"
#include "RedisAccountActions.h"
#include "SandboxLogging.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace {

QString hostId(const std::optional<Product>& product)
{
    if (!product)
        return QStringLiteral("127.0.0.1");
    return ProductInfo::productCode(*product) + QStringLiteral(".aliyuncs.com");
}

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_authenticator(
          options.accessKeys, options.bearerTokens, options.timestampWindowSeconds, options.credentialAccounts)
    , m_throttle(options.rateLimit, options.operatorRateLimit)
    , m_faults(options.faultRate, options.faultSeed)
    , m_rds(m_state, RdsAccountActions::description(), options.rdsLagMs)
    , m_redis(m_state, RedisAccountActions::description(), options.creatingDelayMs)
{
    m_clock.start();
    QList<FaultInjector::Planned> plan;
    QString planError;
    if (FaultInjector::parsePlan(options.faultPlan, &plan, &planError))
        m_faults.setPlan(plan);
}

SandboxServer::~SandboxServer() = default;

QUrl SandboxServer::endpoint() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

bool SandboxServer::loadState()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_options.stateFile.isEmpty()) {
        bool exists = false;
        SandboxState loaded = SandboxState::load(m_options.stateFile, &exists, &m_error);
        if (!m_error.isEmpty())
            return false;
        if (exists) {
            // Refuse state that breaks a product rule, naming the record, instead of serving it.
            if (const QString broken = loaded.ruleViolation(); !broken.isEmpty()) {
                m_error = tr("The state file %1 breaks a product rule (%2); it was left untouched.")
                              .arg(m_options.stateFile, broken);
                return false;
            }
            m_state = loaded;
            m_stateLoaded = true;
            qCInfo(lcSandbox) << "Loaded" << m_state.instances().size() << "instances from" << m_options.stateFile;
            return true;
        }
    }
    m_state = m_options.data == SandboxOptions::Data::Demo ? DemoData::build(now) : SandboxState();
    if (const QString broken = m_state.ruleViolation(); !broken.isEmpty()) {
        m_error = tr("The demo data breaks a product rule (%1).").arg(broken);
        return false;
    }
    m_stateLoaded = true;
    return true;
}

bool SandboxServer::startEngines()
{
    if (m_options.engines.isEmpty() || m_engines.started())
        return true;
    if (!m_engines.start(m_options.engines, QProcessEnvironment::systemEnvironment(), &m_error)
        || !m_engines.adopt(m_state, &m_error))
        return false;
    m_rds.setEngines(&m_engines);
    m_redis.setEngines(&m_engines);
    return true;
}

quint16 SandboxServer::listen()
{
    if (m_port != 0)
        return m_port;
    if (!m_stateLoaded && !loadState())
        return 0;
    if (!startEngines())
        return 0;
    m_http = std::make_unique<QHttpServer>();
    m_http->route(QStringLiteral("/"),
        QHttpServerRequest::Method::Get | QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            serve(request, std::move(responder));
        });
    m_http->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        const SandboxRequest parsed = SandboxRequest::fromHttp(request);
        send(responder,
            parsed,
            ActionReply::error(404,
                QStringLiteral("InvalidApi.NotFound"),
                tr("The sandbox serves the RPC-style APIs at the path \"/\" with GET or POST only.")));
    });
    m_port = m_http->listen(QHostAddress::LocalHost, m_options.port);
    if (m_port == 0) {
        m_error = tr("Cannot listen on 127.0.0.1 port %1; is it in use?").arg(m_options.port);
        m_http.reset();
        return 0;
    }
    qCInfo(lcSandbox) << "Listening on" << endpoint().toString();
    saveStatePeriodically();
    return m_port;
}

void SandboxServer::saveStatePeriodically()
{
    if (m_options.stateFile.isEmpty())
        return;
    // A crash or a kill -9 loses at most the last interval of changes, not the whole session.
    auto changed = std::make_shared<bool>(false);
    connect(this, &SandboxServer::writeExecuted, this, [changed](const QString&, const QString&, int status) {
        *changed = *changed || status == 200;
    });
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this, changed] {
        QString error;
        if (!*changed)
            return;
        if (saveState(&error))
            *changed = false;
        else
            qCWarning(lcSandbox) << error;
    });
    timer->start(StateSaveIntervalMs);
}

bool SandboxServer::saveState(QString* error) const
{
    if (m_options.stateFile.isEmpty())
        return true;
    if (!m_stateLoaded) {
        *error = tr("The state was not loaded, so the state file %1 is not written.").arg(m_options.stateFile);
        return false;
    }
    return m_state.save(m_options.stateFile, error);
}

ActionReply SandboxServer::admit(const SandboxRequest& request, const QDateTime& now, QString* identity)
{
    if (request.bodyTooLarge()) {
        return ActionReply::error(413,
            QStringLiteral("RequestEntityTooLarge"),
            tr("The request body is larger than %1 KiB.").arg(SandboxRequest::MaxBodyBytes / 1024));
    }
    if (request.tooManyParameters()) {
        return ActionReply::error(400,
            QStringLiteral("InvalidParameter.TooMany"),
            tr("The request has more than %1 parameters.").arg(SandboxRequest::MaxParameters));
    }
    const std::optional<Product> product = request.product();
    if (request.version().isEmpty())
        return ActionReply::missingParameter(QStringLiteral("Version"));
    if (!product) {
        return ActionReply::error(400,
            QStringLiteral("InvalidVersion"),
            tr("Specified parameter Version is not valid: %1 (expected 2014-08-15 for RDS or "
               "2015-01-01 for Redis).")
                .arg(request.version()));
    }
    const QString action = request.action();
    if (action.isEmpty())
        return ActionReply::missingParameter(QStringLiteral("Action"));
    const bool known = *product == Product::Rds ? m_rds.handles(action) : m_redis.handles(action);
    if (!known) {
        return ActionReply::error(404,
            QStringLiteral("InvalidAction.NotFound"),
            tr("Specified api %1 is not found, please check your url and method.").arg(action));
    }
    const RequestAuthenticator::Result auth = m_authenticator.authenticate(request, now);
    if (!auth.accepted())
        return auth.refusal;
    *identity = auth.identity;
    const ThrottleGate::Decision decision
        = m_throttle.admit(auth.account, ThrottleGate::isOperatorAction(action), m_clock.elapsed());
    if (!decision.admitted) {
        ActionReply throttled = ActionReply::error(
            429, QStringLiteral("Throttling.User"), tr("Request was denied due to user flow control."));
        throttled.extraHeaders.append(
            { QByteArrayLiteral("x-acs-retry-after"), QByteArray::number(decision.retryAfterMs) });
        return throttled;
    }
    return ActionReply::ok();
}

ActionReply SandboxServer::execute(const SandboxRequest& request, const QDateTime& now)
{
    m_state.promoteCreatedAccounts(now);
    m_state.expireOperatorPermissions(now);
    const QString action = request.action();
    const ActionReply reply
        = request.product() == Product::Rds ? m_rds.handle(action, request, now) : m_redis.handle(action, request, now);
    if (!action.startsWith(QLatin1String("Describe"))) {
        const QString instance = request.parameter(ProductInfo::instanceIdParameter(*request.product()));
        const QString account = request.parameter(QStringLiteral("AccountName"));
        emit writeExecuted(
            action, account.isEmpty() ? instance : instance + QLatin1Char('/') + account, reply.httpStatus);
    }
    return reply;
}

ActionReply SandboxServer::process(const SandboxRequest& request)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString identity;
    const ActionReply refusal = admit(request, now, &identity);
    if (refusal.isError())
        return refusal;
    return execute(request, now);
}

void SandboxServer::serve(const QHttpServerRequest& httpRequest, QHttpServerResponder&& responder)
{
    const SandboxRequest request = SandboxRequest::fromHttp(httpRequest);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString identity;
    const ActionReply refusal = admit(request, now, &identity);
    if (refusal.isError()) {
        // The action is what the client sent: quoted, so a crafted one cannot forge log lines.
        qCInfo(lcSandbox) << request.action() << "refused:" << refusal.httpStatus << refusal.code();
        const QPointer<QTcpSocket> socket = responder.socket();
        deliver(std::make_shared<QHttpServerResponder>(std::move(responder)), socket, request, {}, refusal);
        return;
    }
    const FaultInjector::Fault fault = m_faults.next(request.action());
    // Tracked from now on: when the client goes away during a delay, the responder's raw socket pointer dangles.
    const QPointer<QTcpSocket> socket = responder.socket();
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    if (!fault.isNone() && fault.phase == FaultInjector::Phase::BeforeChange) {
        qCInfo(lcSandbox) << "Injecting" << FaultInjector::kindName(fault.kind) << "into" << request.action()
                          << FaultInjector::phaseName(fault.phase);
        if (fault.kind == FaultInjector::Kind::DelayedReply) {
            // The write happens when the late reply goes out, after the client has likely given up.
            QTimer::singleShot(m_options.faultDelayMs, this, [this, shared, socket, request] {
                const ActionReply reply = execute(request, QDateTime::currentDateTimeUtc());
                deliver(shared, socket, request, {}, reply);
            });
            return;
        }
        deliver(shared, socket, request, fault, faultReply(fault.kind));
        return;
    }
    const ActionReply reply = execute(request, now);
    qCInfo(lcSandbox) << request.action() << "from" << identity << "->" << reply.httpStatus << reply.code();
    if (!fault.isNone()) {
        qCInfo(lcSandbox) << "Injecting" << FaultInjector::kindName(fault.kind) << "into" << request.action()
                          << FaultInjector::phaseName(fault.phase);
    }
    deliver(shared, socket, request, fault, reply);
}

ActionReply SandboxServer::faultReply(FaultInjector::Kind kind)
{
    if (kind == FaultInjector::Kind::Http500) {
        return ActionReply::error(500,
            QStringLiteral("InternalError"),
            tr("The request processing has failed due to some unknown error, exception or "
               "failure."));
    }
    return ActionReply::error(503,
        QStringLiteral("ServiceUnavailable"),
        tr("The request has failed due to a temporary failure of the server."));
}

void SandboxServer::deliver(std::shared_ptr<QHttpServerResponder> responder,
    QPointer<QTcpSocket> socket,
    const SandboxRequest& request,
    const FaultInjector::Fault& fault,
    const ActionReply& reply)
{
    // --latency-ms: the reply waits on a timer, so other connections are served meanwhile.
    if (m_options.latencyMs > 0) {
        QTimer::singleShot(m_options.latencyMs, Qt::PreciseTimer, this, [=, this] {
            deliverNow(responder, socket, request, fault, reply);
        });
        return;
    }
    deliverNow(responder, socket, request, fault, reply);
}

void SandboxServer::deliverNow(std::shared_ptr<QHttpServerResponder> responder,
    QPointer<QTcpSocket> socket,
    const SandboxRequest& request,
    const FaultInjector::Fault& fault,
    const ActionReply& reply)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    switch (fault.kind) {
    case FaultInjector::Kind::None:
        send(*responder, request, reply);
        return;
    case FaultInjector::Kind::Http500:
    case FaultInjector::Kind::Http503:
        send(*responder, request, fault.phase == FaultInjector::Phase::AfterChange ? faultReply(fault.kind) : reply);
        return;
    case FaultInjector::Kind::DroppedConnection:
        socket->abort();
        return;
    case FaultInjector::Kind::DelayedReply:
        QTimer::singleShot(m_options.faultDelayMs, this, [this, responder, socket, request, reply] {
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                send(*responder, request, reply);
        });
        return;
    case FaultInjector::Kind::TruncatedBody:
        send(*responder, request, reply, true);
        return;
    }
}

void SandboxServer::send(
    QHttpServerResponder& responder, const SandboxRequest& request, ActionReply reply, bool truncate)
{
    const std::optional<Product> product = request.product();
    const QString requestId = newRequestId();
    reply.body.insert(QStringLiteral("RequestId"), requestId);
    if (reply.isError()) {
        reply.body.insert(QStringLiteral("HostId"), hostId(product));
        reply.body.insert(QStringLiteral("Recommend"),
            QStringLiteral("https://api.aliyun.com/troubleshoot?q=%1&product=%2&requestId=%3")
                .arg(reply.code(),
                    product == Product::Redis ? QStringLiteral("R-kvstore") : QStringLiteral("Rds"),
                    requestId));
    }
    const QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.httpStatus));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=utf-8"));
    responder.writeHeader(QByteArrayLiteral("x-acs-request-id"), requestId.toLatin1());
    for (const auto& [name, value] : reply.extraHeaders)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    if (truncate) {
        // Promise the whole body, send half of it, and hang up: the client sees a cut-off JSON document.
        responder.writeBody(body.left(body.size() / 2));
        if (QTcpSocket* socket = responder.socket()) {
            socket->flush();
            socket->disconnectFromHost();
        }
    } else {
        responder.writeBody(body);
    }
    emit requestAnswered(request.action(), reply.httpStatus);
}
