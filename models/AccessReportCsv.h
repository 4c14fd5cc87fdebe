#pragma once

#include "AccessReport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The access report as RFC 4180 CSV for spreadsheets: a header line, then one line per account and database
// privilege (an account with no privilege gets one line with the database and privilege empty), so a filter on
// the Database column answers "who can reach orders"; a privileged account without grants says "All (privileged
// account)", which its type gives it. Every field goes through ActivityLogModel::csvField, the
// activity export's: a cell that would start a formula (= + - @) is made plain text, and secrets are masked.
class AccessReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(AccessReportCsv)

public:
    enum Column {
        Profile,
        Region,
        EngineColumn,
        Instance,
        InstanceDescription,
        AccountName,
        Type,
        Status,
        Description,
        DatabaseColumn,
        Privilege,
        SqlPrivileges,
        Seen,
        ColumnCount
    };

    static QStringList header();
    // The fields of every line after the header, unquoted, as a spreadsheet shows them.
    static QList<QStringList> lines(const AccessReport& report);
    static QString text(const AccessReport& report);
};
