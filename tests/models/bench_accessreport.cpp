// A benchmark, not a test: the access report of N accounts (default 10,000; 20 per instance, one privilege
// each): build_ms (scope, masking, sort, summary), search_build_ms, csv_ms, json_ms, pdf_ms with pdf_pages and
// pdf_kb. The dialog writes the files on a pool thread, so these are the seconds a Save takes, not a freeze.
#include "AccessReport.h"
#include "AccessReportCsv.h"
#include "AccessReportJson.h"
#include "AccessReportPdf.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

namespace {

QList<IndexedAccount> accounts(int count)
{
    QList<IndexedAccount> rows;
    rows.reserve(count);
    const QDateTime seen = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        IndexedAccount a;
        a.profile = QStringLiteral("prod");
        a.region = i % 2 ? QStringLiteral("cn-hangzhou") : QStringLiteral("cn-shanghai");
        a.product = QStringLiteral("rds");
        a.engine = i % 3 ? QStringLiteral("MySQL") : QStringLiteral("PostgreSQL");
        a.instanceId = QStringLiteral("rm-bench%1").arg(i / 20, 5, 10, QLatin1Char('0'));
        a.name = QStringLiteral("user%1").arg(i);
        a.type = i % 50 ? QStringLiteral("Normal") : QStringLiteral("Super");
        a.status = i % 40 ? QStringLiteral("Available") : QStringLiteral("Locked");
        a.description = QStringLiteral("Service account %1 of the order pipeline").arg(i);
        a.privileges = { { QStringLiteral("orders"), QStringLiteral("ReadWrite"), QStringLiteral("SELECT,INSERT") } };
        a.seen = seen;
        rows << a;
    }
    return rows;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv); // fonts for the PDF
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const QList<IndexedAccount> rows = accounts(count);
    QTextStream out(stdout);
    QElapsedTimer timer;

    timer.start();
    const AccessReport report
        = AccessReport::build(rows, AccessReportScope::everything(), QDateTime::currentDateTimeUtc());
    out << "accounts: " << report.summary.accounts << "\nbuild_ms: " << timer.restart() << '\n';
    const AccessReport found = AccessReport::build(rows,
        AccessReportScope::search(QStringLiteral("engine:postgres status:locked")),
        QDateTime::currentDateTimeUtc());
    out << "search_build_ms: " << timer.restart() << " (" << found.summary.accounts << " found)\n";
    const QByteArray csv = AccessReportCsv::text(report).toUtf8();
    out << "csv_ms: " << timer.restart() << '\n';
    const QByteArray json = AccessReportJson::document(report);
    out << "json_ms: " << timer.restart() << '\n';
    QBuffer pdf;
    AccessReportPdf::write(report, &pdf);
    out << "pdf_ms: " << timer.restart() << "\npdf_pages: " << AccessReportPdf::pageCount(report)
        << "\npdf_kb: " << pdf.size() / 1024 << '\n';
    return csv.isEmpty() || json.isEmpty() || pdf.size() == 0 ? 1 : 0;
}
