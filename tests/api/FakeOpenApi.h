#pragma once

#include "SignedParameter.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QObject>
#include <QUrl>

#include <functional>
#include <list>

// A local stand-in for the OpenAPI endpoint on 127.0.0.1 for the api tests and bench_api. It records every
// request, checks its signature (V3, RPC v1 or bearer) and answers with whatever the handler says.
class FakeOpenApi : public QObject
{
    Q_OBJECT

public:
    struct Captured
    {
        QByteArray method;
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
        QString action;
        ParameterList query; // decoded
        bool signatureValid = false;

        QByteArray header(const QByteArray& name) const;
        QString parameter(const QString& key) const;
        bool hasParameter(const QString& key) const;
    };
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hang = false; // never answer (for timeouts)
    };
    using Handler = std::function<Reply(const Captured&)>;

    explicit FakeOpenApi(QObject* parent = nullptr);

    quint16 start(); // 0 on failure
    QUrl url() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setSecret(const QString& secret) { m_secret = secret; }
    void setBearerToken(const QString& token) { m_bearer = token; }

    QList<Captured> requests;
    int count(const QString& action) const;

    static Reply json(const QByteArray& body, int status = 200);
    // A reply that never comes: for timeouts, and writes applied whose answer is lost.
    static Reply hanging();

private:
    bool verify(const Captured& request) const;

    QHttpServer m_server;
    quint16 m_port = 0;
    Handler m_handler;
    QString m_secret = QStringLiteral("testsecret");
    QString m_bearer = QStringLiteral("my-bearer-token");
    std::list<QHttpServerResponder> m_hanging;
};
