#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// The Alibaba Cloud service (operator) account's access to an RDS instance.
struct OperatorPermission
{
    QString privileges; // "Control" or "Data"
    QDateTime expiredTime; // UTC; sent as yyyy-MM-ddTHH:mm:ssZ

    bool operator==(const OperatorPermission&) const = default;
};
Q_DECLARE_METATYPE(OperatorPermission)
