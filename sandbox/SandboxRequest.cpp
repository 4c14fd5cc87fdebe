#include "SandboxRequest.h"

#include <QHttpServerRequest>
#include <QUrl>

SandboxRequest::SandboxRequest(
    const QByteArray& method, const QByteArray& rawQuery, const HeaderList& headers, const QByteArray& body)
    : m_method(method)
    , m_query(decodeForm(rawQuery))
    , m_headers(headers)
    , m_body(body)
{
    const bool form
        = header(QByteArrayLiteral("content-type")).toLower().startsWith("application/x-www-form-urlencoded");
    if (form && !bodyTooLarge()) // an oversized body is refused unread
        m_form = decodeForm(body);
}

SandboxRequest SandboxRequest::fromHttp(const QHttpServerRequest& request)
{
    QByteArray method;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        method = QByteArrayLiteral("GET");
        break;
    case QHttpServerRequest::Method::Post:
        method = QByteArrayLiteral("POST");
        break;
    default:
        method = QByteArrayLiteral("OTHER");
        break;
    }
    return SandboxRequest(
        method, request.url().query(QUrl::FullyEncoded).toLatin1(), request.headers(), request.body());
}

QByteArray SandboxRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

bool SandboxRequest::hasParameter(const QString& name) const
{
    for (const auto& list : { &m_query, &m_form }) {
        for (const auto& [key, value] : *list) {
            if (key == name)
                return true;
        }
    }
    return false;
}

QString SandboxRequest::parameter(const QString& name) const
{
    for (const auto& list : { &m_query, &m_form }) {
        for (const auto& [key, value] : *list) {
            if (key == name)
                return value;
        }
    }
    return {};
}

QStringList SandboxRequest::listParameter(const QString& name) const
{
    QStringList items;
    for (const QString& item : parameter(name).split(QLatin1Char(','), Qt::SkipEmptyParts))
        items.append(item.trimmed());
    return items;
}

QString SandboxRequest::firstMissing(const QStringList& names) const
{
    for (const QString& name : names) {
        if (parameter(name).isEmpty())
            return name;
    }
    return {};
}

QString SandboxRequest::action() const
{
    const QString fromParameter = parameter(QStringLiteral("Action"));
    return fromParameter.isEmpty() ? QString::fromUtf8(header(QByteArrayLiteral("x-acs-action"))) : fromParameter;
}

QString SandboxRequest::version() const
{
    const QString fromParameter = parameter(QStringLiteral("Version"));
    return fromParameter.isEmpty() ? QString::fromUtf8(header(QByteArrayLiteral("x-acs-version"))) : fromParameter;
}

std::optional<Product> SandboxRequest::product() const
{
    return ProductInfo::productFromApiVersion(version());
}

ParameterList SandboxRequest::decodeForm(const QByteArray& encoded)
{
    ParameterList parameters;
    for (const QByteArray& pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        parameters.append({ QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
            QString::fromUtf8(QByteArray::fromPercentEncoding(value)) });
    }
    return parameters;
}
