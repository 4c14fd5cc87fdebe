#pragma once

#include "SignedParameter.h"

#include <QByteArray>
#include <QString>

// RPC signature v1 (HMAC-SHA1, SignatureVersion=1.0). Stateless; used by the client to sign and by the sandbox
// to verify. See alibaba-openapi.md section 2.1.
class RpcSigner
{
public:
    // Sorted (by raw key, code-unit order), each key and value percent-encoded, joined as k=v with '&'.
    // A "Signature" parameter, if present, is left out.
    static QByteArray canonicalizedQuery(const ParameterList& parameters);
    // METHOD & pct("/") & pct(canonicalizedQuery)
    static QByteArray stringToSign(const QByteArray& httpMethod, const QByteArray& canonicalizedQuery);
    // Base64(HMAC-SHA1(secret + "&", stringToSign))
    static QByteArray signature(const QByteArray& stringToSign, const QString& accessKeySecret);
    // All of the above in one call.
    static QByteArray sign(
        const QByteArray& httpMethod, const ParameterList& parameters, const QString& accessKeySecret);
};
