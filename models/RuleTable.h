#pragma once

#include "EngineRules.h"

#include <QStringList>

// The product rule table. Pure data, built once on first use, read-only afterwards.
namespace RuleTable {
const EngineRules& forEngine(Engine engine);
// The Redis reserved account names, loaded from the :/models/redis-reserved-words.txt resource (lowercase).
const QStringList& redisReservedWords();
// The RDS reserved account names built in (:/models/rds-reserved-account-words.txt, lowercase): what the dialogs
// check when DescribeInstanceKeywords (Key=account) cannot be loaded, and what the sandbox answers to it.
const QStringList& rdsReservedAccountWords();
// RDS instance statuses that refuse account writes, as the RDS seed's error table splits them:
// "The general instance is creating/maintaining/Switching" (HTTP 400, wait and retry) ...
const QStringList& rdsWaitStatuses();
// ... and "Current DB instance state does not support this operation" (HTTP 403, ensure it is Running).
// Any other status but Running is InvalidDBInstanceStatus ("The instance is not in the Running state").
const QStringList& rdsUnsupportedStatuses();
} // namespace RuleTable
