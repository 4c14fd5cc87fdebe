#pragma once

#include "AccessReport.h"

#include <QByteArray>
#include <QJsonObject>

// The access report as JSON for scripts: "format" and "formatVersion" at the top (a reader checks both; a change
// that breaks readers raises the version), when and what it covers, the summary, and every account with its
// privileges per database, and the instances in scope whose accounts were not read ("notCovered", with why). Values are
// the API's wire values ("Super", "Locked", "ReadWrite"), not translations.
class AccessReportJson
{
public:
    static constexpr int FormatVersion = 1;
    static QString formatName() { return QStringLiteral("apsara-accounts.access-report"); }

    static QJsonObject object(const AccessReport& report);
    static QByteArray document(const AccessReport& report); // indented UTF-8
};
