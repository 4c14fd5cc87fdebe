#include "SecretIndex.h"

#include "SecretStore.h"

#include <QSettings>

namespace {
const QString IndexKey = QStringLiteral("secretIndex/keys");
}

SecretIndex::SecretIndex(QSettings* settings)
    : m_settings(settings)
{
}

QStringList SecretIndex::keys() const
{
    return m_settings->value(IndexKey).toStringList();
}

QStringList SecretIndex::keysOfProfile(const QString& profileName) const
{
    const QString prefix = SecretStore::profilePrefix(profileName);
    QStringList result;
    for (const QString& key : keys())
        if (key.startsWith(prefix) && !key.mid(prefix.size()).contains(QLatin1Char('/')))
            result.append(key);
    return result;
}

bool SecretIndex::contains(const QString& key) const
{
    return keys().contains(key);
}

void SecretIndex::add(const QString& key)
{
    QStringList all = keys();
    if (all.contains(key))
        return;
    all.append(key);
    store(all);
}

void SecretIndex::remove(const QString& key)
{
    QStringList all = keys();
    if (all.removeAll(key) > 0)
        store(all);
}

void SecretIndex::store(QStringList keys)
{
    keys.sort();
    if (keys.isEmpty())
        m_settings->remove(IndexKey);
    else
        m_settings->setValue(IndexKey, keys);
}
