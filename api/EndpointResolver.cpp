#include "EndpointResolver.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>

namespace {

// The SDKs' endpointMap entries (alibaba-openapi.json) that differ from the regional pattern
// "<product>.<regionId>.aliyuncs.com"; entries equal to the pattern are left out because the rule gives them anyway.
const QHash<QString, QString>& sdkMap(Product product)
{
    static const QHash<QString, QString> rds {
        { QStringLiteral("cn-qingdao"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-beijing"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-hangzhou"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-shanghai"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-shenzhen"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-heyuan"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-hongkong"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("ap-southeast-1"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("us-west-1"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("us-east-1"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-shanghai-finance-1"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-shenzhen-finance-1"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-north-2-gov-1"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("ap-northeast-2-pop"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-beijing-finance-1"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-beijing-finance-pop"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-beijing-gov-1"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-beijing-nu16-b01"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-edge-1"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-fujian"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-haidian-cm12-c01"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-hangzhou-bj-b01"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-hangzhou-finance"), QStringLiteral("rds-vpc.cn-hangzhou-finance.aliyuncs.com") },
        { QStringLiteral("cn-hangzhou-internal-prod-1"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-hangzhou-internal-test-1"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-hangzhou-internal-test-2"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-hangzhou-internal-test-3"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-hangzhou-test-306"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-hongkong-finance-pop"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-qingdao-nebula"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-shanghai-et15-b01"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-shanghai-et2-b01"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-shanghai-inner"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-shanghai-internal-test-1"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-shenzhen-inner"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-shenzhen-st4-d01"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-shenzhen-su18-b01"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-wuhan"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-yushanfang"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-zhangbei"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-zhangbei-na61-b01"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-zhangjiakou-na62-a01"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("cn-zhengzhou-nebula-1"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("eu-west-1-oxs"), QStringLiteral("rds.aliyuncs.com") },
        { QStringLiteral("rus-west-1-pop"), QStringLiteral("rds.aliyuncs.com") },
    };
    static const QHash<QString, QString> redis {
        { QStringLiteral("cn-qingdao"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-beijing"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-wulanchabu"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-hangzhou"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-shanghai"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-heyuan"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-hangzhou-finance"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("ap-northeast-2-pop"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-beijing-finance-pop"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-beijing-gov-1"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-beijing-nu16-b01"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-edge-1"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-fujian"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-haidian-cm12-c01"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-hangzhou-bj-b01"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-hangzhou-internal-prod-1"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-hangzhou-internal-test-1"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-hangzhou-internal-test-2"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-hangzhou-internal-test-3"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-hangzhou-test-306"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-hongkong-finance-pop"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-qingdao-nebula"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-shanghai-et15-b01"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-shanghai-et2-b01"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-shanghai-inner"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-shanghai-internal-test-1"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-shenzhen-inner"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-shenzhen-st4-d01"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-shenzhen-su18-b01"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-wuhan"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-yushanfang"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-zhangbei"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-zhangbei-na61-b01"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-zhangjiakou-na62-a01"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("cn-zhengzhou-nebula-1"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("eu-west-1-oxs"), QStringLiteral("r-kvstore.aliyuncs.com") },
        { QStringLiteral("rus-west-1-pop"), QStringLiteral("r-kvstore.aliyuncs.com") },
    };
    return product == Product::Rds ? rds : redis;
}

} // namespace

bool EndpointResolver::setOverrides(const QMap<QString, QUrl>& overrides, QString* error)
{
    QMap<Product, QUrl> parsed;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        const auto product = ProductInfo::productFromCode(it.key());
        if (!product) {
            if (error)
                *error = QCoreApplication::translate("EndpointResolver",
                    "Unknown product \"%1\" in an endpoint "
                    "override; use \"rds\" or \"r-kvstore\".")
                             .arg(it.key());
            return false;
        }
        const QString reason = refusalReason(it.value());
        if (!reason.isEmpty()) {
            if (error)
                *error = reason;
            return false;
        }
        parsed.insert(*product, it.value());
    }
    m_overrides = parsed;
    return true;
}

bool EndpointResolver::setOverride(Product product, const QUrl& url, QString* error)
{
    const QString reason = refusalReason(url);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    m_overrides.insert(product, url);
    return true;
}

void EndpointResolver::clearOverrides()
{
    m_overrides.clear();
}

QMap<QString, QUrl> EndpointResolver::overrides() const
{
    QMap<QString, QUrl> out;
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it)
        out.insert(ProductInfo::productCode(it.key()), it.value());
    return out;
}

QUrl EndpointResolver::resolve(Product product, const QString& regionId, QString* error) const
{
    if (m_overrides.contains(product))
        return m_overrides.value(product);
    if (regionId.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("EndpointResolver",
                "No region is selected and no endpoint is set "
                "for %1.")
                         .arg(ProductInfo::productCode(product));
        return {};
    }
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(sdkHost(product, regionId));
    url.setPath(QStringLiteral("/"));
    return url;
}

QString EndpointResolver::sdkHost(Product product, const QString& regionId)
{
    const QString mapped = sdkMap(product).value(regionId);
    if (!mapped.isEmpty())
        return mapped;
    return ProductInfo::productCode(product) + QLatin1Char('.') + regionId + QStringLiteral(".aliyuncs.com");
}

std::optional<std::pair<Product, QUrl>> EndpointResolver::parseOverride(const QString& text, QString* error)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    const auto product = eq > 0 ? ProductInfo::productFromCode(text.left(eq).trimmed()) : std::nullopt;
    if (!product) {
        if (error)
            *error = QCoreApplication::translate("EndpointResolver",
                "\"%1\" is not PRODUCT=URL with PRODUCT "
                "\"rds\" or \"r-kvstore\".")
                         .arg(text);
        return std::nullopt;
    }
    QString address = text.mid(eq + 1).trimmed();
    if (!address.contains(QStringLiteral("://")))
        address.prepend(QStringLiteral("https://"));
    const QUrl url(address, QUrl::StrictMode);
    const QString reason = refusalReason(url);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    return std::make_pair(*product, url);
}

QString EndpointResolver::refusalReason(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("EndpointResolver", "\"%1\" is not a valid endpoint URL.")
            .arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    if (scheme == QLatin1String("http"))
        return QCoreApplication::translate("EndpointResolver",
            "Refusing plain http to %1: credentials would travel "
            "unencrypted. Use https (plain http is allowed only "
            "for 127.0.0.1, ::1 and localhost).")
            .arg(url.host());
    return QCoreApplication::translate("EndpointResolver", "Unsupported scheme \"%1\" in %2; use https.")
        .arg(url.scheme(), url.toString());
}

bool EndpointResolver::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
