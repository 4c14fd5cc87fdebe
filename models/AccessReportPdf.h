#pragma once

#include "AccessReport.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QString>

class QIODevice;
class QPainter;

// The access report as a printable PDF, painted with Qt's own PDF writer (QPdfWriter + QPainter), A4 landscape:
// the first page has the date, profiles, scope and filters, the summary and a chart of accounts per instance
// (AccessReportCoverPage); the following pages list every account and database privilege, LinesPerPage lines a
// page, each line on one line (long text is elided; the CSV and JSON have it in full). Coordinates are points.
class AccessReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(AccessReportPdf)

public:
    static constexpr qreal PageWidth = 842; // A4 landscape, in points
    static constexpr qreal PageHeight = 595;
    static constexpr qreal Margin = 36;
    static constexpr int LinesPerPage = 34;

    // 1 (the first page) + one page per LinesPerPage lines of AccessReport::privilegeLineCount().
    static int pageCount(const AccessReport& report);
    // Writes the whole PDF to device; false with errorText when the device cannot be written.
    static bool write(const AccessReport& report, QIODevice* device, QString* errorText = nullptr);

    // The fonts of the report, in points: shared by the first page and the chart.
    static QFont font(qreal pointSize, bool bold = false);
    static QString dateText(const QDateTime& utc); // "2026-11-30 00:15 UTC"

private:
    static void paintFooter(QPainter& painter, const AccessReport& report, int page, int pages);
    static void paintAccountPage(QPainter& painter, const AccessReport& report, int firstLine);
};
