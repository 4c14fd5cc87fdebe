#pragma once

#include "AsyncAction.h"

#include <QJsonObject>
#include <QPointer>

// Handle of one asynchronous call (which may be several HTTP requests: retries, a verify read, pages).
// Emits exactly one of finished() / failed(), then done(), and deletes itself later. cancel() aborts the
// request in flight and fails with Category::Cancelled (a closed dialog cancels its call this way).
class ApiCall : public AsyncAction
{
    Q_OBJECT

public:
    explicit ApiCall(const QString& action, QObject* parent = nullptr);

    int retries() const { return m_retries; }
    void setRetries(int retries) { m_retries = retries; }

    // For whoever performs the call (ApiClient, AccountClient); the first of finish() and fail() wins.
    void finish(const QJsonObject& body, const QString& requestId);
    // A composite call (pages, verify read) runs `step` now: cancelling this call cancels the step.
    void follow(ApiCall* step);

signals:
    void finished(const QJsonObject& body, const QString& requestId);
    void done();

private:
    void ended() override;
    void cancelling() override;

    int m_retries = 0;
    QPointer<ApiCall> m_step;
};
