#include "AsyncAction.h"

AsyncAction::AsyncAction(const QString& action, QObject* parent)
    : QObject(parent)
    , m_action(action)
{
}

bool AsyncAction::finishOnce()
{
    if (m_finished)
        return false;
    m_finished = true;
    return true;
}

void AsyncAction::fail(const ServiceError& error)
{
    if (!finishOnce())
        return;
    emit failed(error);
    ended();
}

void AsyncAction::cancel()
{
    if (m_finished)
        return;
    emit cancelRequested();
    cancelling();
}
