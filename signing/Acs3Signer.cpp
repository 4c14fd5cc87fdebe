#include "Acs3Signer.h"

#include "PercentEncoding.h"

#include <QCryptographicHash>
#include <QMap>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {

bool isSignedHeader(const QByteArray& lowerName)
{
    return lowerName == "host" || lowerName == "content-type" || lowerName.startsWith("x-acs-");
}

// Lower-cased signed header name -> trimmed values joined with ',' (repeated headers), sorted by name.
QMap<QByteArray, QByteArray> canonicalHeaderMap(const Acs3Signer::HeaderList& headers)
{
    QMap<QByteArray, QByteArray> map;
    for (const auto& [name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (!isSignedHeader(lower))
            continue;
        auto it = map.find(lower);
        if (it == map.end())
            map.insert(lower, value.trimmed());
        else
            it.value() += ',' + value.trimmed();
    }
    return map;
}

// The path with the SDK's fix-ups: '+' -> %20, '*' -> %2A, %7E -> '~'.
QByteArray canonicalUri(const QByteArray& path)
{
    QByteArray uri = path.isEmpty() ? QByteArrayLiteral("/") : path;
    uri.replace('+', "%20");
    uri.replace('*', "%2A");
    uri.replace("%7E", "~");
    return uri;
}

// Keys sorted and left as they are; values percent-encoded; "k=" for an empty value.
QByteArray canonicalQuery(const ParameterList& query)
{
    ParameterList sorted = query;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QByteArray out;
    for (const auto& [key, value] : std::as_const(sorted)) {
        if (!out.isEmpty())
            out.append('&');
        out.append(key.toUtf8());
        out.append('=');
        out.append(PercentEncoding::encode(value));
    }
    return out;
}

} // namespace

QByteArray Acs3Signer::signedHeaders(const HeaderList& headers)
{
    return canonicalHeaderMap(headers).keys().join(';');
}

QByteArray Acs3Signer::canonicalRequest(const QByteArray& httpMethod,
    const QByteArray& path,
    const ParameterList& query,
    const HeaderList& headers,
    const QByteArray& hashedPayload)
{
    const auto map = canonicalHeaderMap(headers);
    QByteArray canonicalHeaders;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        canonicalHeaders += it.key() + ':' + it.value() + '\n';

    return httpMethod.toUpper() + '\n' + canonicalUri(path) + '\n' + canonicalQuery(query) + '\n' + canonicalHeaders
        + '\n' + map.keys().join(';') + '\n' + hashedPayload;
}

QByteArray Acs3Signer::stringToSign(const QByteArray& canonicalRequest)
{
    return QByteArray(Algorithm) + '\n'
        + QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
}

QByteArray Acs3Signer::signature(const QByteArray& stringToSign, const QString& accessKeySecret)
{
    return QMessageAuthenticationCode::hash(stringToSign, accessKeySecret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QByteArray Acs3Signer::authorization(
    const QString& accessKeyId, const QByteArray& signedHeaders, const QByteArray& signature)
{
    return QByteArray(Algorithm) + " Credential=" + accessKeyId.toUtf8() + ",SignedHeaders=" + signedHeaders
        + ",Signature=" + signature;
}

QByteArray Acs3Signer::hashPayload(const QByteArray& body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}
