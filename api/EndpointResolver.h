#pragma once

#include "Product.h"

#include <QMap>
#include <QString>
#include <QUrl>

#include <optional>

// Which URL a product's calls go to: an override (--endpoint PRODUCT=URL, or the profile's) wins; otherwise
// the SDK rule: the endpoint map entry for the region, else "<product>.<regionId>.aliyuncs.com"; always https.
// Plain http is allowed only for loopback hosts (the local sandbox); anything else is refused.
class EndpointResolver
{
public:
    // product code ("rds", "r-kvstore") -> URL; replaces the previous overrides. Returns false and sets *error
    // (translated) when a key is no known product or a URL is not acceptable; nothing changes then.
    bool setOverrides(const QMap<QString, QUrl>& overrides, QString* error = nullptr);
    bool setOverride(Product product, const QUrl& url, QString* error = nullptr);
    void clearOverrides();
    QMap<QString, QUrl> overrides() const;

    // The URL for a call, or an invalid QUrl with *error set (empty region and no override, refused URL).
    QUrl resolve(Product product, const QString& regionId, QString* error = nullptr) const;

    // The SDK's host for a region without overrides: "rds.aliyuncs.com", "r-kvstore.cn-shenzhen.aliyuncs.com".
    static QString sdkHost(Product product, const QString& regionId);
    // Parses "rds=https://host:port" or "r-kvstore=127.0.0.1:8080" (no scheme means https).
    static std::optional<std::pair<Product, QUrl>> parseOverride(const QString& text, QString* error = nullptr);
    // Empty when the URL may be used; otherwise the translated reason (non-https to a non-loopback host, ...).
    static QString refusalReason(const QUrl& url);
    static bool isLoopbackHost(const QString& host);

private:
    QMap<Product, QUrl> m_overrides;
};
