#pragma once

#include "AccessReportSummary.h"

#include <QColor>
#include <QCoreApplication>
#include <QRectF>

class QPainter;

// The first page's bar chart of accounts per instance, painted with QPainter (no chart library): one bar per
// instance, most accounts first, coloured by engine with a legend; instances beyond what fits are summed in one
// line ("…and 12 more instances with 40 accounts").
class AccessReportChart
{
    Q_DECLARE_TR_FUNCTIONS(AccessReportChart)

public:
    static constexpr qreal BarPitch = 17; // points per bar
    static void paint(QPainter& painter, const QRectF& area, const AccessReportSummary& summary);
    // How many bars fit in a chart of this height (legend and the "more" line included).
    static int barsThatFit(qreal height);
    static QColor engineColor(const QString& engine);
};
