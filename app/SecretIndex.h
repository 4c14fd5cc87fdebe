#pragma once

#include <QString>
#include <QStringList>

class QSettings;

// The keychain keys this application wrote, kept in QSettings because QtKeychain cannot list entries. Only key
// names are stored here, never values. Deleting or renaming a profile removes exactly the keys listed.
class SecretIndex
{
public:
    explicit SecretIndex(QSettings* settings);

    QStringList keys() const;
    QStringList keysOfProfile(const QString& profileName) const;
    bool contains(const QString& key) const;
    void add(const QString& key);
    void remove(const QString& key);

private:
    void store(QStringList keys);

    QSettings* m_settings;
};
