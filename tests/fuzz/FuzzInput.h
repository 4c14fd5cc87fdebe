#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <cstddef>
#include <cstdint>

// Splits one fuzz input into fields at a separator byte, so one input can carry a method, a query, headers and a
// body. Missing fields are empty.
inline QList<QByteArray> fuzzFields(const uint8_t* data, size_t size, int count, char separator = '\x1f')
{
    const QByteArray all(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<QByteArray> fields = all.split(separator);
    while (fields.size() > count) {
        fields[count - 1] += separator + fields.takeLast();
    }
    while (fields.size() < count)
        fields.append(QByteArray());
    return fields;
}

// "Name: value" lines as (lower-case name, value) pairs, the way an HTTP server hands headers to the sandbox; lines
// without a name are dropped.
inline QList<QPair<QByteArray, QByteArray>> fuzzHeaders(const QByteArray& lines)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray& line : lines.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({ line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed() });
    }
    return headers;
}
