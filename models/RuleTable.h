#pragma once

#include "EngineRules.h"

#include <QStringList>

// The product rule table. Pure data, built once on first use, read-only afterwards.
namespace RuleTable {
const EngineRules& forEngine(Engine engine);
// The Redis reserved account names, loaded from the :/models/redis-reserved-words.txt resource (lowercase).
const QStringList& redisReservedWords();
} // namespace RuleTable
