#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One API call as the activity panel and the request log show it. Never holds a secret or a password:
// target is the instance (and account) the call was about.
struct CallRecord
{
    quint64 id = 0; // increasing per session
    QDateTime time; // UTC, when the call started
    QString product; // "rds" / "r-kvstore"
    QString action; // "CreateAccount"
    QString target; // "rm-abc/app_user"
    int httpStatus = 0; // 0 when no HTTP answer
    qint64 durationMs = 0;
    QString requestId;
    int retries = 0;
    bool ok = false;
    QString errorCode; // server Code or transport category when !ok
    QString ticket; // the helpdesk ticket the call was made for (set by the app after the call); may be empty

    bool operator==(const CallRecord&) const = default;
};
Q_DECLARE_METATYPE(CallRecord)
