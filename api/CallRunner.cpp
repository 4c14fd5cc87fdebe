#include "CallRunner.h"

#include "ApiCall.h"
#include "ApiClient.h"
#include "ApiLogging.h"
#include "CallMeter.h"
#include "Redactor.h"
#include "RequestLog.h"
#include "RequestSigner.h"
#include "ResponseDecoder.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {

qint64 retryAfterMs(const QNetworkReply* reply)
{
    return RetryPolicy::retryAfterHintMs(reply->rawHeader("x-acs-retry-after"), reply->rawHeader("Retry-After"));
}

QString describe(const WireRequest& wire)
{
    QStringList parts;
    QUrl url = wire.url;
    parts << QString::fromLatin1(wire.method) << Redactor::redactText(url.toString(QUrl::FullyEncoded));
    for (const auto& [name, value] : Redactor::redact(wire.headers))
        parts << QString::fromLatin1(name) + QStringLiteral(": ") + Redactor::redactText(QString::fromUtf8(value));
    return parts.join(QStringLiteral(" | "));
}

} // namespace

CallRunner::CallRunner(ApiClient* client, const ApiRequest& request, ApiCall* call)
    : QObject(call)
    , m_client(client)
    , m_request(request)
    , m_call(call)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
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
    waitForSlot();
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
    const QString region = m_request.regionId.isEmpty() ? m_client->m_region : m_request.regionId;
    const QUrl endpoint = m_client->m_endpoints.resolve(m_request.product, region, &endpointError);
    if (!endpoint.isValid() || !EndpointResolver::refusalReason(endpoint).isEmpty()) {
        ServiceError error;
        error.category = ServiceError::Category::InvalidInput;
        error.code = QStringLiteral("InvalidEndpoint");
        error.action = m_request.action;
        error.message = endpoint.isValid() ? EndpointResolver::refusalReason(endpoint) : endpointError;
        failWith(error);
        return;
    }
    if (!m_client->m_credentials.isValid()) {
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
    const WireRequest wire
        = RequestSigner::build(m_request, m_client->m_credentials, endpoint, stamp, ApiClient::userAgent());
    qCDebug(lcApi).noquote() << "send" << describe(wire);

    QNetworkRequest request(wire.url);
    for (const auto& [name, value] : wire.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(m_client->m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // A custom POST: QNAM adds no default content-type then, which would otherwise become a signed header.
    m_reply = m_client->m_network->sendCustomRequest(request, wire.method, wire.body);
    connect(m_reply, &QNetworkReply::finished, this, &CallRunner::onReplyFinished);
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

    const auto decoded = ResponseDecoder::decode(raw, m_request.action);
    if (!decoded.error) {
        succeed(decoded.body, decoded.body.value(QLatin1String("RequestId")).toString());
        return;
    }
    qCDebug(lcApi).noquote() << m_request.action << "failed:" << decoded.error->code << decoded.error->httpStatus
                             << Redactor::redactText(decoded.error->message);
    handleError(*decoded.error, retryAfterMs(reply));
}

void CallRunner::handleError(const ServiceError& error, qint64 retryAfterHintMs)
{
    const bool throttled = error.category == ServiceError::Category::Throttled;
    const int retry = throttled ? m_throttleRetries + 1 : m_faultRetries + 1;
    const auto delay = m_client->m_retryPolicy.retryDelay(error, retry, m_request.isWrite, retryAfterHintMs);
    if (!delay) {
        failWith(error);
        return;
    }
    (throttled ? m_throttleRetries : m_faultRetries) = retry;
    // Throttling answers are definite refusals; other transient faults may hide an applied write.
    if (m_request.isWrite && !throttled && RetryPolicy::outcomeUnknown(error)) {
        verifyThenResend(error, *delay);
        return;
    }
    retryAfter(*delay);
}

void CallRunner::verifyThenResend(const ServiceError& error, qint64 delayMs)
{
    if (!m_request.verify || !m_request.verify->read) {
        failWith(error); // never send a write twice without knowing it did not happen
        return;
    }
    const VerifyRead verify = *m_request.verify;
    m_verify = m_client->send(*verify.read);
    m_call->follow(m_verify);
    connect(m_verify, &ApiCall::finished, this, [this, verify, delayMs](const QJsonObject& body, const QString& id) {
        if (verify.applied && verify.applied(body)) {
            qCDebug(lcApi) << m_request.action << "took effect before the fault; not resent";
            succeed(body, id);
            return;
        }
        retryAfter(delayMs);
    });
    connect(m_verify, &ApiCall::failed, this, [this, error](const ServiceError&) { failWith(error); });
}

void CallRunner::retryAfter(qint64 delayMs)
{
    ++m_retries;
    if (m_call)
        m_call->setRetries(m_retries);
    m_timer->disconnect();
    connect(m_timer, &QTimer::timeout, this, &CallRunner::waitForSlot);
    m_timer->start(int(std::max<qint64>(0, delayMs)));
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
