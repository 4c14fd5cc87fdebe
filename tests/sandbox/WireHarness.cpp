#include "WireHarness.h"

#include "RequestSigner.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>

QByteArray WireHarness::Answer::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

WireHarness::WireHarness(const QUrl& endpoint)
    : m_endpoint(endpoint)
{
}

ApiRequest WireHarness::request(Product product, const QString& action, const ParameterList& parameters)
{
    ApiRequest request;
    request.product = product;
    request.action = action;
    request.parameters = parameters;
    return request;
}

WireRequest WireHarness::sign(const ApiRequest& request, const Credentials& credentials, const QDateTime& time) const
{
    return RequestSigner::build(
        request, credentials, m_endpoint, { RequestSigner::newNonce(), time }, QByteArrayLiteral("tst_sandbox/1.0"));
}

QNetworkReply* WireHarness::start(const WireRequest& wire)
{
    QNetworkRequest request(wire.url);
    for (const auto& [name, value] : wire.headers) {
        if (name.compare("host", Qt::CaseInsensitive) != 0)
            request.setRawHeader(name, value);
    }
    return m_network.sendCustomRequest(request, wire.method, wire.body);
}

WireHarness::Answer WireHarness::collect(QNetworkReply* reply)
{
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.networkError = reply->error();
    answer.raw = reply->readAll();
    answer.body = QJsonDocument::fromJson(answer.raw).object();
    answer.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return answer;
}

WireHarness::Answer WireHarness::send(const WireRequest& wire, int timeoutMs)
{
    QNetworkReply* reply = start(wire);
    reply->setProperty("timeout", timeoutMs);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        reply->abort();
        Answer answer;
        answer.networkError = QNetworkReply::TimeoutError;
        reply->deleteLater();
        return answer;
    }
    return collect(reply);
}

QByteArray WireHarness::sendRaw(const WireRequest& wire, int timeoutMs)
{
    // The server runs in this thread, so wait with the event loop running (QSignalSpy), never waitFor*().
    QTcpSocket socket;
    QByteArray head
        = wire.method + ' ' + wire.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\n";
    for (const auto& [name, value] : wire.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(wire.body.size()) + "\r\nConnection: close\r\n\r\n";
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::connected, [&] { socket.write(head + wire.body); });
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { received += socket.readAll(); });
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(wire.url.host(), static_cast<quint16>(wire.url.port()));
    disconnected.wait(timeoutMs);
    return received + socket.readAll();
}
