#pragma once

#include "Region.h"

#include <QStringList>

// A region the sandbox serves, with its zones and both language forms of its name.
struct SandboxRegion
{
    QString id; // "cn-hangzhou"
    QString localNameEn; // "China (Hangzhou)"
    QString localNameZh; // "华东1（杭州）"
    QString rdsEndpoint; // "rds.aliyuncs.com"
    QString redisEndpoint; // "r-kvstore.aliyuncs.com"
    QStringList zoneIds; // "cn-hangzhou-h", ...
};
