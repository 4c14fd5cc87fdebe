#pragma once

#include <QString>

// The ids of the demo data's instances (sandbox/demo-data.json) that the sandbox tests name, spelt in one place.
namespace DemoInstances {

inline const QString kMySql = QStringLiteral("rm-bp1k8x3n2q7w4e5r6");
inline const QString kRestarting = QStringLiteral("rm-bp1z9y8x7w6v5u4t");
inline const QString kPostgres = QStringLiteral("pgm-bp1m3n5b7v9c1x2z");
inline const QString kRedisStandard = QStringLiteral("r-bp1a2b3c4d5e6f7g8");
inline const QString kRedisCluster = QStringLiteral("r-bp1h9j8k7l6m5n4b3");
inline const QString kRedis28 = QStringLiteral("r-bp1x28legacy0c8v7");
inline const QString kStopped = QStringLiteral("rm-t4n1stopped0demo1");
inline const QString kLocked = QStringLiteral("rm-t4n2locked00demo2");
inline const QString kMigrating = QStringLiteral("pgm-t4n3migrating0d3");
inline const QString kQuotaFull = QStringLiteral("rm-t4n4quota000demo4");

} // namespace DemoInstances
