#include "RequestSigner.h"

#include "Acs3Signer.h"
#include "PercentEncoding.h"
#include "RpcSigner.h"

#include <QRandomGenerator>

namespace {

// Insertion order, Node querystring style, as the SDKs put it on the wire.
QByteArray wireQuery(const ParameterList& parameters)
{
    QByteArray out;
    for (const auto& [key, value] : parameters) {
        if (!out.isEmpty())
            out.append('&');
        out.append(PercentEncoding::encodeQueryComponent(key));
        out.append('=');
        out.append(PercentEncoding::encodeQueryComponent(value));
    }
    return out;
}

// The RDS seed: "Include the header: `Authorization: Bearer <your_api_key>`". The SDKs' x-acs-bearer-token goes
// beside it, so gateways that read either form understand the request.
void appendBearerHeaders(WireRequest& wire, const Credentials& credentials)
{
    const QByteArray token = credentials.bearerToken.toUtf8();
    wire.headers.append({ QByteArrayLiteral("authorization"), QByteArrayLiteral("Bearer ") + token });
    wire.headers.append({ QByteArrayLiteral("x-acs-bearer-token"), token });
}

QUrl urlWithQuery(const QUrl& endpoint, const QByteArray& query)
{
    QUrl url = endpoint;
    url.setPath(QStringLiteral("/"));
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

} // namespace

WireRequest RequestSigner::build(const ApiRequest& request,
    const Credentials& credentials,
    const QUrl& endpoint,
    const Stamp& stamp,
    const QByteArray& userAgent)
{
    if (credentials.signingMethod == Credentials::SigningMethod::RpcHmacSha1)
        return buildV1(request, credentials, endpoint, stamp, userAgent);
    return buildV3(request, credentials, endpoint, stamp, userAgent);
}

WireRequest RequestSigner::buildV3(const ApiRequest& request,
    const Credentials& credentials,
    const QUrl& endpoint,
    const Stamp& stamp,
    const QByteArray& userAgent)
{
    ParameterList query = request.parameters;
    const bool bearer = credentials.mode == Credentials::Mode::BearerToken;
    if (bearer)
        query.append({ QStringLiteral("SignatureType"), QStringLiteral("BEARERTOKEN") });

    WireRequest wire;
    wire.url = urlWithQuery(endpoint, wireQuery(query));
    const QByteArray hashed = Acs3Signer::hashPayload(QByteArray());
    wire.headers = {
        { "host", hostHeader(endpoint) },
        { "x-acs-version", ProductInfo::apiVersion(request.product).toUtf8() },
        { "x-acs-action", request.action.toUtf8() },
        { "user-agent", userAgent },
        { "x-acs-date", timestamp(stamp.utcTime).toUtf8() },
        { "x-acs-signature-nonce", stamp.nonce.toUtf8() },
        { "accept", "application/json" },
        { "x-acs-content-sha256", hashed },
    };
    if (bearer) {
        appendBearerHeaders(wire, credentials);
        return wire;
    }
    const bool sts = credentials.mode == Credentials::Mode::Sts;
    wire.headers.append({ QByteArrayLiteral("x-acs-credentials-provider"),
        sts ? QByteArrayLiteral("static_sts") : QByteArrayLiteral("static_ak") });
    if (sts) {
        wire.headers.append({ "x-acs-accesskey-id", credentials.accessKeyId.toUtf8() });
        wire.headers.append({ "x-acs-security-token", credentials.securityToken.toUtf8() });
    }
    const QByteArray canonical
        = Acs3Signer::canonicalRequest(wire.method, "/", request.parameters, wire.headers, hashed);
    const QByteArray signature
        = Acs3Signer::signature(Acs3Signer::stringToSign(canonical), credentials.accessKeySecret);
    wire.headers.append({ "authorization",
        Acs3Signer::authorization(credentials.accessKeyId, Acs3Signer::signedHeaders(wire.headers), signature) });
    return wire;
}

WireRequest RequestSigner::buildV1(const ApiRequest& request,
    const Credentials& credentials,
    const QUrl& endpoint,
    const Stamp& stamp,
    const QByteArray& userAgent)
{
    ParameterList query {
        { QStringLiteral("Action"), request.action },
        { QStringLiteral("Format"), QStringLiteral("json") },
        { QStringLiteral("Version"), ProductInfo::apiVersion(request.product) },
        { QStringLiteral("Timestamp"), timestamp(stamp.utcTime) },
        { QStringLiteral("SignatureNonce"), stamp.nonce },
    };
    query.append(request.parameters);

    WireRequest wire;
    wire.headers = {
        { "host", hostHeader(endpoint) },
        { "x-acs-version", ProductInfo::apiVersion(request.product).toUtf8() },
        { "x-acs-action", request.action.toUtf8() },
        { "user-agent", userAgent },
    };
    if (credentials.mode == Credentials::Mode::BearerToken) {
        query.append({ QStringLiteral("BearerToken"), credentials.bearerToken });
        query.append({ QStringLiteral("SignatureType"), QStringLiteral("BEARERTOKEN") });
        wire.url = urlWithQuery(endpoint, wireQuery(query));
        appendBearerHeaders(wire, credentials);
        return wire;
    }
    const bool sts = credentials.mode == Credentials::Mode::Sts;
    wire.headers.append({ QByteArrayLiteral("x-acs-credentials-provider"),
        sts ? QByteArrayLiteral("static_sts") : QByteArrayLiteral("static_ak") });
    if (sts)
        query.append({ QStringLiteral("SecurityToken"), credentials.securityToken });
    query.append({ QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1") });
    query.append({ QStringLiteral("SignatureVersion"), QStringLiteral("1.0") });
    query.append({ QStringLiteral("AccessKeyId"), credentials.accessKeyId });
    const QByteArray signature = RpcSigner::sign(wire.method, query, credentials.accessKeySecret);
    wire.url = urlWithQuery(endpoint, wireQuery(query) + "&Signature=" + PercentEncoding::encode(signature));
    return wire;
}

QString RequestSigner::newNonce()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex());
}

QString RequestSigner::timestamp(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QByteArray RequestSigner::hostHeader(const QUrl& url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = url.port();
    const int defaultPort = url.scheme() == QLatin1String("http") ? 80 : 443;
    if (port != -1 && port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}
