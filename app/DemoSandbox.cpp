#include "DemoSandbox.h"

#include "AppLogging.h"
#include "SandboxServer.h"

#include <QThread>

DemoSandbox::DemoSandbox(const SandboxOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
}

DemoSandbox::~DemoSandbox()
{
    if (!m_thread)
        return;
    if (m_server) {
        SandboxServer* server = m_server;
        // The server's sockets belong to its thread, so it must be destroyed there.
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
}

void DemoSandbox::start()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sandbox"));
    auto* starter = new QObject;
    starter->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, starter, &QObject::deleteLater);
    connect(m_thread, &QThread::started, starter, [this] {
        auto* server = new SandboxServer(m_options);
        const quint16 port = server->listen();
        const QUrl endpoint = port ? server->endpoint() : QUrl();
        const QString error = port ? QString() : server->errorString();
        if (!port) {
            delete server;
            server = nullptr;
        }
        QMetaObject::invokeMethod(this, [this, server, endpoint, error] {
            m_server = server;
            onListening(endpoint, error);
        });
    });
    m_thread->start();
}

void DemoSandbox::onListening(const QUrl& endpoint, const QString& error)
{
    if (endpoint.isEmpty()) {
        qCWarning(lcApp) << "sandbox did not start:" << error;
        emit failed(error);
        return;
    }
    m_endpoint = endpoint;
    qCInfo(lcApp) << "sandbox listening on" << endpoint.toString();
    emit ready(endpoint);
}
