#pragma once

#include <QByteArray>
#include <QList>

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
