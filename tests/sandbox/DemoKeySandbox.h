#pragma once

#include "SandboxServer.h"
#include "WireHarness.h"

#include <memory>

class ApiClient;

// An in-process sandbox serving the demo data on loopback, reached with the demo key: the start, the signed wire
// call and the DescribeAccounts read-back that the sandbox and engine tests share.
class DemoKeySandbox
{
public:
    // Empty on success, else why the sandbox did not listen.
    QString start(const SandboxOptions& options);
    // With the real engines (--engines auto), no rate limit, and new accounts Creating for creatingDelayMs.
    QString startWithEngines(int creatingDelayMs);
    void stop();

    SandboxServer& server() { return *m_server; }
    // Sends one action signed with the demo key (ACS3) and waits for the answer.
    WireHarness::Answer call(Product product, const QString& action, const ParameterList& parameters);
    // Sets an RDS account's password (ResetAccountPassword); false unless the sandbox answered 200.
    bool resetRdsPassword(const QString& instance, const QString& account, const QString& password);
    // The account as DescribeAccounts reports it now; empty when it is not listed.
    QJsonObject describeAccount(Product product, const QString& instance, const QString& name);
    // The port of the engine behind an instance (--engines).
    quint16 enginePort(const QString& instance) const;
    // Points a client at this sandbox with the demo key, in cn-hangzhou; false if an endpoint was refused.
    bool connect(ApiClient& client) const;

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<WireHarness> m_wire;
};
