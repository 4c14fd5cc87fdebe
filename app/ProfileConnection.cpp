#include "ProfileConnection.h"

#include "AppLogging.h"
#include "RateLimiterRegistry.h"

ProfileConnection::ProfileConnection(const QString& id, const QString& label, const Shared& shared, QObject* parent)
    : QObject(parent)
    , m_id(id)
    , m_label(label)
    , m_limiters(shared.limiters)
    , m_controller(&m_client, &m_instances, shared.accounts)
    , m_credentials(&m_client)
{
    m_client.setRequestLog(shared.log);
    m_client.setCallMeter(shared.meter);
    connect(&m_controller, &AccountService::backgroundError, this, &ProfileConnection::onBackgroundError);
    connect(&m_controller, &AccountController::inventoryLoaded, this, &ProfileConnection::onInventoryLoaded);
}

ProfileConnection::~ProfileConnection()
{
    m_client.cancelAll();
}

bool ProfileConnection::open(
    const Credentials& credentials, const QMap<QString, QUrl>& endpoints, const QString& region)
{
    QString error;
    if (!m_client.endpoints().setOverrides(endpoints, &error)) {
        setStatus({ ConnectionStatus::Phase::Failed, error, QStringLiteral("InvalidEndpoint"), {} });
        return false;
    }
    m_client.setCredentials(credentials);
    if (m_limiters)
        m_client.setRateLimiter(m_limiters->limiterFor(credentials)); // one bucket per cloud account
    m_client.setRegion(region.isEmpty() ? QStringLiteral("cn-hangzhou") : region);
    m_open = true;
    qCInfo(lcApp) << "connecting profile" << m_id;
    refresh();
    return true;
}

void ProfileConnection::refresh()
{
    if (!m_open)
        return;
    setStatus({});
    m_controller.refreshInventory();
}

void ProfileConnection::setStatus(const ConnectionStatus& status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}

void ProfileConnection::onBackgroundError(const ServiceError& error)
{
    if (m_status.phase != ConnectionStatus::Phase::Loading) {
        emit backgroundError(error);
        return;
    }
    qCWarning(lcApp) << "profile" << m_id << "failed to load:" << error.action << error.code << error.requestId;
    setStatus({ ConnectionStatus::Phase::Failed, error.userText(), error.code, error.requestId });
}

void ProfileConnection::onInventoryLoaded()
{
    if (m_status.phase == ConnectionStatus::Phase::Loading)
        setStatus({ ConnectionStatus::Phase::Ready, {}, {}, {} });
    emit inventoryLoaded();
}
