#pragma once

#include "ApiCall.h"
#include "ApiRequest.h"
#include "Credentials.h"
#include "EndpointResolver.h"
#include "RateLimiter.h"
#include "RetryPolicy.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

class CallMeter;
class QNetworkAccessManager;
class RequestLog;

// The asynchronous OpenAPI client: signs (RequestSigner), resolves the endpoint, waits for the rate limiter,
// sends on one QNetworkAccessManager (keep-alive, per-request timeout, TLS always verified), decodes the answer
// into a JSON body or a ServiceError, retries per RetryPolicy, verifies unknown-outcome writes with a read
// before resending, and records every finished call in the RequestLog and the CallMeter.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    void setCredentials(const Credentials& credentials);
    Credentials credentials() const { return m_credentials; }
    void setRegion(const QString& regionId);
    QString region() const { return m_region; }
    EndpointResolver& endpoints() { return m_endpoints; }
    const EndpointResolver& endpoints() const { return m_endpoints; }

    // Share one limiter between all clients of one AccessKey; by default each client has its own.
    void setRateLimiter(std::shared_ptr<RateLimiter> limiter);
    std::shared_ptr<RateLimiter> rateLimiter() const { return m_limiter; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }
    const RetryPolicy& retryPolicy() const { return m_retryPolicy; }
    // Idle timeout of one HTTP exchange (no bytes for this long).
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }
    // Overall deadline of one call, its retries and check reads included; 0 = none.
    void setDeadlineMs(qint64 deadlineMs) { m_deadlineMs = deadlineMs; }
    qint64 deadlineMs() const { return m_deadlineMs; }
    // A response body larger than this is refused as an error (ResponseTooLarge).
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    void setRequestLog(RequestLog* log) { m_log = log; }
    void setCallMeter(CallMeter* meter) { m_meter = meter; }
    // For tests: pin the signing time and the nonces.
    void setClock(std::function<QDateTime()> utcNow) { m_clock = std::move(utcNow); }
    void setNonceSource(std::function<QString()> nonce) { m_nonce = std::move(nonce); }

    // Starts the call at once (asynchronously) and returns its handle; the handle deletes itself after done().
    // The call keeps the credentials, region and endpoints of this moment, for its retries and reads too.
    ApiCall* send(const ApiRequest& request);

    struct CancelledCall
    {
        QString action;
        QString target;
        bool isWrite = false;
        bool mayHaveApplied = false; // a write that had been sent at least once
    };
    // Cancels every call in flight (their resends and check reads too), e.g. when the profile changes, and says
    // which were cancelled.
    QList<CancelledCall> cancelAll();
    // A sentence for the user about the cancelled writes ("CreateAccount rm-1/app: may have been applied"), or
    // empty when no write was cancelled.
    static QString describeCancelled(const QList<CancelledCall>& cancelled);

    QNetworkAccessManager* network() const { return m_network; }
    // "ApsaraAccounts/<version> Qt/<qVersion>"
    static QByteArray userAgent();

private:
    friend class CallRunner;

    QNetworkAccessManager* m_network;
    Credentials m_credentials;
    QString m_region;
    EndpointResolver m_endpoints;
    std::shared_ptr<RateLimiter> m_limiter;
    RetryPolicy m_retryPolicy;
    int m_timeoutMs = 30000;
    qint64 m_deadlineMs = 120000;
    qint64 m_maxResponseBytes = 8 * 1024 * 1024;
    RequestLog* m_log = nullptr;
    CallMeter* m_meter = nullptr;
    std::function<QDateTime()> m_clock;
    std::function<QString()> m_nonce;
};
