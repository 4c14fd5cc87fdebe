#include "MemorySecretStore.h"

#include <QTimer>

SecretJob* MemorySecretStore::read(const QString& key)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return finishLater(key, SecretJob::Result::NotFound);
    return finishLater(key, SecretJob::Result::Ok, it.value());
}

SecretJob* MemorySecretStore::write(const QString& key, const QString& value)
{
    m_secrets.insert(key, value);
    return finishLater(key, SecretJob::Result::Ok);
}

SecretJob* MemorySecretStore::remove(const QString& key)
{
    const bool existed = m_secrets.remove(key);
    return finishLater(key, existed ? SecretJob::Result::Ok : SecretJob::Result::NotFound);
}

SecretJob* MemorySecretStore::finishLater(const QString& key, SecretJob::Result result, const QString& value)
{
    auto* job = new SecretJob(key, this);
    QTimer::singleShot(0, job, [job, result, value] { job->finish(result, value); });
    return job;
}
