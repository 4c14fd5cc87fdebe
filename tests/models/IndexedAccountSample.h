#pragma once

#include "IndexedAccount.h"

#include <QDateTime>

// An indexed account, Normal and Available, described "web app" on the instance "CRM legacy", last seen
// 2026-11-29 10:00 UTC: the index and report tests start from it and set what they check.
inline IndexedAccount indexedAccount(const QString& profile,
    const QString& region,
    const QString& engine,
    const QString& instanceId,
    const QString& name,
    const QList<DatabasePrivilege>& privileges = {})
{
    IndexedAccount a;
    a.profile = profile;
    a.region = region;
    a.engine = engine;
    a.product = engine == QLatin1String("Redis") ? QStringLiteral("r-kvstore") : QStringLiteral("rds");
    a.instanceId = instanceId;
    a.instanceDescription = QStringLiteral("CRM legacy");
    a.name = name;
    a.type = QStringLiteral("Normal");
    a.status = QStringLiteral("Available");
    a.description = QStringLiteral("web app");
    a.privileges = privileges;
    a.seen = QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);
    return a;
}
