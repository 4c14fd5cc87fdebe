#include "FakeOpenApi.h"

#include "Acs3Signer.h"
#include "RpcSigner.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

QByteArray FakeOpenApi::Captured::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

QString FakeOpenApi::Captured::parameter(const QString& key) const
{
    for (const auto& [k, v] : query) {
        if (k == key)
            return v;
    }
    return {};
}

bool FakeOpenApi::Captured::hasParameter(const QString& key) const
{
    return std::any_of(query.begin(), query.end(), [&key](const auto& p) { return p.first == key; });
}

FakeOpenApi::FakeOpenApi(QObject* parent)
    : QObject(parent)
{
    m_handler = [](const Captured&) { return json(R"({"RequestId":"REQ-1"})"); };
    m_server.route(QStringLiteral("/"), [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        Captured captured;
        captured.url = request.url();
        switch (request.method()) {
        case QHttpServerRequest::Method::Post:
            captured.method = "POST";
            break;
        case QHttpServerRequest::Method::Get:
            captured.method = "GET";
            break;
        default:
            captured.method = "OTHER";
            break;
        }
        for (const auto& [name, value] : request.headers())
            captured.headers.append({ name.toLower(), value });
        for (const auto& [key, value] : request.query().queryItems(QUrl::FullyDecoded))
            captured.query.append({ key, value });
        captured.action = QString::fromUtf8(captured.header("x-acs-action"));
        if (captured.action.isEmpty())
            captured.action = captured.parameter(QStringLiteral("Action"));
        captured.signatureValid = verify(captured);
        requests.append(captured);

        const Reply reply = m_handler(captured);
        if (reply.hang) {
            m_hanging.push_back(std::move(responder));
            return;
        }
        responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        responder.writeHeader("Content-Type", reply.contentType);
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        for (const auto& [name, value] : reply.headers)
            responder.writeHeader(name, value);
        responder.writeBody(reply.body);
    });
}

quint16 FakeOpenApi::start()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port;
}

QUrl FakeOpenApi::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

int FakeOpenApi::count(const QString& action) const
{
    return int(
        std::count_if(requests.begin(), requests.end(), [&action](const Captured& c) { return c.action == action; }));
}

FakeOpenApi::Reply FakeOpenApi::json(const QByteArray& body, int status)
{
    Reply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

FakeOpenApi::Reply FakeOpenApi::hanging()
{
    Reply reply;
    reply.hang = true;
    return reply;
}

bool FakeOpenApi::verify(const Captured& request) const
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Bearer ")) // the seed's bearer header, sent beside x-acs-bearer-token
        return QString::fromUtf8(authorization.mid(7)) == m_bearer;
    if (!authorization.isEmpty()) {
        const qsizetype at = authorization.indexOf("SignedHeaders=");
        const qsizetype end = authorization.indexOf(',', at);
        const QList<QByteArray> names = authorization.mid(at + 14, end - at - 14).split(';');
        Acs3Signer::HeaderList signedHeaders;
        for (const auto& [name, value] : request.headers) {
            if (names.contains(name))
                signedHeaders.append({ name, value });
        }
        const QByteArray canonical = Acs3Signer::canonicalRequest(
            request.method, "/", request.query, signedHeaders, request.header("x-acs-content-sha256"));
        const QByteArray signature = Acs3Signer::signature(Acs3Signer::stringToSign(canonical), m_secret);
        const QByteArray credential = authorization.mid(authorization.indexOf("Credential=") + 11);
        return Acs3Signer::authorization(QString::fromUtf8(credential.left(credential.indexOf(','))),
                   Acs3Signer::signedHeaders(signedHeaders),
                   signature)
            == authorization;
    }
    if (request.hasParameter(QStringLiteral("Signature"))) {
        ParameterList parameters = request.query;
        parameters.removeIf([](const auto& p) { return p.first == QLatin1String("Signature"); });
        return RpcSigner::sign(request.method, parameters, m_secret)
            == request.parameter(QStringLiteral("Signature")).toUtf8();
    }
    if (request.parameter(QStringLiteral("SignatureType")) == QLatin1String("BEARERTOKEN")) {
        const QByteArray header = request.header("x-acs-bearer-token");
        const QString token
            = header.isEmpty() ? request.parameter(QStringLiteral("BearerToken")) : QString::fromUtf8(header);
        return token == m_bearer;
    }
    return false;
}
