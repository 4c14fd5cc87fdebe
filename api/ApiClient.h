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
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }
    void setRequestLog(RequestLog* log) { m_log = log; }
    void setCallMeter(CallMeter* meter) { m_meter = meter; }
    // For tests: pin the signing time and the nonces.
    void setClock(std::function<QDateTime()> utcNow) { m_clock = std::move(utcNow); }
    void setNonceSource(std::function<QString()> nonce) { m_nonce = std::move(nonce); }

    // Starts the call at once (asynchronously) and returns its handle; the handle deletes itself after done().
    ApiCall* send(const ApiRequest& request);

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
    RequestLog* m_log = nullptr;
    CallMeter* m_meter = nullptr;
    std::function<QDateTime()> m_clock;
    std::function<QString()> m_nonce;
};
