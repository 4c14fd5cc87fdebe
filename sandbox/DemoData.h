#pragma once

#include "SandboxState.h"

#include <QByteArray>
#include <QDateTime>

// The demo inventory, kept as data in sandbox/demo-data.json (compiled in as :/sandbox/demo-data.json): three
// regions; MySQL 8.0 and 5.7, PostgreSQL 14, SQL Server 2019 and MariaDB 10.3 instances with databases; one RDS
// instance per state of the RDS seed's error table (Restarting, Stopped, Locked, Migrating) and one at its account
// quota; Redis 6.0 standard (19 of its 20 accounts), 5.0 cluster, 4.0 read/write splitting and 2.8 standard.
// Accounts in every status and privilege, some with Chinese descriptions; every Redis instance has its default
// account, named like the instance.
namespace DemoData {
// Every demo account's password (so ModifyAccountPassword can be shown with the old one).
constexpr const char* DemoPassword = "Demo#Passw0rd";

// The compiled-in demo inventory, its times counted back from now. Empty, and *error set, only if the resource
// breaks a rule (tst_sandboxparts makes sure it does not).
SandboxState build(const QDateTime& now, QString* error = nullptr);

// A demo document, checked against the product rules (names, descriptions, types, privileges, quotas, the Redis
// rules) and for consistency (fields present, known engines and statuses, regions and zones that exist, no instance
// or account twice, grants on databases the instance has). On the first bad record: an empty state and *error
// naming it ("instance X, account Y: why").
SandboxState fromJson(const QByteArray& json, const QDateTime& now, QString* error);
} // namespace DemoData
