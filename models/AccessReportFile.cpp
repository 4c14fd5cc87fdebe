#include "AccessReportFile.h"

#include "AccessReportCsv.h"
#include "AccessReportJson.h"
#include "AccessReportPdf.h"

#include <QSaveFile>

bool AccessReportFile::save(const AccessReport& report, Format format, const QString& path, QString* errorText)
{
    QSaveFile file(path);
    auto fail = [&](const QString& why) {
        if (errorText)
            *errorText = why;
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    switch (format) {
    case Format::Csv:
        if (file.write(QByteArrayLiteral("\xEF\xBB\xBF") + AccessReportCsv::text(report).toUtf8()) < 0)
            return fail(file.errorString());
        break;
    case Format::Json:
        if (file.write(AccessReportJson::document(report)) < 0)
            return fail(file.errorString());
        break;
    case Format::Pdf: {
        QString why;
        if (!AccessReportPdf::write(report, &file, &why))
            return fail(why);
        break;
    }
    }
    if (!file.commit()) {
        if (errorText)
            *errorText = file.errorString();
        return false;
    }
    return true;
}

QString AccessReportFile::suffix(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString AccessReportFile::fileFilter(Format format)
{
    switch (format) {
    case Format::Csv:
        return tr("CSV files (*.csv)");
    case Format::Json:
        return tr("JSON files (*.json)");
    case Format::Pdf:
        return tr("PDF documents (*.pdf)");
    }
    return {};
}

QString AccessReportFile::suggestedName(const AccessReport& report, Format format)
{
    return QStringLiteral("access-report-") + report.generated.toUTC().toString(QStringLiteral("yyyyMMdd-HHmm"))
        + QLatin1Char('.') + suffix(format);
}
