#include "CallRunner.h"

#include "ApiCall.h"
#include "ApiClient.h"
#include "ApiLogging.h"
#include "CallMeter.h"
#include "Redactor.h"
#include "RequestLog.h"
#include "RequestSigner.h"
#include "ResponseDecoder.h"
#include "WriteOutcome.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace {

qint64 retryAfterMs(const QNetworkReply* reply)
{
    return RetryPolicy::retryAfterHintMs(reply->rawHeader("x-acs-retry-after"), reply->rawHeader("Retry-After"));
}

QString describe(const WireRequest& wire, const QStringList& secrets)
{
    QStringList parts;
    QUrl url = wire.url;
    parts << QString::fromLatin1(wire.method) << Redactor::redactText(url.toString(QUrl::FullyEncoded), secrets);
    for (const auto& [name, value] : Redactor::redact(wire.headers))
        parts << QString::fromLatin1(name) + QStringLiteral(": ")
                + Redactor::redactText(QString::fromUtf8(value), secrets);
    if (!wire.body.isEmpty())
        parts << Redactor::redactText(QString::fromUtf8(wire.body), secrets);
    return parts.join(QStringLiteral(" | "));
}

} // namespace

CallRunner::CallRunner(ApiClient* client, const ApiRequest& request, ApiCall* call)
    : QObject(call)
    , m_client(client)
    , m_request(request)
    , m_credentials(client->m_credentials)
    , m_region(client->m_region)
    , m_endpoints(client->m_endpoints)
    , m_call(call)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // Rate-limit slots are 10 ms apart and seconds ahead; a coarse timer may fire 5 % early or late.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(call, &ApiCall::cancelRequested, this, [this] {
        m_cancelled = true;
        m_timer->stop();
        cancelNetwork();
        if (m_verify)
            m_verify->cancel();
        if (!m_finished) {
            m_finished = true;
            record(false, {}, QStringLiteral("Cancelled")); // ApiCall::cancel() then reports the failure
        }
    });
}

void CallRunner::start()
{
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_elapsed.start();
    startDeadline();
    if (m_request.isWrite && m_request.verify && m_request.verify->checkBefore && m_request.verify->read) {
        readBefore();
        return;
    }
    waitForSlot();
}

QStringList CallRunner::secretValues() const
{
    QStringList values = Redactor::secretValues(m_request.parameters);
    for (const QString& secret :
        { m_credentials.accessKeySecret, m_credentials.securityToken, m_credentials.bearerToken })
        if (!secret.isEmpty())
            values << secret;
    return values;
}

ApiClient::CancelledCall CallRunner::cancelledSummary() const
{
    return { m_request.action, m_request.target, m_request.isWrite, m_request.isWrite && m_sent };
}

void CallRunner::startDeadline()
{
    const qint64 deadline = m_client->m_deadlineMs;
    if (deadline <= 0)
        return;
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this] {
        ServiceError error;
        error.category = ServiceError::Category::Timeout;
        error.code = QStringLiteral("DeadlineExceeded");
        error.action = m_request.action;
        // Computed outside translate(): Qt 6.4 lupdate loops forever on "int(a / b)" in its argument list.
        const int seconds = int(m_client->m_deadlineMs / 1000);
        error.message = QCoreApplication::translate(
            "ApiClient", "The call did not finish within %n second(s).", nullptr, seconds);
        if (m_verify)
            m_verify->cancel();
        failWith(m_request.isWrite && m_sent ? WriteOutcome::unknown(error) : error);
    });
    timer->start(int(std::clamp<qint64>(deadline, 1, std::numeric_limits<int>::max())));
}

// What a later check read can only tell apart when it knows the state before the write (a create's name).
void CallRunner::readBefore()
{
    const VerifyRead verify = *m_request.verify;
    m_verify = m_client->send(*verify.read);
    m_call->follow(m_verify);
    connect(m_verify, &ApiCall::finished, this, [this, verify](const QJsonObject& body, const QString&) {
        m_existedBefore = verify.applied && verify.applied(body);
        waitForSlot();
    });
    // Unknown before: a later check cannot claim the write as ours, but the write itself may still go.
    connect(m_verify, &ApiCall::failed, this, [this](const ServiceError& error) {
        if (error.category == ServiceError::Category::Cancelled)
            return;
        waitForSlot();
    });
}

void CallRunner::waitForSlot()
{
    const qint64 wait = m_client->m_limiter->reserve(m_request.action);
    if (wait <= 0) {
        sendNow();
        return;
    }
    m_timer->disconnect();
    connect(m_timer, &QTimer::timeout, this, &CallRunner::sendNow);
    m_timer->start(int(wait));
}

void CallRunner::sendNow()
{
    if (m_finished)
        return;
    QString endpointError;
    const QString region = m_request.regionId.isEmpty() ? m_region : m_request.regionId;
    const QUrl endpoint = m_endpoints.resolve(m_request.product, region, &endpointError);
    if (!endpoint.isValid() || !EndpointResolver::refusalReason(endpoint).isEmpty()) {
        ServiceError error;
        error.category = ServiceError::Category::InvalidInput;
        error.code = QStringLiteral("InvalidEndpoint");
        error.action = m_request.action;
        error.message = endpoint.isValid() ? EndpointResolver::refusalReason(endpoint) : endpointError;
        failWith(error);
        return;
    }
    if (!m_credentials.isValid()) {
        ServiceError error;
        error.category = ServiceError::Category::Authentication;
        error.code = QStringLiteral("MissingCredentials");
        error.action = m_request.action;
        error.message = QCoreApplication::translate("ApiClient", "No complete credentials are set.");
        failWith(error);
        return;
    }

    const RequestSigner::Stamp stamp { m_client->m_nonce ? m_client->m_nonce() : RequestSigner::newNonce(),
        m_client->m_clock ? m_client->m_clock() : QDateTime::currentDateTimeUtc() };
    const WireRequest wire = RequestSigner::build(m_request, m_credentials, endpoint, stamp, ApiClient::userAgent());
    qCDebug(lcApi).noquote() << "send" << describe(wire, secretValues());

    QNetworkRequest request(wire.url);
    for (const auto& [name, value] : wire.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(m_client->m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // A custom POST: QNAM adds no default content-type then, which would otherwise become a signed header.
    m_reply = m_client->m_network->sendCustomRequest(request, wire.method, wire.body);
    m_sent = true;
    connect(m_reply, &QNetworkReply::finished, this, &CallRunner::onReplyFinished);
    // Refuse an oversized answer as it arrives, before it fills memory.
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        const qint64 cap = m_client->m_maxResponseBytes;
        if (cap > 0 && (received > cap || total > cap) && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    if (m_client->m_meter)
        m_client->m_meter->count(ProductInfo::productCode(m_request.product), m_request.action);
}

void CallRunner::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply.clear();
    if (!reply)
        return;
    reply->deleteLater();
    if (m_finished)
        return;

    ResponseDecoder::Raw raw;
    raw.networkError = reply->error();
    raw.errorString = reply->errorString();
    raw.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.body = reply->isOpen() ? reply->readAll() : QByteArray();
    raw.cancelled = m_cancelled;
    raw.timedOut = !m_cancelled && reply->error() == QNetworkReply::OperationCanceledError;
    m_lastStatus = raw.httpStatus;

    if (m_tooLarge) {
        raw.networkError = QNetworkReply::NoError;
        raw.timedOut = false;
        raw.body.clear();
        raw.tooLarge = true;
    }
    const auto decoded = ResponseDecoder::decode(raw, m_request.action);
    if (!decoded.error) {
        succeed(decoded.body, decoded.body.value(QLatin1String("RequestId")).toString());
        return;
    }
    qCDebug(lcApi).noquote() << m_request.action << "failed:" << decoded.error->code << decoded.error->httpStatus
                             << Redactor::redactText(decoded.error->message, secretValues());
    handleError(*decoded.error, retryAfterMs(reply));
}

void CallRunner::handleError(const ServiceError& error, qint64 retryAfterHintMs)
{
    // A resent write refused as "already exists / not found / already so" may be the first send's doing.
    if (m_resent && m_request.verify && WriteOutcome::mayBeEarlierSend(error)) {
        checkApplied(error, 0, MaxCheckReads);
        return;
    }
    const bool throttled = error.category == ServiceError::Category::Throttled;
    // Throttling answers are definite refusals; other faults (5xx, unreadable answers too) may hide an applied write.
    const bool unknown = m_request.isWrite && m_sent && WriteOutcome::isUnknown(error);
    // A cut-off answer to a read is a transient fault too: reading again is safe.
    const bool cutOffRead = !m_request.isWrite && WriteOutcome::isUnknown(error);
    ServiceError asFault = error;
    if (unknown || cutOffRead)
        asFault.category = ServiceError::Category::Server; // checked and resent on the transient-fault schedule
    const int retry = throttled ? m_throttleRetries + 1 : m_faultRetries + 1;
    const auto delay = m_client->m_retryPolicy.retryDelay(asFault, retry, m_request.isWrite, retryAfterHintMs);
    if (unknown && !error.requestId.isEmpty())
        m_writeRequestId = error.requestId;
    if (!delay) {
        failWith(unknown ? WriteOutcome::unknown(error) : error);
        return;
    }
    (throttled ? m_throttleRetries : m_faultRetries) = retry;
    if (unknown) {
        verifyThenResend(error, *delay);
        return;
    }
    retryAfter(*delay);
}

void CallRunner::verifyThenResend(const ServiceError& error, qint64 delayMs)
{
    if (!m_request.verify || !m_request.verify->read) {
        failWith(WriteOutcome::unknown(error)); // never send a write twice without knowing
        return;
    }
    // Wait the backoff first: right after a fault the service may still be applying the write.
    after(delayMs, [this, error, delayMs] { checkApplied(error, delayMs, MaxCheckReads); });
}

void CallRunner::checkApplied(const ServiceError& error, qint64 delayMs, int readsLeft)
{
    const VerifyRead verify = *m_request.verify;
    m_verify = m_client->send(*verify.read);
    m_call->follow(m_verify);
    connect(m_verify,
        &ApiCall::finished,
        this,
        [this, verify, error, delayMs, readsLeft](const QJsonObject& body, const QString& id) {
            if (verify.applied && verify.applied(body)) {
                confirmApplied(error, id);
                return;
            }
            if (m_resent && WriteOutcome::mayBeEarlierSend(error)) {
                failWith(error); // the read agrees with the refusal: nothing of ours was applied
                return;
            }
            if (readsLeft > 1 && delayMs > 0) {
                after(delayMs, [this, error, delayMs, readsLeft] { checkApplied(error, delayMs, readsLeft - 1); });
                return;
            }
            qCDebug(lcApi) << m_request.action << "did not take effect; resending after" << MaxCheckReads << "reads";
            m_resent = true;
            retryAfter(0);
        });
    connect(m_verify, &ApiCall::failed, this, [this, error](const ServiceError&) {
        failWith(m_resent && WriteOutcome::mayBeEarlierSend(error) ? error : WriteOutcome::unknown(error));
    });
}

void CallRunner::confirmApplied(const ServiceError& error, const QString& readRequestId)
{
    // A create is only known to be ours when a read before the send showed the name free.
    if (m_request.verify->checkBefore && m_existedBefore != false) {
        failWith(WriteOutcome::existedBefore(error, m_request.target));
        return;
    }
    qCDebug(lcApi) << m_request.action << "took effect (a read confirmed it); not resent";
    const QString requestId = m_writeRequestId.isEmpty() ? readRequestId : m_writeRequestId;
    succeed(QJsonObject { { QStringLiteral("RequestId"), requestId },
                { QStringLiteral("ConfirmedByRead"), readRequestId } },
        requestId);
}

void CallRunner::after(qint64 delayMs, std::function<void()> next)
{
    m_timer->disconnect();
    connect(m_timer, &QTimer::timeout, this, std::move(next));
    m_timer->start(int(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
}

void CallRunner::retryAfter(qint64 delayMs)
{
    ++m_retries;
    if (m_call)
        m_call->setRetries(m_retries);
    after(delayMs, [this] { waitForSlot(); });
}

void CallRunner::succeed(const QJsonObject& body, const QString& requestId)
{
    if (m_finished)
        return;
    m_finished = true;
    record(true, requestId, {});
    if (m_call)
        m_call->finish(body, requestId);
}

void CallRunner::failWith(const ServiceError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    cancelNetwork();
    record(false, error.requestId, error.code.isEmpty() ? QStringLiteral("HTTP %1").arg(error.httpStatus) : error.code);
    if (m_call)
        m_call->fail(error);
}

void CallRunner::cancelNetwork()
{
    if (QNetworkReply* reply = m_reply) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void CallRunner::record(bool ok, const QString& requestId, const QString& errorCode)
{
    if (!m_client->m_log)
        return;
    CallRecord record;
    record.time = m_startedAt.isValid() ? m_startedAt : QDateTime::currentDateTimeUtc();
    record.product = ProductInfo::productCode(m_request.product);
    record.action = m_request.action;
    record.target = m_request.target;
    record.httpStatus = m_lastStatus;
    record.durationMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    record.requestId = requestId;
    record.retries = m_retries;
    record.ok = ok;
    record.errorCode = ok ? QString() : errorCode;
    m_client->m_log->record(record);
}
