#include "PendingOperation.h"

PendingOperation::PendingOperation(const QString& action, QObject* parent)
    : QObject(parent)
    , m_action(action)
{
}

void PendingOperation::succeed(const QString& requestId)
{
    if (m_finished)
        return;
    m_finished = true;
    emit succeeded(requestId);
    emit finished();
}

void PendingOperation::fail(const ServiceError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    emit failed(error);
    emit finished();
}

void PendingOperation::cancel()
{
    if (!m_finished)
        emit cancelRequested();
}
