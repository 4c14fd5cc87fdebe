#pragma once

#include "ServiceError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QString>

#include <optional>

// Turns what came back for one attempt (transport error, HTTP status, body) into a JSON body or a ServiceError
// with the right category. Malformed bodies (HTML, XML, truncated or empty JSON) become Category::Parse.
class ResponseDecoder
{
public:
    struct Raw
    {
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString errorString;
        int httpStatus = 0; // 0 when no HTTP answer arrived
        QByteArray body;
        bool timedOut = false; // the transfer timeout fired (Qt reports OperationCanceledError then)
        bool cancelled = false;
        bool tooLarge = false; // the body passed the size cap and was refused unread
    };
    struct Decoded
    {
        QJsonObject body;
        std::optional<ServiceError> error;
    };

    static Decoded decode(const Raw& raw, const QString& action);
    // Category for an answer with an HTTP status and a server Code (either may be empty/0).
    static ServiceError::Category categoryFor(int httpStatus, const QString& code);
    // Category for a transport failure without an HTTP answer.
    static ServiceError::Category transportCategory(QNetworkReply::NetworkError error);
    // Stable name of a transport failure for ServiceError::code ("ConnectionRefused", "RemoteHostClosed", ...).
    static QString transportCode(QNetworkReply::NetworkError error);

private:
    static ServiceError parseError(const Raw& raw, const QString& action, const QString& why);
};
