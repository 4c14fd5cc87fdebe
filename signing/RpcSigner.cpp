#include "RpcSigner.h"

#include "PercentEncoding.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

QByteArray RpcSigner::canonicalizedQuery(const ParameterList& parameters)
{
    ParameterList sorted;
    sorted.reserve(parameters.size());
    for (const auto& parameter : parameters) {
        if (parameter.first != QLatin1String("Signature"))
            sorted.append(parameter);
    }
    // Raw keys in code-unit order, as the SDKs sort before encoding; stable so repeated keys keep their order.
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

    QByteArray out;
    for (const auto& [key, value] : std::as_const(sorted)) {
        if (!out.isEmpty())
            out.append('&');
        out.append(PercentEncoding::encode(key));
        out.append('=');
        out.append(PercentEncoding::encode(value));
    }
    return out;
}

QByteArray RpcSigner::stringToSign(const QByteArray& httpMethod, const QByteArray& canonicalizedQuery)
{
    return httpMethod.toUpper() + '&' + PercentEncoding::encode(QByteArrayLiteral("/")) + '&'
        + PercentEncoding::encode(canonicalizedQuery);
}

QByteArray RpcSigner::signature(const QByteArray& stringToSign, const QString& accessKeySecret)
{
    const QByteArray key = accessKeySecret.toUtf8() + '&';
    return QMessageAuthenticationCode::hash(stringToSign, key, QCryptographicHash::Sha1).toBase64();
}

QByteArray RpcSigner::sign(
    const QByteArray& httpMethod, const ParameterList& parameters, const QString& accessKeySecret)
{
    return signature(stringToSign(httpMethod, canonicalizedQuery(parameters)), accessKeySecret);
}
