#pragma once

#include "AppProfileService.h"
#include "ConnectionProbe.h"
#include "MemorySecretStore.h"
#include "SecretStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTimer>

// A probe that answers like DescribeRegions would, and remembers what it was given.
class FakeProbe : public QObject, public ConnectionProbe
{
public:
    QString expectedSecret; // succeed only with this AccessKey secret (empty: any)
    Profile lastProfile;
    ProfileSecrets lastSecrets;
    int calls = 0;

    PendingOperation* probe(const Profile& profile, const ProfileSecrets& secrets) override
    {
        ++calls;
        lastProfile = profile;
        lastSecrets = secrets;
        auto* operation = new PendingOperation(QStringLiteral("DescribeRegions"), this);
        const bool accepted = expectedSecret.isEmpty() || secrets.accessKeySecret == expectedSecret;
        QTimer::singleShot(0, operation, [operation, accepted] {
            if (accepted) {
                operation->succeed(QStringLiteral("REQ-0000-FAKE"));
                return;
            }
            ServiceError error;
            error.category = ServiceError::Category::Authentication;
            error.code = QStringLiteral("InvalidAccessKeySecret");
            error.requestId = QStringLiteral("REQ-0000-DENIED");
            operation->fail(error);
        });
        return operation;
    }
};

// A keychain that is never there: every call fails with Unavailable, like a missing Secret Service.
class UnavailableSecretStore : public SecretStore
{
public:
    using SecretStore::SecretStore;
    int calls = 0;

    SecretJob* read(const QString& key) override { return fail(key); }
    SecretJob* write(const QString& key, const QString&) override { return fail(key); }
    SecretJob* remove(const QString& key) override { return fail(key); }
    bool isPersistent() const override { return true; }

private:
    SecretJob* fail(const QString& key)
    {
        ++calls;
        auto* job = new SecretJob(key, this);
        QTimer::singleShot(0, job, [job] {
            job->finish(SecretJob::Result::Unavailable, {}, QStringLiteral("Could not connect: No such file"));
        });
        return job;
    }
};

// A keychain whose writes succeed a given number of times, then fail: a keychain lost in the middle of an import.
class FailingAfterSecretStore : public MemorySecretStore
{
public:
    explicit FailingAfterSecretStore(int writesThatSucceed)
        : m_left(writesThatSucceed)
    {
    }

    SecretJob* write(const QString& key, const QString& value) override
    {
        if (m_left-- > 0)
            return MemorySecretStore::write(key, value);
        auto* job = new SecretJob(key, this);
        QTimer::singleShot(0, job, [job] { job->finish(SecretJob::Result::Failed, {}, QStringLiteral("denied")); });
        return job;
    }

private:
    int m_left;
};

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Saves a profile "default" with this AccessKey ID and the secret "existing-secret", the one an import then meets;
// false if the save did not succeed in time.
inline bool saveExistingDefault(AppProfileService& service, const QString& accessKeyId)
{
    Profile existing;
    existing.name = QStringLiteral("default");
    existing.accessKeyId = accessKeyId;
    ProfileSecrets secrets;
    secrets.accessKeySecret = QStringLiteral("existing-secret");
    QSignalSpy saved(service.saveProfile(existing, secrets, {}), &PendingOperation::succeeded);
    return saved.wait(5000);
}
