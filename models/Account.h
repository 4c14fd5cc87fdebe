#pragma once

#include "DatabasePrivilege.h"

#include <QList>
#include <QMetaType>
#include <QString>

// A database account of one instance, as DescribeAccounts reports it.
struct Account
{
    QString instanceId;
    QString name;
    QString type; // "Normal", "Super", "Sysadmin"
    QString status; // wire value: "Available", "Unavailable", "Creating", "Locked"
    QString description;
    QList<DatabasePrivilege> privileges;
    QString lastRequestId; // RequestId of the last change this app made to the account; empty if none

    bool operator==(const Account&) const = default;

    // The key that identifies an account across refreshes.
    QString key() const { return instanceId + QLatin1Char('/') + name; }
};
Q_DECLARE_METATYPE(Account)
