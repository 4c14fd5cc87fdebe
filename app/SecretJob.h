#pragma once

#include <QObject>
#include <QString>

// One asynchronous keychain request (read, write or remove of one key). The store that created it calls finish()
// exactly once, never from inside the call that created it; the job then deletes itself.
class SecretJob : public QObject
{
    Q_OBJECT

public:
    enum class Result {
        Pending,
        Ok,
        NotFound, // no entry under this key (a normal answer, not a failure)
        Unavailable, // no keychain backend, keychain locked, or access denied
        Failed, // anything else
    };

    explicit SecretJob(const QString& key, QObject* parent = nullptr);

    QString key() const { return m_key; }
    Result result() const { return m_result; }
    // The secret read; empty for writes and removals.
    QString value() const { return m_value; }
    // What the backend said; never contains the secret.
    QString errorText() const { return m_errorText; }

    void finish(Result result, const QString& value = {}, const QString& errorText = {});

signals:
    void finished(SecretJob* job);

private:
    QString m_key;
    Result m_result = Result::Pending;
    QString m_value;
    QString m_errorText;
};
