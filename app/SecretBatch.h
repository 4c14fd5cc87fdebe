#pragma once

#include "SecretJob.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class SecretStore;

// Several keychain requests run one after another (the Secret Service handles one at a time best). Stops at the
// first failure; "not found" is not a failure. Deletes itself after finished().
class SecretBatch : public QObject
{
    Q_OBJECT

public:
    explicit SecretBatch(SecretStore* store, QObject* parent = nullptr);

    void read(const QString& key);
    void write(const QString& key, const QString& value);
    void remove(const QString& key);
    void start();

    QHash<QString, QString> readValues() const { return m_readValues; } // keys found
    QStringList written() const { return m_written; }
    QStringList removed() const { return m_removed; } // includes keys that were not there
    SecretJob::Result failure() const { return m_failure; }
    QString errorText() const { return m_errorText; }

signals:
    void finished(bool ok);

private:
    enum class Kind { Read, Write, Remove };
    struct Step
    {
        Kind kind;
        QString key;
        QString value;
    };

    void next();
    void stepDone(const Step& step, SecretJob* job);

    SecretStore* m_store;
    QList<Step> m_steps;
    QHash<QString, QString> m_readValues;
    QStringList m_written;
    QStringList m_removed;
    SecretJob::Result m_failure = SecretJob::Result::Ok;
    QString m_errorText;
};
