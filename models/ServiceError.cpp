#include "ServiceError.h"

#include "ErrorCatalog.h"

#include <QCoreApplication>

namespace {

bool isReadAction(const QString& action)
{
    return action.startsWith(QLatin1String("Describe"));
}

} // namespace

QString ServiceError::userText() const
{
    return ErrorCatalog::adviceFor(*this).text;
}

QString ServiceError::recommendedAction() const
{
    return ErrorCatalog::adviceFor(*this).action;
}

bool ServiceError::isRetrySafe() const
{
    if (outcomeUnknown)
        return false;
    if (ErrorCatalog::isRejectedBeforeProcessing(code))
        return true;
    switch (category) {
    case Category::Throttled:
    case Category::Server: // the seed: retry 5xx at most 3 times
        return true;
    case Category::Network:
    case Category::Timeout:
    case Category::Parse:
        // A write may have reached the server; only reads are repeated blindly.
        return isReadAction(action);
    case Category::Tls:
    case Category::Authentication:
    case Category::InvalidInput:
    case Category::NotFound:
    case Category::Conflict:
    case Category::Cancelled:
        return false;
    }
    return false;
}

QString ServiceError::summary() const
{
    QStringList details;
    if (!code.isEmpty())
        details.append(QCoreApplication::translate("ServiceError", "Code: %1").arg(code));
    if (!message.isEmpty())
        details.append(QCoreApplication::translate("ServiceError", "Message: %1").arg(message));
    if (httpStatus != 0)
        details.append(QCoreApplication::translate("ServiceError", "HTTP %1").arg(httpStatus));
    details.append(requestId.isEmpty() ? QCoreApplication::translate("ServiceError", "no RequestId")
                                       : QCoreApplication::translate("ServiceError", "RequestId: %1").arg(requestId));
    QString line = userText();
    if (!action.isEmpty())
        line = QCoreApplication::translate("ServiceError", "%1 failed: %2").arg(action, line);
    return line + QLatin1String(" (") + details.join(QLatin1String("; ")) + QLatin1Char(')');
}

QString ServiceError::categoryName(Category category)
{
    switch (category) {
    case Category::Network:
        return QCoreApplication::translate("ServiceError", "Network");
    case Category::Timeout:
        return QCoreApplication::translate("ServiceError", "Timeout");
    case Category::Tls:
        return QCoreApplication::translate("ServiceError", "Secure connection");
    case Category::Authentication:
        return QCoreApplication::translate("ServiceError", "Authentication");
    case Category::Throttled:
        return QCoreApplication::translate("ServiceError", "Throttled");
    case Category::InvalidInput:
        return QCoreApplication::translate("ServiceError", "Invalid input");
    case Category::NotFound:
        return QCoreApplication::translate("ServiceError", "Not found");
    case Category::Conflict:
        return QCoreApplication::translate("ServiceError", "Conflict");
    case Category::Server:
        return QCoreApplication::translate("ServiceError", "Server");
    case Category::Parse:
        return QCoreApplication::translate("ServiceError", "Unreadable answer");
    case Category::Cancelled:
        return QCoreApplication::translate("ServiceError", "Cancelled");
    }
    return {};
}
