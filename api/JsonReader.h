#pragma once

#include "ServiceError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Reads response fields by their exact JSON paths. The first missing or mistyped required field is remembered
// as a Category::Parse error naming the path ("Accounts.DBInstanceAccount[2].AccountName"); later reads return
// empty values, so parsers stay linear and never crash or invent a default.
class JsonReader
{
public:
    explicit JsonReader(const QString& action);

    // Dotted path of nested objects ending in an array: "Accounts.DBInstanceAccount".
    QJsonArray array(const QJsonObject& root, const QString& path, bool required = true);
    QJsonObject object(const QJsonValue& value, const QString& path);
    QString string(const QJsonObject& object, const QString& key, const QString& path, bool required = true);
    // Numbers may arrive as JSON numbers or decimal strings.
    std::optional<qint64> integer(
        const QJsonObject& object, const QString& key, const QString& path, bool required = true);

    bool ok() const { return !m_error.has_value(); }
    std::optional<ServiceError> error() const { return m_error; }
    void failAt(const QString& path, const QString& why);

private:
    QString m_action;
    std::optional<ServiceError> m_error;
};
