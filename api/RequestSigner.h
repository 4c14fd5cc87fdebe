#pragma once

#include "ApiRequest.h"
#include "Credentials.h"
#include "WireRequest.h"

#include <QDateTime>
#include <QUrl>

// Turns a request and credentials into the wire request the official SDKs (openapi-core) send:
//  * ACS3-HMAC-SHA256: POST /?<business params>, x-acs-* headers and Authorization;
//  * RPC v1: POST with every parameter, Signature last, in the query and an empty body;
//  * bearer: "Authorization: Bearer <key>" (the seed) beside x-acs-bearer-token, with the V3 headers and
//    SignatureType=BEARERTOKEN, or V1 with BearerToken=.
// Stateless: the nonce and the time come from the caller so tests can pin them.
class RequestSigner
{
public:
    struct Stamp
    {
        QString nonce; // unique per request
        QDateTime utcTime; // when the request is signed
    };

    static WireRequest build(const ApiRequest& request,
        const Credentials& credentials,
        const QUrl& endpoint,
        const Stamp& stamp,
        const QByteArray& userAgent);

    // 32 random bytes as 64 lower-case hex characters (what openapi-core sends).
    static QString newNonce();
    // UTC yyyy-MM-ddTHH:mm:ssZ, no milliseconds.
    static QString timestamp(const QDateTime& time);
    // The Host header value QNetworkAccessManager sends for a URL: host, plus ":port" when not the default.
    static QByteArray hostHeader(const QUrl& url);

private:
    static WireRequest buildV3(const ApiRequest& request,
        const Credentials& credentials,
        const QUrl& endpoint,
        const Stamp& stamp,
        const QByteArray& userAgent);
    static WireRequest buildV1(const ApiRequest& request,
        const Credentials& credentials,
        const QUrl& endpoint,
        const Stamp& stamp,
        const QByteArray& userAgent);
};
