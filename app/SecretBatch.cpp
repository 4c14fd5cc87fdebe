#include "SecretBatch.h"

#include "SecretStore.h"

#include <QTimer>

SecretBatch::SecretBatch(SecretStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
}

void SecretBatch::read(const QString& key)
{
    m_steps.append({ Kind::Read, key, {} });
}

void SecretBatch::write(const QString& key, const QString& value)
{
    m_steps.append({ Kind::Write, key, value });
}

void SecretBatch::remove(const QString& key)
{
    m_steps.append({ Kind::Remove, key, {} });
}

void SecretBatch::start()
{
    // Even an empty batch answers asynchronously, so callers see one behaviour.
    QTimer::singleShot(0, this, &SecretBatch::next);
}

void SecretBatch::next()
{
    if (m_steps.isEmpty()) {
        emit finished(true);
        deleteLater();
        return;
    }
    const Step step = m_steps.takeFirst();
    SecretJob* job = step.kind == Kind::Read ? m_store->read(step.key)
        : step.kind == Kind::Write           ? m_store->write(step.key, step.value)
                                             : m_store->remove(step.key);
    connect(job, &SecretJob::finished, this, [this, step](SecretJob* done) { stepDone(step, done); });
}

void SecretBatch::stepDone(const Step& step, SecretJob* job)
{
    const SecretJob::Result result = job->result();
    if (result != SecretJob::Result::Ok && result != SecretJob::Result::NotFound) {
        m_failure = result;
        m_errorText = job->errorText();
        emit finished(false);
        deleteLater();
        return;
    }
    if (step.kind == Kind::Read && result == SecretJob::Result::Ok)
        m_readValues.insert(step.key, job->value());
    else if (step.kind == Kind::Write)
        m_written.append(step.key);
    else if (step.kind == Kind::Remove)
        m_removed.append(step.key);
    next();
}
