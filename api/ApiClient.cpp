#include "ApiClient.h"

#include "CallRunner.h"

#include <QNetworkAccessManager>
#include <QPointer>
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

QList<ApiClient::CancelledCall> ApiClient::cancelAll()
{
    QList<CancelledCall> cancelled;
    QList<QPointer<ApiCall>> calls;
    for (ApiCall* call : findChildren<ApiCall*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (call->isFinished())
            continue;
        calls.append(call);
        if (const auto* runner = call->findChild<CallRunner*>(QString(), Qt::FindDirectChildrenOnly))
            cancelled.append(runner->cancelledSummary());
    }
    for (const QPointer<ApiCall>& call : calls) {
        if (call)
            call->cancel();
    }
    return cancelled;
}

QString ApiClient::describeCancelled(const QList<CancelledCall>& cancelled)
{
    QStringList lines;
    for (const CancelledCall& call : cancelled) {
        if (!call.isWrite)
            continue;
        lines << (call.mayHaveApplied ? tr("%1 %2: cancelled, but it was already sent and may have been applied.")
                                      : tr("%1 %2: cancelled before it was sent; not applied."))
                     .arg(call.action, call.target);
    }
    if (lines.isEmpty())
        return {};
    return tr("Switching the connection cancelled these changes:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("ApsaraAccounts/" APSARA_VERSION " Qt/") + QByteArray(qVersion());
}
