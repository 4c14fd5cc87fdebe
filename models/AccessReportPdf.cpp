#include "AccessReportPdf.h"

#include "AccessReportColours.h"
#include "AccessReportCoverPage.h"
#include "AccountText.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QIODevice>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace {

using namespace AccessReportColours;
constexpr qreal LineHeight = 13.5;
constexpr qreal TableTop = 74; // the first line under the header row

// One line of the account table: an account and one of its privileges (-1: the account has none).
struct TableLine
{
    int account;
    int privilege;
};

QList<TableLine> tableLines(const AccessReport& report)
{
    QList<TableLine> lines;
    for (int a = 0; a < int(report.accounts.size()); ++a) {
        const int privileges = int(report.accounts.at(a).privileges.size());
        if (privileges == 0)
            lines.append({ a, -1 });
        for (int p = 0; p < privileges; ++p)
            lines.append({ a, p });
    }
    return lines;
}

struct TableColumn
{
    const char* title;
    qreal width;
};

// Profile · region, engine, instance, account, type, status, description, database, privilege: 770 points.
const TableColumn Columns[] = {
    { QT_TRANSLATE_NOOP("AccessReportPdf", "Profile · region"), 112 },
    { QT_TRANSLATE_NOOP("AccessReportPdf", "Engine"), 55 },
    { QT_TRANSLATE_NOOP("AccessReportPdf", "Instance"), 110 },
    { QT_TRANSLATE_NOOP("AccessReportPdf", "Account"), 90 },
    { QT_TRANSLATE_NOOP("AccessReportPdf", "Type"), 96 },
    { QT_TRANSLATE_NOOP("AccessReportPdf", "Status"), 60 },
    { QT_TRANSLATE_NOOP("AccessReportPdf", "Description"), 101 },
    { QT_TRANSLATE_NOOP("AccessReportPdf", "Database"), 68 },
    { QT_TRANSLATE_NOOP("AccessReportPdf", "Privilege"), 78 },
};
constexpr int ColumnCount = int(sizeof(Columns) / sizeof(Columns[0]));

void drawCell(QPainter& painter, qreal x, qreal y, qreal width, const QString& text)
{
    const QFontMetricsF metrics(painter.font());
    const QRectF cell(x + 3, y, width - 6, LineHeight);
    painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(text, Qt::ElideRight, cell.width()));
}

} // namespace

QFont AccessReportPdf::font(qreal pointSize, bool bold)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting); // even spacing at small sizes in print
    return font;
}

QString AccessReportPdf::dateText(const QDateTime& utc)
{
    return utc.isValid() ? tr("%1 UTC").arg(utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) : tr("never");
}

int AccessReportPdf::pageCount(const AccessReport& report)
{
    const int lines = report.privilegeLineCount();
    return 1 + (lines + LinesPerPage - 1) / LinesPerPage;
}

bool AccessReportPdf::write(const AccessReport& report, QIODevice* device, QString* errorText)
{
    if (!device->isOpen() && !device->open(QIODevice::WriteOnly)) {
        if (errorText)
            *errorText = device->errorString();
        return false;
    }
    QPdfWriter writer(device);
    writer.setResolution(72); // one device unit is one point
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(tr("Database access report"));
    writer.setCreator(QStringLiteral("Apsara Accounts " APSARA_VERSION));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (errorText)
            *errorText = tr("The PDF writer could not start.");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const int pages = pageCount(report);
    AccessReportCoverPage::paint(painter, report);
    paintFooter(painter, report, 1, pages);
    for (int page = 2; page <= pages; ++page) {
        writer.newPage();
        paintAccountPage(painter, report, (page - 2) * LinesPerPage);
        paintFooter(painter, report, page, pages);
    }
    if (!painter.end()) {
        if (errorText)
            *errorText = device->errorString();
        return false;
    }
    return true;
}

void AccessReportPdf::paintFooter(QPainter& painter, const AccessReport& report, int page, int pages)
{
    const qreal y = PageHeight - Margin + 8;
    painter.setPen(QPen(Rule, 0.5));
    painter.drawLine(QPointF(Margin, y), QPointF(PageWidth - Margin, y));
    painter.setFont(font(7));
    painter.setPen(Muted);
    const QRectF area(Margin, y + 3, PageWidth - 2 * Margin, 12);
    painter.drawText(area,
        Qt::AlignLeft | Qt::AlignVCenter,
        tr("Apsara Accounts %1 · Database access report · generated %2 · %3")
            .arg(QStringLiteral(APSARA_VERSION), dateText(report.generated), report.scope.description()));
    painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page).arg(pages));
}

void AccessReportPdf::paintAccountPage(QPainter& painter, const AccessReport& report, int firstLine)
{
    painter.setPen(Ink);
    painter.setFont(font(12, true));
    painter.drawText(QRectF(Margin, Margin - 4, 400, 18), Qt::AlignLeft | Qt::AlignVCenter, tr("Accounts"));
    painter.setFont(font(8));
    painter.setPen(Muted);
    painter.drawText(QRectF(Margin + 300, Margin - 4, PageWidth - 2 * Margin - 300, 18),
        Qt::AlignRight | Qt::AlignVCenter,
        tr("%n account(s) on %1 instance(s)", nullptr, report.summary.accounts).arg(report.summary.instances));

    // Header row.
    painter.fillRect(QRectF(Margin, TableTop - LineHeight - 2, PageWidth - 2 * Margin, LineHeight + 2), HeaderFill);
    painter.setPen(Ink);
    painter.setFont(font(8, true));
    qreal x = Margin;
    for (const TableColumn& column : Columns) {
        drawCell(painter, x, TableTop - LineHeight - 1, column.width, tr(column.title));
        x += column.width;
    }

    const QList<TableLine> lines = tableLines(report);
    const int last = std::min(int(lines.size()), firstLine + LinesPerPage);
    for (int i = firstLine; i < last; ++i) {
        const TableLine line = lines.at(i);
        const IndexedAccount& a = report.accounts.at(line.account);
        const qreal y = TableTop + (i - firstLine) * LineHeight;
        const bool firstOfAccount = line.privilege <= 0 || i == firstLine;
        const bool firstOfInstance = i == firstLine
            || (line.privilege <= 0
                && (line.account == 0 || report.accounts.at(line.account - 1).instanceId != a.instanceId
                    || report.accounts.at(line.account - 1).profile != a.profile));
        if (line.account % 2 == 1)
            painter.fillRect(QRectF(Margin, y, PageWidth - 2 * Margin, LineHeight), Band);
        if (firstOfInstance && i != firstLine) {
            painter.setPen(QPen(Rule, 0.5));
            painter.drawLine(QPointF(Margin, y), QPointF(PageWidth - Margin, y));
        }
        QStringList cells(ColumnCount);
        if (firstOfInstance) {
            cells[0] = tr("%1 · %2").arg(a.profile, a.region);
            cells[1] = a.engine;
            cells[2] = a.instanceId;
        }
        if (firstOfAccount) {
            cells[3] = a.name;
            cells[4] = AccountText::typeName(a.type);
            cells[5] = AccountText::statusName(a.status);
            cells[6] = a.description.trimmed().isEmpty() ? tr("—") : a.description;
        }
        if (line.privilege >= 0) {
            const DatabasePrivilege& p = a.privileges.at(line.privilege);
            cells[7] = p.dbName.isEmpty() ? tr("(all)") : p.dbName;
            cells[8] = AccountText::privilegeName(p.privilege);
        } else {
            cells[8] = AccessReportSummary::isPrivileged(a) ? tr("All (privileged)") : tr("None");
        }
        x = Margin;
        for (int c = 0; c < ColumnCount; ++c) {
            // What an auditor looks for stands out: privileged types, locked accounts, privileges by type.
            const bool privileged = AccessReportSummary::isPrivileged(a);
            const bool flagged = (c == 4 && privileged) || (c == 5 && a.status == QLatin1String("Locked"))
                || (c == 8 && line.privilege < 0 && privileged);
            const bool missing = (c == 6 && cells[c] == tr("—")) || (c == 8 && line.privilege < 0 && !privileged);
            painter.setFont(font(8, flagged));
            painter.setPen(missing ? Muted : Ink);
            drawCell(painter, x, y, Columns[c].width, cells[c]);
            x += Columns[c].width;
        }
    }
}
