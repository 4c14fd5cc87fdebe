#pragma once

#include "Database.h"
#include "OperatorPermission.h"
#include "Product.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// An RDS or Redis instance with what the account dialogs need to know about it.
struct Instance
{
    QString id;
    QString profile; // the enabled profile whose connection lists it; empty with a single connection
    QString regionId;
    QString description;
    Product product = Product::Rds;
    Engine engine = Engine::MySQL;
    QString engineVersion; // "8.0", "14", "2019_ent", "5.0", "2.8"
    Architecture architecture = Architecture::Standard;
    QString status; // RDS wire value: "Running", "Creating", "Restarting", ...; Redis's "Normal" is
                    // mapped to "Running" by the api parser, its other statuses kept as sent
    QString instanceClass;
    QList<Database> databases; // RDS only; filled by DescribeDatabases
    // RDS: the service account's access as DescribeDBInstanceAttribute reports it; none once it has lapsed.
    std::optional<OperatorPermission> operatorPermission;
    // Where clients connect (ConnectionString / ConnectionDomain and Port of the attribute calls); empty until
    // one was read. On the cloud usually a VPC address this computer cannot reach.
    QString address;
    int port = 0;

    bool operator==(const Instance&) const = default;
};
Q_DECLARE_METATYPE(Instance)
