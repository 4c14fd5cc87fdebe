#include "ControllerOnSandbox.h"

QString ControllerOnSandbox::start(const SandboxOptions& options, RequestLog* log)
{
    sandbox = std::make_unique<SandboxServer>(options);
    if (sandbox->listen() == 0)
        return sandbox->errorString();
    client = std::make_unique<ApiClient>();
    if (log)
        client->setRequestLog(log);
    client->setCredentials(Credentials::accessKey(
        QLatin1String(SandboxOptions::DemoAccessKeyId), QLatin1String(SandboxOptions::DemoAccessKeySecret)));
    client->setRegion(QStringLiteral("cn-hangzhou"));
    if (!client->endpoints().setOverrides(
            { { QStringLiteral("rds"), sandbox->endpoint() }, { QStringLiteral("r-kvstore"), sandbox->endpoint() } }))
        return QStringLiteral("the sandbox's endpoint was refused");
    tree = std::make_unique<InstanceTreeModel>();
    accounts = std::make_unique<AccountTableModel>();
    controller = std::make_unique<AccountController>(client.get(), tree.get(), accounts.get());
    controller->setPolling(100, 100);
    controller->setPrefetchAccounts(false);
    return {};
}

void ControllerOnSandbox::stop()
{
    controller.reset();
    accounts.reset();
    tree.reset();
    client.reset();
    sandbox.reset();
}
