#pragma once

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

// Pages of a PDF as its page tree declares them ("/Type /Page", not "/Pages"): what the report tests count.
inline int pdfPages(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++pages;
    return pages;
}
