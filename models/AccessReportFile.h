#pragma once

#include "AccessReport.h"

#include <QCoreApplication>
#include <QString>

// Saves an access report as CSV (UTF-8 with a BOM, so spreadsheet apps read Chinese right), JSON or PDF,
// atomically (QSaveFile): a failed save leaves no half-written file behind.
class AccessReportFile
{
    Q_DECLARE_TR_FUNCTIONS(AccessReportFile)

public:
    enum class Format { Csv, Json, Pdf };

    static bool save(const AccessReport& report, Format format, const QString& path, QString* errorText = nullptr);
    static QString suffix(Format format); // "csv", "json", "pdf"
    static QString fileFilter(Format format); // "CSV files (*.csv)" for the save dialog
    // "access-report-20261130-0015.csv"
    static QString suggestedName(const AccessReport& report, Format format);
};
