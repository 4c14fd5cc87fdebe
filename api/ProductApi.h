#pragma once

#include "AccountDraft.h"
#include "DatabasePrivilege.h"
#include "Instance.h"
#include "JsonReader.h"
#include "Product.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// How one product's account API looks on the wire: the value AccountClient is driven by. Adding a product is a
// column of wire names and one entry in ProductApi.cpp; adding an action is its row in ApiActionTable (which also
// puts it in the RAM policies) and one AccountRequests builder.
struct ProductApi
{
    // The product-specific part of an instance row ("Engine" for RDS, "ArchitectureType" for Redis); reports
    // an unknown value to the reader.
    using InstanceKindParser
        = void (*)(const QJsonObject& row, const QString& at, JsonReader& reader, Instance& instance);
    // One DatabasePrivileges.DatabasePrivilege[] item: RDS database grants, Redis account roles.
    using PrivilegeParser = DatabasePrivilege (*)(const QJsonObject& item, const QString& at, JsonReader& reader);

    Product product = Product::Rds;
    QString instanceIdParameter; // "DBInstanceId" / "InstanceId" (also the account row's instance field)
    QStringList actions; // the actions the app sends on this product (ApiActionTable); others fail at once

    QString regionsPath; // "Regions.RDSRegion"
    QString describeInstancesAction; // "DescribeDBInstances"
    QString instancesPath; // "Items.DBInstance"
    bool instancesByNextToken = false; // follow NextToken where the server gives one
    QString describeAttributeAction; // "DescribeDBInstanceAttribute"
    QString attributePath; // "Items.DBInstanceAttribute"
    QString addressKey; // where Test login connects: "ConnectionString"
    QString accountsArray; // the DescribeAccounts list under "Accounts": "DBInstanceAccount"
    QString totalKey; // "TotalRecordCount"
    int instancePageSize = 100;
    int accountPageSize = 100;
    int databasePageSize = 100;

    // Instance row keys and the product-specific rest.
    QString instanceDescriptionKey; // "DBInstanceDescription"
    QString instanceStatusKey; // "DBInstanceStatus"
    QString instanceClassKey; // "DBInstanceClass"
    InstanceKindParser parseInstanceKind = nullptr;
    // Wire status -> the domain's word (Redis "Normal" is RDS's "Running", so one InstancePolicy rule covers both).
    QList<QPair<QString, QString>> statusMapping;

    bool accountTypeRequired = true;
    PrivilegeParser parsePrivilege = nullptr;
    // Privileges are per database (RDS: DBName + AccountPrivilege pairs) or one role for the whole account (Redis).
    bool privilegesPerDatabase = true;

    // CreateAccount's extra parameter and the draft field it comes from: AccountType (RDS) or AccountPrivilege
    // (Redis, RoleReadWrite when not chosen).
    QString createKindParameter;
    QString AccountDraft::*createKindField = nullptr;
    QString createKindDefault;

    bool supports(const QString& action) const { return actions.contains(action); }
    QString domainStatus(const QString& wireStatus) const;
    QString createKind(const AccountDraft& draft) const;

    static const ProductApi& of(Product product);
    static const QList<Product>& products(); // every product the app manages, in the order the tree lists them
};
