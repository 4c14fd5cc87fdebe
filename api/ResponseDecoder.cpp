#include "ResponseDecoder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

QString field(const QJsonObject& body, const char* upper, const char* lower)
{
    const QJsonValue value
        = body.contains(QLatin1String(upper)) ? body.value(QLatin1String(upper)) : body.value(QLatin1String(lower));
    return value.isString() ? value.toString() : value.toVariant().toString();
}

bool isSuccessCode(const QString& code)
{
    return code.isEmpty() || code == QLatin1String("200") || code == QLatin1String("OK")
        || code == QLatin1String("Success") || code == QLatin1String("success");
}

bool containsAny(const QString& code, std::initializer_list<const char*> parts)
{
    for (const char* part : parts) {
        if (code.contains(QLatin1String(part), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// What the body starts with, for a parse error message; never the whole body (it could be large).
QString describeBody(const QByteArray& body)
{
    const QByteArray start = body.trimmed().left(1);
    if (body.trimmed().isEmpty())
        return QCoreApplication::translate("ResponseDecoder", "an empty body");
    if (start == "<") {
        return body.contains("<html") || body.contains("<HTML") || body.contains("<!DOCTYPE")
            ? QCoreApplication::translate("ResponseDecoder", "an HTML page")
            : QCoreApplication::translate("ResponseDecoder", "XML");
    }
    return QCoreApplication::translate("ResponseDecoder", "malformed JSON");
}

} // namespace

ResponseDecoder::Decoded ResponseDecoder::decode(const Raw& raw, const QString& action)
{
    ServiceError error;
    error.action = action;
    error.httpStatus = raw.httpStatus;

    if (raw.tooLarge) {
        error.category = ServiceError::Category::Parse;
        error.code = QStringLiteral("ResponseTooLarge");
        error.message = QCoreApplication::translate(
            "ResponseDecoder", "The answer was larger than any documented answer and was refused unread.");
        return { {}, error };
    }
    if (raw.cancelled || (raw.networkError != QNetworkReply::NoError && raw.httpStatus == 0)) {
        error.category = raw.cancelled ? ServiceError::Category::Cancelled
            : raw.timedOut             ? ServiceError::Category::Timeout
                                       : transportCategory(raw.networkError);
        error.message = raw.cancelled ? QCoreApplication::translate("ResponseDecoder", "The call was cancelled.")
            : raw.timedOut            ? QCoreApplication::translate("ResponseDecoder", "No answer in time.")
                                      : raw.errorString;
        error.code = raw.cancelled ? QStringLiteral("Cancelled")
            : raw.timedOut         ? QStringLiteral("Timeout")
                                   : transportCode(raw.networkError);
        return { {}, error };
    }

    QJsonParseError parse {};
    const QJsonDocument document = QJsonDocument::fromJson(raw.body, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject())
        return { {}, parseError(raw, action, describeBody(raw.body)) };

    const QJsonObject body = document.object();
    const QString code = field(body, "Code", "code");
    const bool httpOk = raw.httpStatus >= 200 && raw.httpStatus < 300;
    if (httpOk && isSuccessCode(code)) {
        if (!body.value(QLatin1String("RequestId")).isString())
            return { {}, parseError(raw, action, QCoreApplication::translate("ResponseDecoder", "no RequestId")) };
        return { body, std::nullopt };
    }

    error.code = code;
    error.message = field(body, "Message", "message");
    error.requestId = field(body, "RequestId", "requestId");
    error.hostId = field(body, "HostId", "hostId");
    error.recommend = field(body, "Recommend", "recommend");
    error.category = categoryFor(raw.httpStatus, code);
    return { {}, error };
}

ServiceError ResponseDecoder::parseError(const Raw& raw, const QString& action, const QString& why)
{
    ServiceError error;
    error.action = action;
    error.httpStatus = raw.httpStatus;
    error.category = ServiceError::Category::Parse;
    error.message = QCoreApplication::translate("ResponseDecoder",
        "The server answered %1 (HTTP %2) instead of a "
        "JSON object with a RequestId.")
                        .arg(why)
                        .arg(raw.httpStatus);
    return error;
}

ServiceError::Category ResponseDecoder::categoryFor(int httpStatus, const QString& code)
{
    using C = ServiceError::Category;
    if (httpStatus == 429 || code.contains(QLatin1String("Throttling"), Qt::CaseInsensitive))
        return C::Throttled;
    if (httpStatus >= 500)
        return C::Server;
    if (containsAny(code, { "NotFound", "NotExist" }))
        return C::NotFound;
    if (containsAny(code,
            { "AlreadyExist",
                "Duplicate",
                "QuotaExceed",
                "DependOn",
                "InvalidDBInstanceStatus",
                "IncorrectDBInstanceState",
                "IncorrectInstanceStatus",
                "InvalidStatus",
                "OperationDenied",
                "InstanceStatus" }))
        return C::Conflict;
    if (httpStatus == 401
        || containsAny(code,
            { "AccessKey",
                "Signature",
                "SecurityToken",
                "Forbidden",
                "NoPermission",
                "InvalidTimeStamp",
                "Unauthorized",
                "Authorization",
                "BearerToken" }))
        return C::Authentication;
    switch (httpStatus) {
    case 403:
        return C::Authentication;
    case 404:
        return C::NotFound;
    case 409:
        return C::Conflict;
    default:
        break;
    }
    return C::InvalidInput;
}

ServiceError::Category ResponseDecoder::transportCategory(QNetworkReply::NetworkError error)
{
    using C = ServiceError::Category;
    switch (error) {
    case QNetworkReply::TimeoutError:
        return C::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return C::Tls;
    case QNetworkReply::OperationCanceledError:
        return C::Cancelled;
    default:
        break;
    }
    return C::Network;
}

QString ResponseDecoder::transportCode(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("ConnectionRefused");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("HostNotFound");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("RemoteHostClosed");
    case QNetworkReply::TimeoutError:
        return QStringLiteral("Timeout");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("TlsHandshakeFailed");
    default:
        break;
    }
    return QStringLiteral("NetworkError");
}
