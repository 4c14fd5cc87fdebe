// JsonReader on any JSON document and any dotted path: never crashes, integers never overflow.
#include "FuzzInput.h"
#include "JsonReader.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> fields = fuzzFields(data, size, 2);
    const QJsonObject root = QJsonDocument::fromJson(fields.at(1)).object();
    const QString path = QString::fromUtf8(fields.at(0));
    JsonReader reader(QStringLiteral("Fuzz"));
    const QJsonArray rows = reader.array(root, path.isEmpty() ? QStringLiteral("a.b") : path, false);
    for (const QJsonValue& row : rows) {
        const QJsonObject object = reader.object(row, path);
        for (auto it = object.begin(); it != object.end(); ++it) {
            (void)reader.string(object, it.key(), path, false);
            (void)reader.integer(object, it.key(), path, false);
        }
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        JsonReader each(QStringLiteral("Fuzz"));
        if (const auto number = each.integer(root, it.key(), {}, false); number) {
            volatile qint64 next = *number / 2 + 1; // in range: half of any accepted value plus one cannot overflow
            (void)next;
        }
        (void)each.string(root, it.key(), {}, false);
    }
    return 0;
}
