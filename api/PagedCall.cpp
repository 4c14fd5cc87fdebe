#include "PagedCall.h"

#include "ApiCall.h"
#include "ApiClient.h"

namespace {

// Page budget so a server that always says "more" cannot loop forever.
constexpr int MaxPages = 1000;

void runPage(ApiClient* client, ApiCall* umbrella, const ApiRequest& request, PagedCall::PageParser page, int pageIndex)
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
            if (!next || pageIndex + 1 >= MaxPages) {
                umbrella->finish(body, requestId);
                return;
            }
            ApiRequest following = request;
            following.parameters = PagedCall::withParameters(request.parameters, *next);
            runPage(client, umbrella, following, page, pageIndex + 1);
        });
}

} // namespace

namespace PagedCall {

ApiCall* run(ApiClient* client, const ApiRequest& firstPage, PageParser page)
{
    auto* umbrella = new ApiCall(firstPage.action, client);
    runPage(client, umbrella, firstPage, std::move(page), 0);
    return umbrella;
}

ParameterList withParameters(ParameterList parameters, const ParameterList& changes)
{
    for (const auto& [key, value] : changes) {
        if (value.isNull()) {
            parameters.removeIf([&key](const auto& p) { return p.first == key; });
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
