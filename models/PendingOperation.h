#pragma once

#include "AsyncAction.h"

#include <QString>

// One asynchronous account operation as the UI sees it: it succeeds with the RequestId of the change, or fails
// with a ServiceError, then emits finished(). Whoever performs the work (the app's AccountController, a test fake)
// calls succeed() or fail(); cancel() asks the performer to abort, which then fails with Category::Cancelled.
class PendingOperation : public AsyncAction
{
    Q_OBJECT

public:
    explicit PendingOperation(const QString& action, QObject* parent = nullptr);

    void succeed(const QString& requestId);
    // A multi-step write whose later step failed after earlier ones were applied: a partial success. applied
    // says what was done ("etl_v2 was created"), failedStep what failed ("granting Read/Write on app_db").
    // What the operation is doing now ("Granting Read/Write on app_db…"), for the dialog's busy line.
    void setProgress(const QString& text);

    void failPartly(const QString& applied, const QString& failedStep, const ServiceError& error);

    bool isPartial() const { return !m_applied.isEmpty(); }
    QString appliedText() const { return m_applied; }
    QString failedStepText() const { return m_failedStep; }
    // The sentence a user reads first: "etl_v2 was created; granting Read/Write on app_db failed"; empty when
    // nothing was applied.
    QString partialSummary() const;
    // What leads the error: the partial summary, else which step failed ("Granting Read/Write on app_db, orders
    // failed", naming the databases the failed call covered); empty for a single-call write.
    QString failureLead() const;

signals:
    void succeeded(const QString& requestId);
    void finished();
    void progressChanged(const QString& text);

private:
    void ended() override;

    QString m_applied;
    QString m_failedStep;
};
