#include "ProfileRules.h"

#include <QRegularExpression>

bool ProfileRules::isAccessKeyId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9.]{8,128}$"));
    return pattern.match(id).hasMatch();
}

bool ProfileRules::isRegionId(const QString& region)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,}(-[a-z0-9]+)+$"));
    return pattern.match(region).hasMatch();
}

bool ProfileRules::isEndpointUrl(const QUrl& url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

bool ProfileRules::isEndpointUrl(const QString& text)
{
    return isEndpointUrl(QUrl(text, QUrl::StrictMode));
}

FieldCheck ProfileRules::checkAccessKeyId(const QString& id)
{
    if (id.isEmpty())
        return FieldCheck::intermediate(tr("Enter the AccessKey ID."));
    return isAccessKeyId(id) ? FieldCheck::valid()
                             : FieldCheck::invalid(tr("An AccessKey ID has 8 to 128 letters, digits or dots."));
}

FieldCheck ProfileRules::checkRegionId(const QString& region)
{
    if (region.isEmpty())
        return FieldCheck::intermediate(tr("Enter a region ID such as cn-hangzhou."));
    return isRegionId(region) ? FieldCheck::valid()
                              : FieldCheck::invalid(tr("A region ID looks like cn-hangzhou or ap-southeast-1."));
}

FieldCheck ProfileRules::checkEndpoint(const QString& text)
{
    if (text.isEmpty() || isEndpointUrl(text))
        return FieldCheck::valid();
    return FieldCheck::invalid(tr("Enter an http(s) URL with a host, or leave empty for the public endpoint."));
}
