#pragma once

#include "ApiClient.h"
#include "ApiRequest.h"
#include "Credentials.h"
#include "EndpointResolver.h"
#include "ServiceError.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class ApiCall;
class ApiClient;
class QNetworkReply;
class QTimer;

// Drives one ApiCall through rate limit -> send -> decode -> retry / verify-then-resend, then records it.
// Internal to ApiClient; one per call, deleted with the call.
class CallRunner : public QObject
{
    Q_OBJECT

public:
    CallRunner(ApiClient* client, const ApiRequest& request, ApiCall* call);

    void start();
    ApiClient::CancelledCall cancelledSummary() const;

private:
    void waitForSlot();
    void sendNow();
    void onReplyFinished();
    QStringList secretValues() const; // this call's passwords and credentials, masked wherever they appear
    void startDeadline();
    void readBefore();
    void handleError(const ServiceError& error, qint64 retryAfterHintMs);
    void verifyThenResend(const ServiceError& error, qint64 delayMs);
    // Reads up to readsLeft times, delayMs apart; resends only when none shows the write applied.
    void checkApplied(const ServiceError& error, qint64 delayMs, int readsLeft);
    void confirmApplied(const ServiceError& error, const QString& readRequestId);
    void after(qint64 delayMs, std::function<void()> next);
    void retryAfter(qint64 delayMs);
    void succeed(const QJsonObject& body, const QString& requestId);
    void failWith(const ServiceError& error);
    void cancelNetwork();
    void record(bool ok, const QString& requestId, const QString& errorCode);

    ApiClient* m_client;
    ApiRequest m_request;
    // Fixed when the call is made: a profile switch must not send this call's retries with other credentials.
    Credentials m_credentials;
    QString m_region;
    EndpointResolver m_endpoints;
    QPointer<ApiCall> m_call;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_timer;
    QPointer<ApiCall> m_verify;
    QDateTime m_startedAt;
    QElapsedTimer m_elapsed;
    int m_retries = 0; // all resends, for the log
    int m_throttleRetries = 0;
    int m_faultRetries = 0;
    int m_lastStatus = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_sent = false; // at least one send left this machine
    bool m_resent = false; // the write was sent again after reads showed it had not applied
    bool m_tooLarge = false;
    std::optional<bool> m_existedBefore; // a create's name, read before the first send
    QString m_writeRequestId; // the write's own RequestId, from an answer that left its outcome unknown

    static constexpr int MaxCheckReads = 3;
};
