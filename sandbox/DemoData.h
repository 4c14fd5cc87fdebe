#pragma once

#include "SandboxState.h"

#include <QDateTime>

// The demo inventory: three regions; MySQL 8.0 and 5.7, PostgreSQL 14, SQL Server 2019 and MariaDB 10.3
// instances with databases; one RDS instance per state of the RDS seed's error table (Restarting, Stopped, Locked,
// Migrating) and one at its account quota; Redis 6.0 standard (19 of its 20 accounts),
// 5.0 cluster, 4.0 read/write splitting and 2.8 standard. Accounts in every status and privilege, some with
// Chinese descriptions; every Redis instance has its default account, named like the instance.
namespace DemoData {
// Every demo account's password (so ModifyAccountPassword can be shown with the old one).
constexpr const char* DemoPassword = "Demo#Passw0rd";

SandboxState build(const QDateTime& now);
} // namespace DemoData
