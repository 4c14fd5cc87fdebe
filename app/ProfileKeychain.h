#pragma once

#include "Profile.h"
#include "SecretIndex.h"
#include "SecretJob.h"

#include <QObject>

#include <functional>

class MemorySecretStore;
class QSettings;
class SecretBatch;
class SecretStore;

// Where the secrets of every profile live: the OS keychain for saved profiles (with the SecretIndex of the keys
// written there, since the keychain cannot list them), memory for session-only ones. Every keychain answer says
// whether the keychain is available; a change is signalled.
class ProfileKeychain : public QObject
{
    Q_OBJECT

public:
    // settings and keychain must outlive this object.
    ProfileKeychain(QSettings* settings, SecretStore* keychain, QObject* parent = nullptr);

    bool isAvailable() const { return m_available; }
    // The backend's words when the keychain is unavailable.
    QString problem() const { return m_problem; }
    // Asks the keychain once (a read of a key that does not exist); emits availabilityChanged once, changed or not.
    void check();

    bool contains(const Profile& profile, const QString& field) const;
    QStringList storedKeys(const Profile& profile) const;
    // Keeps secrets in memory for a session-only profile (the environment's), synchronously.
    void keepForSession(const Profile& profile, const ProfileSecrets& secrets);

    // Runs the steps fill() queues on the profile's store, one after another; done gets the finished batch (its
    // values, the keys written, the failure). The index follows what the keychain wrote and removed.
    using Done = std::function<void(bool ok, SecretBatch* batch)>;
    void run(bool sessionOnly, const std::function<void(SecretBatch*)>& fill, const Done& done);
    void read(bool sessionOnly, const QStringList& keys, const Done& done);
    void remove(bool sessionOnly, const QStringList& keys, const Done& done);

    // The secrets of the values a read batch found.
    static ProfileSecrets secretsOf(const SecretBatch* batch);

signals:
    void availabilityChanged(bool available);

private:
    SecretStore* storeFor(bool sessionOnly) const;
    // Records what a keychain answer says about availability; true when that changed (and was signalled).
    // Batches pass ignoreFailed: their "Failed" (say, a key that could not be deleted) proves nothing.
    bool noteResult(SecretJob::Result result, const QString& errorText, bool ignoreFailed = true);

    SecretIndex m_index;
    SecretStore* m_keychain;
    MemorySecretStore* m_sessionSecrets;
    bool m_available = true;
    QString m_problem;
};
