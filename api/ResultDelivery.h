#pragma once

#include "ApiCall.h"
#include "ApiResult.h"
#include "JsonReader.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

// Connects an ApiCall to a typed completion callback: `parse` turns the final body into T (a Parse error when it
// does not fit); `done` runs in `context`'s thread and only while `context` lives. Destroying `context` (a closed
// dialog) cancels the call.
namespace ResultDelivery {

template<typename T>
ApiCall* deliver(ApiCall* call,
    QObject* context,
    std::function<T(const QJsonObject&, JsonReader&)> parse,
    std::function<void(const ApiResult<T>&)> done)
{
    QObject* receiver = context ? context : call;
    if (context) {
        // Disconnect first: the callbacks must not run on a context that is half destroyed.
        QObject::connect(context, &QObject::destroyed, call, [call, context] {
            QObject::disconnect(call, nullptr, context, nullptr);
            call->cancel();
        });
    }
    const QString action = call->action();
    QObject::connect(
        call, &ApiCall::finished, receiver, [parse, done, action](const QJsonObject& body, const QString& requestId) {
            ApiResult<T> result;
            result.requestId = requestId;
            JsonReader reader(action);
            result.value = parse(body, reader);
            if (!reader.ok()) {
                result.value = T {};
                result.error = reader.error();
                result.error->requestId = requestId;
            }
            if (done)
                done(result);
        });
    QObject::connect(call, &ApiCall::failed, receiver, [done](const ServiceError& error) {
        ApiResult<T> result;
        result.error = error;
        result.requestId = error.requestId;
        if (done)
            done(result);
    });
    return call;
}

// For writes: the value is the RequestId of the change.
inline ApiCall* deliverWrite(ApiCall* call, QObject* context, std::function<void(const ApiResult<QString>&)> done)
{
    return deliver<QString>(
        call,
        context,
        [](const QJsonObject& body, JsonReader&) { return body.value(QLatin1String("RequestId")).toString(); },
        std::move(done));
}

} // namespace ResultDelivery
