#include "KeychainSecretStore.h"

#include "AppLogging.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {

SecretJob::Result resultOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretJob::Result::Ok;
    case QKeychain::EntryNotFound:
        return SecretJob::Result::NotFound;
    // Without a Secret Service, or with a locked one, libsecret reports OtherError (qt-toolchain.md section 3).
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return SecretJob::Result::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return SecretJob::Result::Failed;
}

bool isWorthRetrying(QKeychain::Error error)
{
    return error == QKeychain::OtherError || error == QKeychain::NoBackendAvailable;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : SecretStore(parent)
{
}

SecretJob* KeychainSecretStore::read(const QString& key)
{
    return run(key, [this, key] { return prepared(new QKeychain::ReadPasswordJob(ServiceName), key); });
}

SecretJob* KeychainSecretStore::write(const QString& key, const QString& value)
{
    return run(key, [this, key, value] {
        auto* job = new QKeychain::WritePasswordJob(ServiceName);
        job->setTextData(value);
        return prepared(job, key);
    });
}

SecretJob* KeychainSecretStore::remove(const QString& key)
{
    return run(key, [this, key] { return prepared(new QKeychain::DeletePasswordJob(ServiceName), key); });
}

QKeychain::Job* KeychainSecretStore::prepared(QKeychain::Job* job, const QString& key) const
{
    job->setKey(key);
    job->setAutoDelete(true);
    // Deliberately never setInsecureFallback(true): a secret must not land in a plaintext file.
    job->setInsecureFallback(false);
    return job;
}

SecretJob* KeychainSecretStore::run(const QString& key, const JobFactory& makeJob)
{
    auto* job = new SecretJob(key, this);
    // Started on the next turn so the caller can connect to the job first.
    QTimer::singleShot(0, job, [this, job, makeJob] { start(job, makeJob, true); });
    return job;
}

void KeychainSecretStore::start(SecretJob* job, const JobFactory& makeJob, bool mayRetry)
{
    QKeychain::Job* keychainJob = makeJob();
    connect(keychainJob, &QKeychain::Job::finished, job, [this, job, makeJob, mayRetry](QKeychain::Job* done) {
        const QKeychain::Error error = done->error();
        if (mayRetry && isWorthRetrying(error)) {
            qCInfo(lcApp) << "Keychain not ready (" << done->errorString() << "), retrying" << job->key() << "once";
            QTimer::singleShot(m_retryDelayMs, job, [this, job, makeJob] { start(job, makeJob, false); });
            return;
        }
        QString value;
        if (error == QKeychain::NoError)
            if (auto* reader = qobject_cast<QKeychain::ReadPasswordJob*>(done))
                value = reader->textData();
        if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
            qCWarning(lcApp) << "Keychain error on" << job->key() << ":" << done->errorString();
        job->finish(resultOf(error), value, error == QKeychain::NoError ? QString() : done->errorString());
    });
    keychainJob->start();
}
