#pragma once

#include "ServiceError.h"

#include <QObject>
#include <QString>

// One asynchronous account operation as the UI sees it: it succeeds with the RequestId of the change, or fails
// with a ServiceError. Whoever performs the work (the app's AccountController, a test fake) calls succeed() or
// fail() exactly once; cancel() asks the performer to abort, which then fails with Category::Cancelled.
class PendingOperation : public QObject
{
    Q_OBJECT

public:
    explicit PendingOperation(const QString& action, QObject* parent = nullptr);

    QString action() const { return m_action; }
    bool isFinished() const { return m_finished; }

    void succeed(const QString& requestId);
    void fail(const ServiceError& error);

public slots:
    void cancel();

signals:
    void succeeded(const QString& requestId);
    void failed(const ServiceError& error);
    void finished();
    void cancelRequested();

private:
    QString m_action;
    bool m_finished = false;
};
