#include "WriteSteps.h"

#include "ApiCall.h"
#include "PendingOperation.h"

WriteSteps::WriteSteps(PendingOperation* operation, QList<Step> steps, std::function<void(const QString&)> finish)
    : QObject(operation)
    , m_operation(operation)
    , m_steps(std::move(steps))
    , m_finish(std::move(finish))
{
}

void WriteSteps::start()
{
    runNext();
}

void WriteSteps::runNext()
{
    if (m_steps.isEmpty()) {
        m_finish(m_lastRequestId);
        return;
    }
    const Step step = m_steps.takeFirst();
    if (!step.failText.isEmpty()) { // "granting Read/Write on app_db" -> "Granting Read/Write on app_db…"
        QString doing = step.failText;
        doing[0] = doing.at(0).toUpper();
        m_operation->setProgress(tr("%1…").arg(doing));
    }
    ApiCall* call = step.send(m_operation, [this, step](const ApiResult<QString>& result) { stepDone(step, result); });
    if (call)
        connect(m_operation, &PendingOperation::cancelRequested, call, &ApiCall::cancel);
}

void WriteSteps::stepDone(const Step& step, const ApiResult<QString>& result)
{
    if (!result.ok()) {
        // Nothing applied yet: not a partial success, but the step still says what failed (which databases).
        m_operation->failPartly(m_appliedTexts.join(QStringLiteral("; ")), step.failText, *result.error);
        return;
    }
    if (!result.requestId.isEmpty())
        m_lastRequestId = result.requestId;
    if (!step.appliedText.isEmpty())
        m_appliedTexts << step.appliedText;
    if (step.applied)
        step.applied(result.requestId);
    runNext();
}
