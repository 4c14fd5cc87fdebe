#include "ApiClient.h"

#include "CallRunner.h"

#include <QNetworkAccessManager>
#include <QTimer>

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_limiter(std::make_shared<RateLimiter>())
{
    // Never follow redirects with signed requests, never cache answers.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient() = default;

void ApiClient::setCredentials(const Credentials& credentials)
{
    m_credentials = credentials;
}

void ApiClient::setRegion(const QString& regionId)
{
    m_region = regionId;
}

void ApiClient::setRateLimiter(std::shared_ptr<RateLimiter> limiter)
{
    if (limiter)
        m_limiter = std::move(limiter);
}

ApiCall* ApiClient::send(const ApiRequest& request)
{
    auto* call = new ApiCall(request.action, this);
    auto* runner = new CallRunner(this, request, call);
    // Start on the next event-loop turn so the caller can connect to the handle first.
    QTimer::singleShot(0, runner, &CallRunner::start);
    return call;
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("ApsaraAccounts/" APSARA_VERSION " Qt/") + QByteArray(qVersion());
}
