#pragma once

#include "SecretStore.h"

#include <functional>

namespace QKeychain {
class Job;
}

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
// Windows). Never falls back to a plaintext file. A backend that fails with "no backend" or "other error" is asked
// once more after the retry delay, because a keyring that is still starting at login fails the first call.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static inline const QString ServiceName = QStringLiteral("apsara-accounts");

    explicit KeychainSecretStore(QObject* parent = nullptr);

    SecretJob* read(const QString& key) override;
    SecretJob* write(const QString& key, const QString& value) override;
    SecretJob* remove(const QString& key) override;
    bool isPersistent() const override { return true; }

    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }

private:
    using JobFactory = std::function<QKeychain::Job*()>;
    SecretJob* run(const QString& key, const JobFactory& makeJob);
    void start(SecretJob* job, const JobFactory& makeJob, bool mayRetry);
    QKeychain::Job* prepared(QKeychain::Job* job, const QString& key) const;

    int m_retryDelayMs = 500;
};
