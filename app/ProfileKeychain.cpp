#include "ProfileKeychain.h"

#include "AppLogging.h"
#include "MemorySecretStore.h"
#include "SecretBatch.h"
#include "SecretField.h"
#include "SecretStore.h"

namespace {

const QString AvailabilityKey = QStringLiteral("availability-check");

} // namespace

ProfileKeychain::ProfileKeychain(QSettings* settings, SecretStore* keychain, QObject* parent)
    : QObject(parent)
    , m_index(settings)
    , m_keychain(keychain)
    , m_sessionSecrets(new MemorySecretStore(this))
{
}

void ProfileKeychain::check()
{
    SecretJob* job = m_keychain->read(AvailabilityKey);
    connect(job, &SecretJob::finished, this, [this](SecretJob* done) {
        // Reported exactly once per check, changed or not, so callers can wait for the answer.
        if (!noteResult(done->result(), done->errorText(), false))
            emit availabilityChanged(m_available);
    });
}

bool ProfileKeychain::noteResult(SecretJob::Result result, const QString& errorText, bool ignoreFailed)
{
    if (ignoreFailed && result == SecretJob::Result::Failed)
        return false;
    const bool available = result == SecretJob::Result::Ok || result == SecretJob::Result::NotFound;
    m_problem = available ? QString() : errorText;
    if (available == m_available)
        return false;
    m_available = available;
    qCInfo(lcApp) << "Keychain available:" << available;
    emit availabilityChanged(available);
    return true;
}

SecretStore* ProfileKeychain::storeFor(bool sessionOnly) const
{
    return sessionOnly ? static_cast<SecretStore*>(m_sessionSecrets) : m_keychain;
}

bool ProfileKeychain::contains(const Profile& profile, const QString& field) const
{
    const QString key = SecretStore::keyFor(profile.name, field);
    return profile.sessionOnly ? m_sessionSecrets->contains(key) : m_index.contains(key);
}

QStringList ProfileKeychain::storedKeys(const Profile& profile) const
{
    if (!profile.sessionOnly)
        return m_index.keysOfProfile(profile.name);
    QStringList keys;
    for (const QString& field : SecretField::all())
        if (m_sessionSecrets->contains(SecretStore::keyFor(profile.name, field)))
            keys.append(SecretStore::keyFor(profile.name, field));
    return keys;
}

void ProfileKeychain::keepForSession(const Profile& profile, const ProfileSecrets& secrets)
{
    for (const QString& field : SecretField::usedBy(profile.authMode))
        if (const QString value = SecretField::valueIn(secrets, field); !value.isEmpty())
            m_sessionSecrets->write(SecretStore::keyFor(profile.name, field), value);
}

void ProfileKeychain::run(bool sessionOnly, const std::function<void(SecretBatch*)>& fill, const Done& done)
{
    auto* batch = new SecretBatch(storeFor(sessionOnly), this);
    fill(batch);
    connect(batch, &SecretBatch::finished, this, [this, sessionOnly, batch, done](bool ok) {
        if (!sessionOnly) {
            for (const QString& key : batch->written())
                m_index.add(key);
            for (const QString& key : batch->removed())
                m_index.remove(key);
            noteResult(ok ? SecretJob::Result::Ok : batch->failure(), batch->errorText());
        }
        done(ok, batch);
    });
    batch->start();
}

void ProfileKeychain::read(bool sessionOnly, const QStringList& keys, const Done& done)
{
    run(
        sessionOnly,
        [keys](SecretBatch* batch) {
            for (const QString& key : keys)
                batch->read(key);
        },
        done);
}

void ProfileKeychain::remove(bool sessionOnly, const QStringList& keys, const Done& done)
{
    run(
        sessionOnly,
        [keys](SecretBatch* batch) {
            for (const QString& key : keys)
                batch->remove(key);
        },
        done);
}

ProfileSecrets ProfileKeychain::secretsOf(const SecretBatch* batch)
{
    ProfileSecrets secrets;
    const QHash<QString, QString> values = batch->readValues();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        SecretField::setValueIn(secrets, it.key().section(QLatin1Char('/'), -1), it.value());
    return secrets;
}
