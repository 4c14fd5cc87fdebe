#include "AccessReportCoverPage.h"

#include "AccessReportChart.h"
#include "AccessReportColours.h"
#include "AccessReportPdf.h"
#include "AccountText.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace {

using namespace AccessReportColours;
constexpr qreal Left = AccessReportPdf::Margin;
constexpr qreal Right = AccessReportPdf::PageWidth - AccessReportPdf::Margin;
constexpr qreal Row = 15;
constexpr qsizetype MaxGapLines = 6;

void sectionTitle(QPainter& painter, const QString& text, QPointF topLeft, qreal width)
{
    painter.setFont(AccessReportPdf::font(11, true));
    painter.setPen(Accent);
    painter.drawText(QRectF(topLeft, QSizeF(width, 16)), Qt::AlignLeft | Qt::AlignVCenter, text);
    painter.setPen(QPen(Accent, 0.8));
    painter.drawLine(topLeft + QPointF(0, 18), topLeft + QPointF(width, 18));
}

void cell(QPainter& painter, const QRectF& rect, const QString& text, Qt::Alignment align = Qt::AlignLeft)
{
    const QFontMetricsF metrics(painter.font());
    painter.drawText(rect.adjusted(3, 0, -3, 0),
        align | Qt::AlignVCenter,
        metrics.elidedText(text, Qt::ElideRight, rect.width() - 6));
}

// The reason's first clause ("The instance is Stopped"), which fits one line; the JSON has the whole text. A full
// stop ends a clause only before a space ("Redis 4.0" stays whole).
QString firstClause(const QString& reason)
{
    for (qsizetype i = 0; i < reason.size(); ++i) {
        const QChar c = reason.at(i);
        const bool fullStop = c == u'.' && (i + 1 == reason.size() || reason.at(i + 1).isSpace());
        if (i > 0 && (fullStop || c == u';' || c == u'；' || c == u'。'))
            return reason.left(i);
    }
    return reason;
}

} // namespace

void AccessReportCoverPage::paint(QPainter& painter, const AccessReport& report)
{
    const qreal factsTop = paintHeading(painter);
    const qreal summaryTop = paintFacts(painter, report, factsTop) + 16;
    const qreal columnWidth = (Right - Left - 30) / 2;
    const qreal tableTop = paintFigures(painter, report.summary, QPointF(Left, summaryTop), columnWidth) + 14;
    const qreal notesTop = paintEngineTable(painter, report.summary, QPointF(Left, tableTop), columnWidth) + 14;
    paintNotes(painter, QPointF(Left, notesTop), columnWidth);
    const QPointF chartTopLeft(Left + columnWidth + 30, summaryTop);
    sectionTitle(painter, tr("Accounts per instance"), chartTopLeft, columnWidth);
    // The instances not read go under the chart, which gets the height that is left.
    const qreal bottom = AccessReportPdf::PageHeight - AccessReportPdf::Margin - 6;
    const qsizetype gapLines = std::min(report.notCovered.size(), MaxGapLines + 1);
    const qreal gapsHeight = report.notCovered.isEmpty() ? 0 : 36 + gapLines * 12;
    const QRectF chart(chartTopLeft + QPointF(0, 26), QPointF(Right, bottom - gapsHeight));
    AccessReportChart::paint(painter, chart, report.summary);
    if (!report.notCovered.isEmpty())
        paintGaps(painter, report.notCovered, QPointF(chartTopLeft.x(), bottom - gapsHeight + 10), columnWidth);
}

qreal AccessReportCoverPage::paintHeading(QPainter& painter)
{
    painter.setPen(Ink);
    painter.setFont(AccessReportPdf::font(20, true));
    painter.drawText(
        QRectF(Left, Left - 6, Right - Left, 28), Qt::AlignLeft | Qt::AlignVCenter, tr("Database access report"));
    painter.setFont(AccessReportPdf::font(9));
    painter.setPen(Muted);
    painter.drawText(QRectF(Left, Left - 6, Right - Left, 28),
        Qt::AlignRight | Qt::AlignVCenter,
        tr("Apsara Accounts · ApsaraDB RDS and ApsaraDB for Redis accounts"));
    painter.setPen(QPen(Ink, 1.2));
    painter.drawLine(QPointF(Left, Left + 26), QPointF(Right, Left + 26));
    return Left + 34;
}

qreal AccessReportCoverPage::paintFacts(QPainter& painter, const AccessReport& report, qreal top)
{
    const QString freshness = report.accounts.isEmpty()
        ? tr("no account in this scope")
        : tr("accounts read from the API between %1 and %2")
              .arg(AccessReportPdf::dateText(report.oldestSeen()), AccessReportPdf::dateText(report.newestSeen()));
    const QList<QPair<QString, QString>> facts = {
        { tr("Generated"), AccessReportPdf::dateText(report.generated) },
        { tr("Profiles"), report.profiles.isEmpty() ? tr("None") : report.profiles.join(tr(", ")) },
        { tr("Scope"), report.scope.description() },
        { tr("Filters"), report.scope.filtersText() },
        { tr("Data"), freshness },
        { tr("Contents"),
            tr("%n account(s) on %1 instance(s); %2 privilege line(s) on pages 2 to %3",
                nullptr,
                report.summary.accounts)
                .arg(report.summary.instances)
                .arg(report.privilegeLineCount())
                .arg(AccessReportPdf::pageCount(report)) },
        { tr("Not covered"),
            report.notCovered.isEmpty()
                ? tr("None: the accounts of every instance in scope were read")
                : tr("%n instance(s) in scope whose accounts are not read, listed under the chart",
                    nullptr,
                    int(report.notCovered.size())) },
    };
    qreal y = top;
    for (const auto& [label, value] : facts) {
        painter.setFont(AccessReportPdf::font(9, true));
        painter.setPen(Ink);
        cell(painter, QRectF(Left, y, 90, Row), label);
        painter.setFont(AccessReportPdf::font(9));
        cell(painter, QRectF(Left + 90, y, Right - Left - 90, Row), value);
        y += Row;
    }
    return y;
}

qreal AccessReportCoverPage::paintFigures(
    QPainter& painter, const AccessReportSummary& summary, QPointF topLeft, qreal width)
{
    sectionTitle(painter, tr("Summary"), topLeft, width);
    const QList<QPair<QString, int>> figures = {
        { tr("Accounts"), summary.accounts },
        { tr("Instances"), summary.instances },
        { tr("Privileged accounts (Super, System admin)"), summary.privileged },
        { tr("Accounts without a description"), summary.withoutDescription },
        { tr("Locked accounts"), summary.locked },
        { tr("Standard accounts with no privileges"), summary.withoutPrivileges },
    };
    qreal y = topLeft.y() + 24;
    for (const auto& [label, value] : figures) {
        painter.setPen(Ink);
        painter.setFont(AccessReportPdf::font(9));
        cell(painter, QRectF(topLeft.x(), y, width - 60, Row), label);
        painter.setFont(AccessReportPdf::font(9, true));
        cell(painter, QRectF(topLeft.x() + width - 60, y, 60, Row), QString::number(value), Qt::AlignRight);
        painter.setPen(QPen(Rule, 0.4));
        painter.drawLine(QPointF(topLeft.x(), y + Row), QPointF(topLeft.x() + width, y + Row));
        y += Row;
    }
    return y;
}

qreal AccessReportCoverPage::paintEngineTable(
    QPainter& painter, const AccessReportSummary& summary, QPointF topLeft, qreal width)
{
    sectionTitle(painter, tr("Accounts per engine and status"), topLeft, width);
    const QStringList statuses = summary.statuses();
    const qreal first = 70;
    const qreal other = (width - first) / (statuses.size() + 1);
    qreal y = topLeft.y() + 24;
    painter.fillRect(QRectF(topLeft.x(), y, width, Row), HeaderFill);
    painter.setPen(Ink);
    painter.setFont(AccessReportPdf::font(8, true));
    cell(painter, QRectF(topLeft.x(), y, first, Row), tr("Engine"));
    for (int s = 0; s <= statuses.size(); ++s) {
        const QString title = s < statuses.size() ? AccountText::statusName(statuses.at(s)) : tr("Total");
        cell(painter, QRectF(topLeft.x() + first + s * other, y, other, Row), title, Qt::AlignRight);
    }
    y += Row;
    painter.setFont(AccessReportPdf::font(8));
    for (auto engine = summary.byEngineAndStatus.cbegin(); engine != summary.byEngineAndStatus.cend(); ++engine) {
        painter.setPen(Ink);
        cell(painter, QRectF(topLeft.x(), y, first, Row), engine.key());
        for (int s = 0; s <= statuses.size(); ++s) {
            const int count
                = s < statuses.size() ? engine.value().value(statuses.at(s)) : summary.engineTotal(engine.key());
            painter.setPen(count == 0 ? Muted : Ink);
            cell(painter,
                QRectF(topLeft.x() + first + s * other, y, other, Row),
                count == 0 ? tr("—") : QString::number(count),
                Qt::AlignRight);
        }
        painter.setPen(QPen(Rule, 0.4));
        painter.drawLine(QPointF(topLeft.x(), y + Row), QPointF(topLeft.x() + width, y + Row));
        y += Row;
    }
    return y;
}

void AccessReportCoverPage::paintNotes(QPainter& painter, QPointF topLeft, qreal width)
{
    painter.setFont(AccessReportPdf::font(7.5));
    painter.setPen(Muted);
    const QString notes = tr("Privileged: account type Super (RDS) or System admin (SQL Server). Locked: a "
                             "PostgreSQL account locked with LockAccount. No privileges: a standard account with no "
                             "database privilege and no Redis role (a privileged account has every privilege by its "
                             "type). Figures are of the accounts as last read from the API (see Data). The "
                             "report holds no password, access key or token.");
    QRectF bounds;
    painter.drawText(
        QRectF(topLeft, QSizeF(width, 60)), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, notes, &bounds);
    const qreal y = bounds.bottom() + 26;
    painter.setPen(QPen(Rule, 0.6));
    painter.drawLine(QPointF(topLeft.x() + 70, y), QPointF(topLeft.x() + width * 0.62, y));
    painter.drawLine(QPointF(topLeft.x() + width * 0.62 + 40, y), QPointF(topLeft.x() + width, y));
    painter.setPen(Ink);
    painter.setFont(AccessReportPdf::font(8));
    painter.drawText(QRectF(topLeft.x(), y - 12, 70, 12), Qt::AlignLeft | Qt::AlignBottom, tr("Reviewed by"));
    painter.drawText(
        QRectF(topLeft.x() + width * 0.62 + 6, y - 12, 34, 12), Qt::AlignLeft | Qt::AlignBottom, tr("Date"));
}

void AccessReportCoverPage::paintGaps(
    QPainter& painter, const QList<AccessReportGap>& gaps, QPointF topLeft, qreal width)
{
    sectionTitle(painter, tr("Instances whose accounts were not read"), topLeft, width);
    painter.setFont(AccessReportPdf::font(7.5));
    qreal y = topLeft.y() + 24;
    for (qsizetype i = 0; i < std::min(gaps.size(), MaxGapLines); ++i) {
        const AccessReportGap& gap = gaps.at(i);
        painter.setPen(Ink);
        cell(painter, QRectF(topLeft.x(), y, 110, 12), gap.instanceId);
        painter.setPen(Muted);
        cell(painter,
            QRectF(topLeft.x() + 110, y, width - 110, 12),
            tr("%1 · %2").arg(gap.engine, firstClause(gap.reason)));
        y += 12;
    }
    if (gaps.size() > MaxGapLines) {
        painter.setPen(Muted);
        cell(painter,
            QRectF(topLeft.x(), y, width, 12),
            tr("…and %n more; the JSON export lists every one", nullptr, int(gaps.size() - MaxGapLines)));
    }
}
