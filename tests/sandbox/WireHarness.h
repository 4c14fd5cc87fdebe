#pragma once

#include "ApiRequest.h"
#include "Credentials.h"
#include "WireRequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

// Sends signed raw requests (built by the project's RequestSigner, or by hand) to a sandbox and waits for the
// answer, for the wire-level tests: status, JSON body, headers, transport error.
class WireHarness
{
public:
    struct Answer
    {
        int status = 0;
        QJsonObject body;
        QByteArray raw;
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QList<QPair<QByteArray, QByteArray>> headers;

        QString code() const { return body.value(QLatin1String("Code")).toString(); }
        QByteArray header(const QByteArray& name) const;
    };

    explicit WireHarness(const QUrl& endpoint);

    static ApiRequest request(Product product, const QString& action, const ParameterList& parameters = {});
    WireRequest sign(const ApiRequest& request,
        const Credentials& credentials,
        const QDateTime& time = QDateTime::currentDateTimeUtc()) const;
    Answer send(const WireRequest& wire, int timeoutMs = 10000);
    // Starts without waiting; the reply is owned by the harness's network manager.
    QNetworkReply* start(const WireRequest& wire);
    static Answer collect(QNetworkReply* reply);
    // Over a plain socket, with no client-side resend on a dropped connection (QNAM resends once): everything
    // the server wrote before it closed the connection.
    QByteArray sendRaw(const WireRequest& wire, int timeoutMs = 5000);

    QUrl endpoint() const { return m_endpoint; }

private:
    QUrl m_endpoint;
    QNetworkAccessManager m_network;
};
