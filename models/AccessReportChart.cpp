#include "AccessReportChart.h"

#include "AccessReportColours.h"
#include "AccessReportPdf.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace {
constexpr qreal LabelWidth = 150;
constexpr qreal CountWidth = 30;
constexpr qreal LegendHeight = 30; // the engine legend and the "more" line under the bars
using namespace AccessReportColours;
} // namespace

QColor AccessReportChart::engineColor(const QString& engine)
{
    // Distinct in colour and still apart in grey when printed black and white.
    if (engine == QLatin1String("MySQL"))
        return QColor(0x2f, 0x6d, 0xb5);
    if (engine == QLatin1String("PostgreSQL"))
        return QColor(0x1b, 0x3a, 0x5c);
    if (engine == QLatin1String("SQLServer"))
        return QColor(0x9c, 0x4a, 0x1a);
    if (engine == QLatin1String("MariaDB"))
        return QColor(0xc9, 0x8b, 0x2b);
    if (engine == QLatin1String("Redis"))
        return QColor(0xc0, 0x39, 0x2b);
    return QColor(0x7f, 0x8c, 0x8d);
}

int AccessReportChart::barsThatFit(qreal height)
{
    return std::max(0, int((height - LegendHeight) / BarPitch));
}

void AccessReportChart::paint(QPainter& painter, const QRectF& area, const AccessReportSummary& summary)
{
    painter.save();
    if (summary.perInstance.isEmpty()) {
        painter.setFont(AccessReportPdf::font(9));
        painter.setPen(Muted);
        painter.drawText(area, Qt::AlignLeft | Qt::AlignTop, tr("No accounts."));
        painter.restore();
        return;
    }
    const int shown = std::min(int(summary.perInstance.size()), barsThatFit(area.height()));
    const int most = summary.perInstance.constFirst().accounts;
    const qreal barLeft = area.left() + LabelWidth;
    const qreal barSpace = area.width() - LabelWidth - CountWidth;
    QStringList engines;
    painter.setFont(AccessReportPdf::font(8));
    const QFontMetricsF metrics(painter.font());
    for (int i = 0; i < shown; ++i) {
        const AccessReportSummary::InstanceCount& each = summary.perInstance.at(i);
        const qreal y = area.top() + i * BarPitch;
        painter.setPen(Ink);
        painter.drawText(QRectF(area.left(), y, LabelWidth - 6, BarPitch),
            Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(each.instanceId, Qt::ElideMiddle, LabelWidth - 6));
        const qreal length = most > 0 ? barSpace * each.accounts / most : 0;
        painter.fillRect(QRectF(barLeft, y + 3, std::max<qreal>(length, 1), BarPitch - 6), engineColor(each.engine));
        painter.drawText(QRectF(barLeft + length + 4, y, CountWidth, BarPitch),
            Qt::AlignLeft | Qt::AlignVCenter,
            QString::number(each.accounts));
        if (!engines.contains(each.engine))
            engines << each.engine;
    }
    painter.setPen(QPen(Rule, 0.5));
    painter.drawLine(QPointF(barLeft, area.top()), QPointF(barLeft, area.top() + shown * BarPitch));

    qreal y = area.top() + shown * BarPitch + 4;
    if (shown < summary.perInstance.size()) {
        int rest = 0;
        for (qsizetype i = shown; i < summary.perInstance.size(); ++i)
            rest += summary.perInstance.at(i).accounts;
        painter.setPen(Muted);
        painter.drawText(QRectF(area.left(), y, area.width(), 12),
            Qt::AlignLeft | Qt::AlignVCenter,
            tr("…and %n more instance(s) with %1 account(s)", nullptr, int(summary.perInstance.size()) - shown)
                .arg(rest));
        y += 13;
    }
    qreal x = area.left();
    for (const QString& engine : std::as_const(engines)) {
        painter.fillRect(QRectF(x, y + 3, 8, 8), engineColor(engine));
        painter.setPen(Ink);
        const qreal width = metrics.horizontalAdvance(engine) + 22;
        painter.drawText(QRectF(x + 11, y, width, 14), Qt::AlignLeft | Qt::AlignVCenter, engine);
        x += width;
    }
    painter.restore();
}
