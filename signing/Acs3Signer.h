#pragma once

#include "SignedParameter.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// ACS3-HMAC-SHA256 (the official SDKs' default). Stateless; used by the client to sign and by the sandbox to
// verify. See alibaba-openapi.md section 2.4.
class Acs3Signer
{
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>; // names in any case; values untrimmed

    static constexpr const char* Algorithm = "ACS3-HMAC-SHA256";

    // The headers that are signed: host, content-type and every x-acs-*; lower-cased, sorted, joined with ';'.
    static QByteArray signedHeaders(const HeaderList& headers);
    // METHOD \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n HashedPayload
    static QByteArray canonicalRequest(const QByteArray& httpMethod,
        const QByteArray& path,
        const ParameterList& query,
        const HeaderList& headers,
        const QByteArray& hashedPayload);
    // "ACS3-HMAC-SHA256\n" + hex(sha256(canonicalRequest))
    static QByteArray stringToSign(const QByteArray& canonicalRequest);
    // hex(HMAC-SHA256(secret, stringToSign)), lower case
    static QByteArray signature(const QByteArray& stringToSign, const QString& accessKeySecret);
    // "ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<list>,Signature=<hex>"
    static QByteArray authorization(
        const QString& accessKeyId, const QByteArray& signedHeaders, const QByteArray& signature);
    // lower-case hex SHA-256 of a body (x-acs-content-sha256)
    static QByteArray hashPayload(const QByteArray& body);
};
