#pragma once

#include "Product.h"
#include "SignedParameter.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

class QHttpServerRequest;

// One HTTP request as the sandbox sees it: method, decoded query and form parameters, headers and body.
// Parameters may come in the query string or in an application/x-www-form-urlencoded body (pop-core POST).
class SandboxRequest
{
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    SandboxRequest() = default;
    SandboxRequest(
        const QByteArray& method, const QByteArray& rawQuery, const HeaderList& headers, const QByteArray& body);
    static SandboxRequest fromHttp(const QHttpServerRequest& request);

    // Limits well past any real account call; a request over them is refused before anything reads it further.
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;
    static constexpr qsizetype MaxParameters = 256;
    bool bodyTooLarge() const { return m_body.size() > MaxBodyBytes; }
    bool tooManyParameters() const { return m_query.size() + m_form.size() > MaxParameters; }

    const QByteArray& method() const { return m_method; }
    const HeaderList& headers() const { return m_headers; }
    const QByteArray& body() const { return m_body; }
    const ParameterList& queryParameters() const { return m_query; }
    // Query and form parameters together, as the RPC signature covers them.
    ParameterList allParameters() const { return m_query + m_form; }

    QByteArray header(const QByteArray& name) const; // case-insensitive; empty when absent
    bool hasParameter(const QString& name) const;
    QString parameter(const QString& name) const; // query first, then form
    // A comma-separated parameter (DBName=db1,db2): the items trimmed, empty ones skipped.
    QStringList listParameter(const QString& name) const;
    // The first of names that is absent or empty; empty when all are there.
    QString firstMissing(const QStringList& names) const;

    QString action() const; // Action, or the x-acs-action header
    QString version() const; // Version, or the x-acs-version header
    std::optional<Product> product() const;

    // application/x-www-form-urlencoded decoding: '+' is a space, %XX are UTF-8 bytes.
    static ParameterList decodeForm(const QByteArray& encoded);

private:
    QByteArray m_method;
    ParameterList m_query;
    ParameterList m_form;
    HeaderList m_headers;
    QByteArray m_body;
};
