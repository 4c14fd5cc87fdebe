#include "ApiCall.h"

#include <QCoreApplication>

ApiCall::ApiCall(const QString& action, QObject* parent)
    : AsyncAction(action, parent)
{
}

void ApiCall::finish(const QJsonObject& body, const QString& requestId)
{
    if (!finishOnce())
        return;
    emit finished(body, requestId);
    ended();
}

void ApiCall::ended()
{
    emit done();
    deleteLater();
}

void ApiCall::follow(ApiCall* step)
{
    m_step = step;
}

void ApiCall::cancelling()
{
    if (m_step)
        m_step->cancel();
    ServiceError error;
    error.category = ServiceError::Category::Cancelled;
    error.action = action();
    error.code = QStringLiteral("Cancelled");
    error.message = QCoreApplication::translate("ApiCall", "The call was cancelled.");
    fail(error);
}
