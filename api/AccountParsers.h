#pragma once

#include "Account.h"
#include "Database.h"
#include "Instance.h"
#include "JsonReader.h"
#include "ProductApi.h"
#include "Region.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// One answer body -> domain values, by the product's description (ProductApi). Errors go to the reader, which
// names the path; the lists stop at the first bad row. Public for the tests and the fuzzers.
namespace AccountParsers {
// Regions.RDSRegion[] has one row per zone: merged to one Region per RegionId, in answer order.
QList<Region> regions(const ProductApi& api, const QJsonObject& body, JsonReader& reader);
QList<Instance> instances(const ProductApi& api, const QJsonObject& body, const QString& arrayPath, JsonReader& reader);
// The attribute call's one instance, with the address Test login connects to and the operator permission.
Instance attribute(const ProductApi& api, const QJsonObject& body, JsonReader& reader);
QList<Account> accounts(const ProductApi& api, const QJsonObject& body, const QString& instanceId, JsonReader& reader);
QList<Database> databases(const QJsonObject& body, JsonReader& reader);
QStringList keywords(const QJsonObject& body, JsonReader& reader);
} // namespace AccountParsers
