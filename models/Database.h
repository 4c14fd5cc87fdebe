#pragma once

#include <QMetaType>
#include <QString>

// An RDS database, as DescribeDatabases reports it.
struct Database
{
    QString name;
    QString status; // "Creating", "Running", "Deleting"
    QString characterSet;
    QString description;

    bool operator==(const Database&) const = default;
};
Q_DECLARE_METATYPE(Database)
