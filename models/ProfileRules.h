#pragma once

#include "FieldCheck.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The rules of a connection profile's plain fields (AccessKey ID, region ID, endpoint URL), shared by the
// profile dialog, the command line and the aliyun CLI importer so that all three accept the same values.
class ProfileRules
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRules)

public:
    // 8 to 128 letters, digits or dots ("LTAI5t...", "STS.NU...").
    static bool isAccessKeyId(const QString& id);
    // Lower-case words joined by hyphens, e.g. cn-hangzhou or ap-southeast-1: it ends up in endpoint host names.
    static bool isRegionId(const QString& region);
    // An absolute http or https URL with a host; the only kind an endpoint override can be.
    static bool isEndpointUrl(const QUrl& url);
    static bool isEndpointUrl(const QString& text);

    // The live checks of the profile form: empty is "not yet" for the required fields, and valid for an
    // endpoint (empty means the public endpoint). Texts are worded for a helpdesk user.
    static FieldCheck checkAccessKeyId(const QString& id);
    static FieldCheck checkRegionId(const QString& region);
    static FieldCheck checkEndpoint(const QString& text);
};
