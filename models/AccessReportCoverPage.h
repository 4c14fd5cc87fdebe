#pragma once

#include "AccessReport.h"

#include <QCoreApplication>
#include <QPointF>

class QPainter;

// The access report's first page: title, when it was made, the profiles, scope and filters, how fresh the data
// is, the summary figures, accounts per engine and status, what the figures mean with a line for the reviewer's
// signature, and the chart of accounts per instance.
class AccessReportCoverPage
{
    Q_DECLARE_TR_FUNCTIONS(AccessReportCoverPage)

public:
    static void paint(QPainter& painter, const AccessReport& report);

private:
    static qreal paintHeading(QPainter& painter);
    static qreal paintFacts(QPainter& painter, const AccessReport& report, qreal top);
    static qreal paintFigures(QPainter& painter, const AccessReportSummary& summary, QPointF topLeft, qreal width);
    static qreal paintEngineTable(QPainter& painter, const AccessReportSummary& summary, QPointF topLeft, qreal width);
    static void paintNotes(QPainter& painter, QPointF topLeft, qreal width);
    static void paintGaps(QPainter& painter, const QList<AccessReportGap>& gaps, QPointF topLeft, qreal width);
};
