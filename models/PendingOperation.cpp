#include "PendingOperation.h"

PendingOperation::PendingOperation(const QString& action, QObject* parent)
    : AsyncAction(action, parent)
{
}

void PendingOperation::succeed(const QString& requestId)
{
    if (!finishOnce())
        return;
    emit succeeded(requestId);
    ended();
}

void PendingOperation::ended()
{
    emit finished();
}

void PendingOperation::setProgress(const QString& text)
{
    if (!isFinished())
        emit progressChanged(text);
}

void PendingOperation::failPartly(const QString& applied, const QString& failedStep, const ServiceError& error)
{
    if (isFinished())
        return;
    m_applied = applied;
    m_failedStep = failedStep;
    fail(error);
}

QString PendingOperation::partialSummary() const
{
    if (m_applied.isEmpty())
        return {};
    if (m_failedStep.isEmpty())
        return m_applied;
    //: %1 what was applied ("etl_v2 was created"), %2 the step that failed ("granting Read/Write on app_db")
    return tr("%1; %2 failed").arg(m_applied, m_failedStep);
}

QString PendingOperation::failureLead() const
{
    if (isPartial())
        return partialSummary();
    if (m_failedStep.isEmpty())
        return {};
    QString step = m_failedStep;
    step[0] = step.at(0).toUpper();
    //: %1 the step that failed ("Granting Read/Write on app_db")
    return tr("%1 failed").arg(step);
}
