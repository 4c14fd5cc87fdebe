#pragma once

#include "ApiResult.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class ApiCall;
class PendingOperation;

// Runs the steps of one write in order for its PendingOperation (create, wait until Available, grant; revoke,
// grant). A step that fails after earlier steps were applied ends the operation as a partial success that names
// what was applied and what failed, so the user is never told "failed" about an account that now exists.
// Cancelling the operation cancels the step in flight.
class WriteSteps : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiResult<QString>&)>;
    // Sends the step's call(s); returns the call to cancel, or nullptr when the step handles cancelRequested itself.
    using Send = std::function<ApiCall*(PendingOperation* operation, Done done)>;

    struct Step
    {
        Send send;
        QString appliedText; // once done: "etl_v2 was created" (empty: the step changes nothing, e.g. a wait)
        QString failText; // if it fails: "granting Read/Write on app_db"
        std::function<void(const QString& requestId)> applied; // model update right after the step
    };

    // Owned by the operation; start() runs the steps, then calls finish with the last write's RequestId.
    WriteSteps(PendingOperation* operation, QList<Step> steps, std::function<void(const QString&)> finish);

    void start();

private:
    void runNext();
    void stepDone(const Step& step, const ApiResult<QString>& result);

    PendingOperation* m_operation;
    QList<Step> m_steps;
    std::function<void(const QString&)> m_finish;
    QStringList m_appliedTexts;
    QString m_lastRequestId;
};
