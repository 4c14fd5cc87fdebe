#pragma once

#include "ApiRequest.h"
#include "ServiceError.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

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

private:
    void waitForSlot();
    void sendNow();
    void onReplyFinished();
    void handleError(const ServiceError& error, qint64 retryAfterHintMs);
    void verifyThenResend(const ServiceError& error, qint64 delayMs);
    void retryAfter(qint64 delayMs);
    void succeed(const QJsonObject& body, const QString& requestId);
    void failWith(const ServiceError& error);
    void cancelNetwork();
    void record(bool ok, const QString& requestId, const QString& errorCode);

    ApiClient* m_client;
    ApiRequest m_request;
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
};
