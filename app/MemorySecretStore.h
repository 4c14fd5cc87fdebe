#pragma once

#include "SecretStore.h"

#include <QHash>

// Secrets kept only in this process: session-only profiles, the environment profile, tests and demos.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    SecretJob* read(const QString& key) override;
    SecretJob* write(const QString& key, const QString& value) override;
    SecretJob* remove(const QString& key) override;
    bool isPersistent() const override { return false; }

    bool contains(const QString& key) const { return m_secrets.contains(key); }
    qsizetype size() const { return m_secrets.size(); }

private:
    // Finishes on the next event loop turn, as a real keychain would, so callers can connect first.
    SecretJob* finishLater(const QString& key, SecretJob::Result result, const QString& value = {});

    QHash<QString, QString> m_secrets;
};
