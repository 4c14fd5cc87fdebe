#pragma once

#include "ActionReply.h"
#include "EngineBackends.h"
#include "FaultInjector.h"
#include "RequestAuthenticator.h"
#include "SandboxActions.h"
#include "SandboxOptions.h"
#include "SandboxState.h"
#include "ThrottleGate.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

// apsara-sandbox in-process: a QHttpServer on 127.0.0.1 that answers the RDS and Redis account APIs as the cloud
// does (signatures, codes, paging, throttling), with faults on demand. One port serves both products; the API
// version (Version or x-acs-version) tells them apart.
//
//   SandboxServer sandbox(options);            // SandboxOptions() accepts the demo credentials
//   if (sandbox.listen() == 0) error(sandbox.errorString());
//   client.setEndpoint(sandbox.endpoint());    // http://127.0.0.1:PORT
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions& options = SandboxOptions(), QObject* parent = nullptr);
    ~SandboxServer() override;

    // Loads the state (the --state file if it exists, else the demo or empty data) and listens on 127.0.0.1.
    // Returns the bound port, or 0 with errorString() (a corrupt or foreign state file is left untouched).
    quint16 listen();
    quint16 port() const { return m_port; }
    QUrl endpoint() const; // http://127.0.0.1:PORT
    QString errorString() const { return m_error; }
    const SandboxOptions& options() const { return m_options; }

    // Writes the state to the --state file; true with nothing to do when there is none. Refuses when the file
    // could not be loaded, so a foreign file is never overwritten.
    bool saveState(QString* error) const;

    SandboxState& state() { return m_state; }
    FaultInjector& faults() { return m_faults; }
    const EngineBackends& engines() const { return m_engines; } // --engines: the real engines, if any

    // The whole pipeline without HTTP, for benchmarks and tests: version, action, authentication, throttling,
    // then the action. Faults are not applied here.
    ActionReply process(const SandboxRequest& request);

signals:
    // After each answered request (not for dropped connections).
    void requestAnswered(const QString& action, int httpStatus);
    // After each write action ran (answered or not): target is "instance/account"; 200 means it was applied.
    void writeExecuted(const QString& action, const QString& target, int httpStatus);

private:
    void serve(const QHttpServerRequest& httpRequest, QHttpServerResponder&& responder);
    ActionReply admit(const SandboxRequest& request, const QDateTime& now, QString* identity);
    ActionReply execute(const SandboxRequest& request, const QDateTime& now);
    void send(QHttpServerResponder& responder, const SandboxRequest& request, ActionReply reply, bool truncate = false);
    void deliver(std::shared_ptr<QHttpServerResponder> responder,
        QPointer<QTcpSocket> socket,
        const SandboxRequest& request,
        const FaultInjector::Fault& fault,
        const ActionReply& reply);
    // deliver() after the --latency-ms delay.
    void deliverNow(std::shared_ptr<QHttpServerResponder> responder,
        QPointer<QTcpSocket> socket,
        const SandboxRequest& request,
        const FaultInjector::Fault& fault,
        const ActionReply& reply);
    static ActionReply faultReply(FaultInjector::Kind kind);
    bool loadState();
    bool startEngines(); // --engines: start or connect them and give them the state's accounts
    void saveStatePeriodically();
    static constexpr int StateSaveIntervalMs = 30000;

    SandboxOptions m_options;
    std::unique_ptr<QHttpServer> m_http;
    SandboxState m_state;
    EngineBackends m_engines;
    RequestAuthenticator m_authenticator;
    ThrottleGate m_throttle;
    FaultInjector m_faults;
    SandboxActions m_rds;
    SandboxActions m_redis;
    QElapsedTimer m_clock;
    quint16 m_port = 0;
    QString m_error;
    bool m_stateLoaded = false;
};
