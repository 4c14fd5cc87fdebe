#pragma once

#include "SecretJob.h"

#include <QObject>
#include <QString>

// Where secrets live: the OS keychain (KeychainSecretStore) or memory (MemorySecretStore). Every call is
// asynchronous: it returns a job at once and the job reports through SecretJob::finished.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual SecretJob* read(const QString& key) = 0;
    virtual SecretJob* write(const QString& key, const QString& value) = 0;
    // Removing a key that does not exist finishes with Result::NotFound.
    virtual SecretJob* remove(const QString& key) = 0;
    // False for stores that forget everything when the process ends.
    virtual bool isPersistent() const = 0;

    // "profile/<name>/<field>", the key layout the keychain uses; the fields are SecretField's (models/).
    static QString keyFor(const QString& profileName, const QString& field);
    static QString profilePrefix(const QString& profileName);
};
