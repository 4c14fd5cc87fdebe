#pragma once

#include "ServiceError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

// Handle of one asynchronous call (which may be several HTTP requests: retries, a verify read, pages).
// Emits exactly one of finished() / failed(), then done(), and deletes itself later. cancel() aborts the
// request in flight and fails with Category::Cancelled (a closed dialog cancels its call this way).
class ApiCall : public QObject
{
    Q_OBJECT

public:
    explicit ApiCall(const QString& action, QObject* parent = nullptr);

    QString action() const { return m_action; }
    bool isFinished() const { return m_finished; }
    int retries() const { return m_retries; }
    void setRetries(int retries) { m_retries = retries; }

    // For whoever performs the call (ApiClient, typed clients); the first of the two wins.
    void finish(const QJsonObject& body, const QString& requestId);
    void fail(const ServiceError& error);
    // A composite call (pages, verify read) runs `step` now: cancelling this call cancels the step.
    void follow(ApiCall* step);

public slots:
    void cancel();

signals:
    void finished(const QJsonObject& body, const QString& requestId);
    void failed(const ServiceError& error);
    void done();
    void cancelRequested();

private:
    QString m_action;
    bool m_finished = false;
    int m_retries = 0;
    QPointer<ApiCall> m_step;
};
