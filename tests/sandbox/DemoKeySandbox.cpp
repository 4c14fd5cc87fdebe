#include "DemoKeySandbox.h"

#include "ApiClient.h"
#include "EngineBackend.h"
#include "EngineBackends.h"

#include <QJsonArray>

QString DemoKeySandbox::start(const SandboxOptions& options)
{
    m_server = std::make_unique<SandboxServer>(options);
    if (m_server->listen() == 0)
        return m_server->errorString();
    m_wire = std::make_unique<WireHarness>(m_server->endpoint());
    return {};
}

QString DemoKeySandbox::startWithEngines(int creatingDelayMs)
{
    SandboxOptions options;
    options.engines = QStringLiteral("auto");
    options.creatingDelayMs = creatingDelayMs;
    options.rateLimit = 0;
    return start(options);
}

void DemoKeySandbox::stop()
{
    m_wire.reset();
    m_server.reset(); // stops the engines
}

WireHarness::Answer DemoKeySandbox::call(Product product, const QString& action, const ParameterList& parameters)
{
    const Credentials demoKey = Credentials::accessKey(QLatin1String(SandboxOptions::DemoAccessKeyId),
        QLatin1String(SandboxOptions::DemoAccessKeySecret),
        Credentials::SigningMethod::Acs3HmacSha256);
    return m_wire->send(m_wire->sign(WireHarness::request(product, action, parameters), demoKey), 30000);
}

bool DemoKeySandbox::resetRdsPassword(const QString& instance, const QString& account, const QString& password)
{
    return call(Product::Rds,
               QStringLiteral("ResetAccountPassword"),
               { { QStringLiteral("DBInstanceId"), instance },
                   { QStringLiteral("AccountName"), account },
                   { QStringLiteral("AccountPassword"), password } })
               .status
        == 200;
}

QJsonObject DemoKeySandbox::describeAccount(Product product, const QString& instance, const QString& name)
{
    const bool rds = product == Product::Rds;
    const WireHarness::Answer answer = call(product,
        QStringLiteral("DescribeAccounts"),
        { { rds ? QStringLiteral("DBInstanceId") : QStringLiteral("InstanceId"), instance },
            { QStringLiteral("AccountName"), name } });
    if (answer.status != 200)
        qWarning().noquote() << answer.raw;
    const QJsonArray rows = answer.body.value(QLatin1String("Accounts"))
                                .toObject()
                                .value(rds ? QLatin1String("DBInstanceAccount") : QLatin1String("Account"))
                                .toArray();
    return rows.isEmpty() ? QJsonObject() : rows.first().toObject();
}

quint16 DemoKeySandbox::enginePort(const QString& instance) const
{
    return m_server->engines().forInstance(instance)->port();
}

bool DemoKeySandbox::connect(ApiClient& client) const
{
    client.setCredentials(Credentials::accessKey(
        QLatin1String(SandboxOptions::DemoAccessKeyId), QLatin1String(SandboxOptions::DemoAccessKeySecret)));
    client.setRegion(QStringLiteral("cn-hangzhou"));
    return client.endpoints().setOverride(Product::Rds, m_server->endpoint())
        && client.endpoints().setOverride(Product::Redis, m_server->endpoint());
}
