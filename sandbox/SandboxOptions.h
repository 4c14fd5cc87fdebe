#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

// The settings of one sandbox run, from the command line or set by the app (demo mode) and the tests.
struct SandboxOptions
{
    Q_DECLARE_TR_FUNCTIONS(SandboxOptions)

public:
    // Built-in credentials: the app's demo mode signs with these, and every sandbox accepts them.
    static constexpr const char* DemoAccessKeyId = "sandbox-demo-id";
    static constexpr const char* DemoAccessKeySecret = "sandbox-demo-secret";
    static constexpr const char* DemoBearerToken = "sandbox-demo-token";
    static constexpr const char* DemoAccountId = "1234567890123456";

    enum class Data { Demo, Empty };

    quint16 port = 0; // 0: any free port
    QString stateFile; // empty: state lives in memory only
    Data data = Data::Demo; // what a run without a state file starts with
    QMap<QString, QString> accessKeys; // AccessKey ID -> secret, the demo pair included
    QStringList bearerTokens; // the demo token included
    // AccessKey ID or bearer token -> the Alibaba Cloud account it belongs to: rate limits count per account, so
    // every credential of one account shares them. The demo key and the demo token are one account; a credential
    // not listed is an account of its own.
    QMap<QString, QString> credentialAccounts;
    int rateLimit = 100; // requests per second per Alibaba Cloud account; 0 turns this limit off
    int operatorRateLimit = 10; // Grant/RevokeOperatorPermission per second per account; 0 turns it off
    int latencyMs = 0; // every reply waits this long, like a far-away endpoint; other requests are not held up
    double faultRate = 0.0; // share of requests that get a fault, 0..1
    quint32 faultSeed = 1;
    int faultDelayMs = 30000; // "delayed reply" fault: past a typical client timeout
    QString faultPlan; // --fault-plan: chosen faults for the first requests of named actions (FaultInjector)
    int creatingDelayMs = 2000; // Redis: Creating -> Available (seed 000: about a minute; a short demo default)
    int rdsLagMs = 0; // RDS: account calls are synchronous (seed 004); > 0 simulates a service that lags
    QString engines; // --engines: "auto" or "redis=HOST:PORT,..."; empty: every instance is emulated
    int timestampWindowSeconds = 15 * 60; // signed requests this far off the clock are refused

    SandboxOptions(); // with the demo credentials

    // The command line (without the program name). On a malformed option *error says what is wrong (exit status
    // 2); --help sets *helpRequested (print usage(), exit status 0).
    static SandboxOptions parse(const QStringList& arguments, QString* error, bool* helpRequested);
    static QString usage();
};
