#include "JsonReader.h"

#include <QCoreApplication>

#include <cmath>

JsonReader::JsonReader(const QString& action)
    : m_action(action)
{
}

void JsonReader::failAt(const QString& path, const QString& why)
{
    if (m_error)
        return;
    ServiceError error;
    error.category = ServiceError::Category::Parse;
    error.code = QStringLiteral("MalformedResponse");
    error.action = m_action;
    error.message = QCoreApplication::translate("JsonReader", "The %1 answer is not as documented: %2 %3.")
                        .arg(m_action, path, why);
    m_error = error;
}

QJsonArray JsonReader::array(const QJsonObject& root, const QString& path, bool required)
{
    if (!ok())
        return {};
    const QStringList parts = path.split(QLatin1Char('.'));
    QJsonValue value = root;
    QString seen;
    for (const QString& part : parts) {
        seen = seen.isEmpty() ? part : seen + QLatin1Char('.') + part;
        if (!value.isObject()) {
            failAt(seen, QCoreApplication::translate("JsonReader", "is inside something that is not an object"));
            return {};
        }
        const QJsonObject object = value.toObject();
        if (!object.contains(part)) {
            if (required)
                failAt(seen, QCoreApplication::translate("JsonReader", "is missing"));
            return {};
        }
        value = object.value(part);
    }
    if (!value.isArray()) {
        failAt(path, QCoreApplication::translate("JsonReader", "is not a list"));
        return {};
    }
    return value.toArray();
}

QJsonObject JsonReader::object(const QJsonValue& value, const QString& path)
{
    if (!ok())
        return {};
    if (!value.isObject()) {
        failAt(path, QCoreApplication::translate("JsonReader", "is not an object"));
        return {};
    }
    return value.toObject();
}

QString JsonReader::string(const QJsonObject& object, const QString& key, const QString& path, bool required)
{
    if (!ok())
        return {};
    const QString where = path + QLatin1Char('.') + key;
    if (!object.contains(key) || object.value(key).isNull()) {
        if (required)
            failAt(where, QCoreApplication::translate("JsonReader", "is missing"));
        return {};
    }
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        failAt(where, QCoreApplication::translate("JsonReader", "is not a string"));
        return {};
    }
    return value.toString();
}

std::optional<qint64> JsonReader::integer(
    const QJsonObject& object, const QString& key, const QString& path, bool required)
{
    if (!ok())
        return std::nullopt;
    const QString where = path.isEmpty() ? key : path + QLatin1Char('.') + key;
    if (!object.contains(key)) {
        if (required)
            failAt(where, QCoreApplication::translate("JsonReader", "is missing"));
        return std::nullopt;
    }
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        // Beyond 2^53 a double no longer holds every integer, and casting an out-of-range double is undefined.
        constexpr double Exact = 9007199254740992.0; // 2^53
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > Exact) {
            failAt(where, QCoreApplication::translate("JsonReader", "is not a whole number in range"));
            return std::nullopt;
        }
        return qint64(number);
    }
    bool converted = false;
    const qint64 number = value.toString().toLongLong(&converted);
    if (!value.isString() || !converted) {
        failAt(where, QCoreApplication::translate("JsonReader", "is not a number"));
        return std::nullopt;
    }
    return number;
}
