#include "PagedCall.h"

#include "ApiCall.h"
#include "ApiClient.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

using PagedCall::MaxPages; // so a server that always says "more" cannot loop forever

void runPage(
    ApiClient* client, ApiCall* umbrella, const ApiRequest& request, const PagedCall::PageParser& page, int pageIndex)
{
    ApiCall* step = client->send(request);
    umbrella->follow(step);
    QObject::connect(
        step, &ApiCall::failed, umbrella, [umbrella](const ServiceError& error) { umbrella->fail(error); });
    QObject::connect(step,
        &ApiCall::finished,
        umbrella,
        [client, umbrella, request, page, pageIndex](const QJsonObject& body, const QString& requestId) {
            JsonReader reader(request.action);
            const auto next = page(body, reader);
            if (!reader.ok()) {
                ServiceError error = *reader.error();
                error.requestId = requestId;
                umbrella->fail(error);
                return;
            }
            if (!next) {
                umbrella->finish(body, requestId);
                return;
            }
            if (pageIndex + 1 >= MaxPages) { // an error, not a list silently cut short
                ServiceError error;
                error.category = ServiceError::Category::Parse;
                error.code = QStringLiteral("TooManyPages");
                error.action = request.action;
                error.requestId = requestId;
                error.message = QCoreApplication::translate("PagedCall",
                    "The %1 answer still had more after %2 pages; the list was not loaded rather than shown "
                    "incomplete.")
                                    .arg(request.action)
                                    .arg(QString::number(MaxPages));
                umbrella->fail(error);
                return;
            }
            ApiRequest following = request;
            following.parameters = PagedCall::withParameters(request.parameters, *next);
            runPage(client, umbrella, following, page, pageIndex + 1);
        });
}

} // namespace

namespace PagedCall {

ApiCall* run(ApiClient* client, const ApiRequest& firstPage, const PageParser& page)
{
    auto* umbrella = new ApiCall(firstPage.action, client);
    runPage(client, umbrella, firstPage, page, 0);
    return umbrella;
}

qint64 pageNumber(const QJsonObject& body, JsonReader& reader)
{
    const qint64 page = reader.integer(body, QStringLiteral("PageNumber"), {}, false).value_or(0);
    if (page < 0 || page > MaxPages) {
        reader.failAt(QStringLiteral("PageNumber"),
            QCoreApplication::translate("PagedCall", "is not a plausible page number (%1)").arg(page));
        return 0;
    }
    return page;
}

ParameterList firstPage(ParameterList parameters, int pageSize)
{
    parameters.append({ QStringLiteral("PageSize"), QString::number(pageSize) });
    parameters.append({ QStringLiteral("PageNumber"), QStringLiteral("1") });
    return parameters;
}

std::optional<ParameterList> nextByTotal(const QJsonObject& body,
    qsizetype collected,
    qsizetype pageItems,
    int pageSize,
    const QString& totalKey,
    JsonReader& reader)
{
    const qint64 page = pageNumber(body, reader);
    const auto total = reader.integer(body, totalKey, {}, false);
    if (!reader.ok() || pageItems == 0 || (total && collected >= *total) || (!total && pageItems < pageSize))
        return std::nullopt;
    return ParameterList { { QStringLiteral("PageNumber"), QString::number((page > 0 ? page : 1) + 1) } };
}

std::optional<ParameterList> nextWhileFull(
    const QJsonObject& body, qsizetype collected, qsizetype pageItems, int pageSize, JsonReader& reader)
{
    if (!reader.ok() || pageItems < pageSize)
        return std::nullopt;
    const qint64 fromRequest = collected / pageSize;
    return ParameterList { { QStringLiteral("PageNumber"),
        QString::number(std::max(pageNumber(body, reader), fromRequest) + 1) } };
}

std::optional<std::optional<ParameterList>> nextByToken(
    const QJsonObject& body, bool pageEmpty, int pageSize, JsonReader& reader)
{
    const QString token = reader.string(body, QStringLiteral("NextToken"), QStringLiteral("(root)"), false);
    if (!token.isEmpty() && !pageEmpty)
        return ParameterList { { QStringLiteral("NextToken"), token },
            { QStringLiteral("MaxResults"), QString::number(pageSize) },
            { QStringLiteral("PageNumber"), QString() },
            { QStringLiteral("PageSize"), QString() } };
    if (!token.isEmpty() || body.contains(QLatin1String("NextToken")))
        return std::optional<ParameterList>();
    return std::nullopt;
}

ParameterList withParameters(ParameterList parameters, const ParameterList& changes)
{
    for (const auto& [key, value] : changes) {
        if (value.isNull()) {
            const QString name = key; // clang 14 cannot capture a structured binding
            parameters.removeIf([&name](const auto& p) { return p.first == name; });
            continue;
        }
        bool replaced = false;
        for (auto& existing : parameters) {
            if (existing.first == key) {
                existing.second = value;
                replaced = true;
            }
        }
        if (!replaced)
            parameters.append({ key, value });
    }
    return parameters;
}

} // namespace PagedCall
