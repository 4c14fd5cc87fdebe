#pragma once

#include "ServiceError.h"

#include <QObject>
#include <QString>

// What an ApiCall (one call as the api layer sends it) and a PendingOperation (one account operation as the UI sees
// it) share: the OpenAPI action that names it, and an end that comes exactly once, the first of success and failure
// winning. cancel() asks whoever performs it to stop, which then fails with Category::Cancelled.
class AsyncAction : public QObject
{
    Q_OBJECT

public:
    QString action() const { return m_action; }
    bool isFinished() const { return m_finished; }

    void fail(const ServiceError& error);

public slots:
    void cancel();

signals:
    void failed(const ServiceError& error);
    void cancelRequested();

protected:
    AsyncAction(const QString& action, QObject* parent);

    // Marks the end; false when it had come already, and then the caller reports nothing.
    bool finishOnce();
    // After the success or failure signal: the subclass's own end signal.
    virtual void ended() = 0;
    // Runs on cancel() of an unfinished action, after cancelRequested().
    virtual void cancelling() { }

private:
    QString m_action;
    bool m_finished = false;
};
