#include "ApiCall.h"

#include <QCoreApplication>

ApiCall::ApiCall(const QString& action, QObject* parent)
    : QObject(parent)
    , m_action(action)
{
}

void ApiCall::finish(const QJsonObject& body, const QString& requestId)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(body, requestId);
    emit done();
    deleteLater();
}

void ApiCall::fail(const ServiceError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    emit failed(error);
    emit done();
    deleteLater();
}

void ApiCall::follow(ApiCall* step)
{
    m_step = step;
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    emit cancelRequested();
    if (m_step)
        m_step->cancel();
    ServiceError error;
    error.category = ServiceError::Category::Cancelled;
    error.action = m_action;
    error.code = QStringLiteral("Cancelled");
    error.message = QCoreApplication::translate("ApiCall", "The call was cancelled.");
    fail(error);
}
