#pragma once

#include "SandboxOptions.h"

#include <QObject>
#include <QUrl>

class QThread;
class SandboxServer;

// The built-in sandbox of demo mode: an in-process SandboxServer on 127.0.0.1, on its own thread so the window
// never waits for the emulator. start() returns at once; ready() or failed() follows.
class DemoSandbox : public QObject
{
    Q_OBJECT

public:
    explicit DemoSandbox(const SandboxOptions& options = SandboxOptions(), QObject* parent = nullptr);
    ~DemoSandbox() override;

    void start();
    QUrl endpoint() const { return m_endpoint; }

signals:
    void ready(const QUrl& endpoint);
    void failed(const QString& reason);

private:
    void onListening(const QUrl& endpoint, const QString& error);

    SandboxOptions m_options;
    QThread* m_thread = nullptr;
    SandboxServer* m_server = nullptr; // lives on m_thread
    QUrl m_endpoint;
};
