#include "SecretJob.h"

SecretJob::SecretJob(const QString& key, QObject* parent)
    : QObject(parent)
    , m_key(key)
{
}

void SecretJob::finish(Result result, const QString& value, const QString& errorText)
{
    if (m_result != Result::Pending)
        return;
    m_result = result;
    m_value = value;
    m_errorText = errorText;
    emit finished(this);
    deleteLater();
}
