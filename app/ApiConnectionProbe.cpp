#include "ApiConnectionProbe.h"

#include "AccountClient.h"
#include "ApiCall.h"
#include "ApiClient.h"
#include "RateLimiterRegistry.h"

PendingOperation* ApiConnectionProbe::probe(const Profile& profile, const ProfileSecrets& secrets)
{
    auto* operation = new PendingOperation(QStringLiteral("DescribeRegions"), this);
    auto* client = new ApiClient(operation);
    client->setCredentials(Credentials::fromProfile(profile, secrets));
    if (m_limiters)
        client->setRateLimiter(m_limiters->limiterFor(client->credentials()));
    client->setRegion(profile.defaultRegion);
    QMap<QString, QUrl> overrides;
    for (auto it = profile.endpointOverrides.cbegin(); it != profile.endpointOverrides.cend(); ++it)
        overrides.insert(it.key(), QUrl(it.value()));
    QString error;
    if (!client->endpoints().setOverrides(overrides, &error)) {
        ServiceError invalid;
        invalid.category = ServiceError::Category::InvalidInput;
        invalid.code = QStringLiteral("InvalidEndpoint");
        invalid.message = error;
        invalid.action = operation->action();
        QMetaObject::invokeMethod(
            operation, [operation, invalid] { operation->fail(invalid); }, Qt::QueuedConnection);
        return operation;
    }
    auto* rds = new AccountClient(client, Product::Rds, operation);
    ApiCall* call = rds->describeRegions(operation, [operation](const ApiResult<QList<Region>>& result) {
        if (result.ok())
            operation->succeed(result.requestId);
        else
            operation->fail(*result.error);
    });
    connect(operation, &PendingOperation::cancelRequested, call, &ApiCall::cancel);
    connect(operation, &PendingOperation::finished, operation, &QObject::deleteLater);
    return operation;
}
