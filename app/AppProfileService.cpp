#include "AppProfileService.h"

#include "AppLogging.h"
#include "ConnectionProbe.h"
#include "EnvironmentProfile.h"
#include "MemorySecretStore.h"
#include "SecretBatch.h"
#include "SecretStore.h"

#include <QTimer>

namespace {

const QString AvailabilityKey = QStringLiteral("availability-check");

const QStringList& allFields()
{
    static const QStringList fields {
        SecretStore::AccessKeySecretField, SecretStore::SecurityTokenField, SecretStore::BearerTokenField
    };
    return fields;
}

// The secret fields a mode uses.
QStringList fieldsOf(Profile::AuthMode mode)
{
    switch (mode) {
    case Profile::AuthMode::AccessKey:
        return { SecretStore::AccessKeySecretField };
    case Profile::AuthMode::Sts:
        return { SecretStore::AccessKeySecretField, SecretStore::SecurityTokenField };
    case Profile::AuthMode::BearerToken:
        return { SecretStore::BearerTokenField };
    }
    return {};
}

QString secretOf(const ProfileSecrets& secrets, const QString& field)
{
    if (field == SecretStore::AccessKeySecretField)
        return secrets.accessKeySecret;
    if (field == SecretStore::SecurityTokenField)
        return secrets.securityToken;
    return secrets.bearerToken;
}

void setSecret(ProfileSecrets& secrets, const QString& field, const QString& value)
{
    if (field == SecretStore::AccessKeySecretField)
        secrets.accessKeySecret = value;
    else if (field == SecretStore::SecurityTokenField)
        secrets.securityToken = value;
    else
        secrets.bearerToken = value;
}

QString fieldOfKey(const QString& key)
{
    return key.section(QLatin1Char('/'), -1);
}

// Fails on the next event loop turn so the caller can connect first.
PendingOperation* failLater(
    PendingOperation* operation, ServiceError::Category category, const QString& code, const QString& message)
{
    ServiceError error;
    error.category = category;
    error.code = code;
    error.message = message;
    error.action = operation->action();
    QTimer::singleShot(0, operation, [operation, error] { operation->fail(error); });
    return operation;
}

} // namespace

// The state of one saveProfile call while its keychain steps run.
struct AppProfileService::Save
{
    QPointer<PendingOperation> operation;
    Profile profile;
    ProfileSecrets secrets; // new values; empty = keep
    std::optional<Profile> previous;
    bool renaming = false;
    QStringList oldKeys; // keys of the previous name, removed after a rename
};

AppProfileService::AppProfileService(
    QSettings* settings, SecretStore* keychain, ConnectionProbe* probe, QObject* parent)
    : ProfileService(parent)
    , m_store(settings)
    , m_index(settings)
    , m_keychain(keychain)
    , m_sessionSecrets(new MemorySecretStore(this))
    , m_probe(probe)
{
}

AppProfileService::~AppProfileService() = default;

PendingOperation* AppProfileService::newOperation(const QString& action)
{
    auto* operation = new PendingOperation(action, this);
    // Everything is delivered through the signals; nobody needs the object afterwards.
    connect(operation, &PendingOperation::finished, operation, &QObject::deleteLater);
    return operation;
}

QList<Profile> AppProfileService::profiles() const
{
    return m_store.profiles() + m_sessionProfiles;
}

std::optional<Profile> AppProfileService::profile(const QString& name) const
{
    for (const Profile& session : m_sessionProfiles)
        if (session.name == name)
            return session;
    return m_store.profile(name);
}

QString AppProfileService::activeProfileName() const
{
    return m_sessionActive.isEmpty() ? m_store.activeProfileName() : m_sessionActive;
}

void AppProfileService::activateProfile(const QString& name)
{
    const std::optional<Profile> found = profile(name);
    if (!found || name == activeProfileName())
        return;
    if (found->sessionOnly) {
        m_sessionActive = name;
    } else {
        m_sessionActive.clear();
        m_store.setActiveProfileName(name);
    }
    emit activeProfileChanged(name);
}

FieldCheck AppProfileService::checkProfileName(const QString& name, const QString& previousName) const
{
    if (const QString problem = ProfileStore::nameProblem(name); !problem.isEmpty())
        return name.isEmpty() ? FieldCheck::intermediate(problem) : FieldCheck::invalid(problem);
    if (name != previousName && profile(name))
        return FieldCheck::invalid(tr("A profile named \"%1\" already exists.").arg(name));
    return FieldCheck::valid();
}

bool AppProfileService::hasStoredSecret(const QString& profileName, const QString& field) const
{
    const std::optional<Profile> found = profile(profileName);
    if (!found)
        return false;
    const QString key = SecretStore::keyFor(profileName, field);
    return found->sessionOnly ? m_sessionSecrets->contains(key) : m_index.contains(key);
}

SecretStore* AppProfileService::storeFor(bool sessionOnly) const
{
    return sessionOnly ? static_cast<SecretStore*>(m_sessionSecrets) : m_keychain;
}

QStringList AppProfileService::storedKeys(const Profile& profile) const
{
    if (!profile.sessionOnly)
        return m_index.keysOfProfile(profile.name);
    QStringList keys;
    for (const QString& field : allFields())
        if (m_sessionSecrets->contains(SecretStore::keyFor(profile.name, field)))
            keys.append(SecretStore::keyFor(profile.name, field));
    return keys;
}

bool AppProfileService::addEnvironmentProfile()
{
    const std::optional<EnvironmentProfile> environment = EnvironmentProfile::fromEnvironment();
    if (!environment || profile(EnvironmentProfile::Name))
        return false;
    m_sessionProfiles.append(environment->profile);
    for (const QString& field : fieldsOf(environment->profile.authMode))
        if (!secretOf(environment->secrets, field).isEmpty())
            m_sessionSecrets->write(
                SecretStore::keyFor(EnvironmentProfile::Name, field), secretOf(environment->secrets, field));
    emit profilesChanged();
    return true;
}

void AppProfileService::checkKeychain()
{
    SecretJob* job = m_keychain->read(AvailabilityKey);
    connect(job, &SecretJob::finished, this, [this](SecretJob* done) {
        // Reported exactly once per check, changed or not, so callers can wait for the answer.
        if (!noteKeychainResult(m_keychain, done->result(), done->errorText(), false))
            emit keychainAvailabilityChanged(m_keychainAvailable);
    });
}

bool AppProfileService::noteKeychainResult(
    SecretStore* store, SecretJob::Result result, const QString& errorText, bool ignoreFailed)
{
    if (store != m_keychain || (ignoreFailed && result == SecretJob::Result::Failed))
        return false;
    const bool available = result == SecretJob::Result::Ok || result == SecretJob::Result::NotFound;
    m_keychainProblem = available ? QString() : errorText;
    if (available == m_keychainAvailable)
        return false;
    m_keychainAvailable = available;
    qCInfo(lcApp) << "Keychain available:" << available;
    emit keychainAvailabilityChanged(available);
    return true;
}

void AppProfileService::failKeychain(PendingOperation* operation, SecretJob::Result result, const QString& errorText)
{
    if (!operation)
        return;
    ServiceError error;
    error.category = ServiceError::Category::Server;
    error.action = operation->action();
    if (result == SecretJob::Result::Unavailable) {
        error.code = QStringLiteral("KeychainUnavailable");
        error.message = tr("The system keychain is not available (no Secret Service, locked, or access denied: %1). "
                           "Nothing was saved. You can use a session-only profile, which is forgotten when the "
                           "application closes.")
                            .arg(errorText);
    } else {
        error.code = QStringLiteral("KeychainError");
        error.message = tr("The system keychain reported an error: %1. Nothing was saved.").arg(errorText);
    }
    operation->fail(error);
}

QString AppProfileService::missingSecret(
    const Profile& profile, const ProfileSecrets& secrets, const QString& previousName) const
{
    if (profile.authMode != Profile::AuthMode::BearerToken && profile.accessKeyId.trimmed().isEmpty())
        return tr("Enter the AccessKey ID.");
    for (const QString& field : fieldsOf(profile.authMode)) {
        if (!secretOf(secrets, field).isEmpty() || hasStoredSecret(previousName, field))
            continue;
        if (field == SecretStore::AccessKeySecretField)
            return tr("Enter the AccessKey secret.");
        if (field == SecretStore::SecurityTokenField)
            return tr("Enter the STS security token.");
        return tr("Enter the bearer token.");
    }
    return {};
}

PendingOperation* AppProfileService::saveProfile(
    const Profile& profile, const ProfileSecrets& secrets, const QString& previousName)
{
    auto* operation = newOperation(QStringLiteral("SaveProfile"));
    const QString editedName = previousName.isEmpty() && this->profile(profile.name) ? profile.name : previousName;
    const FieldCheck name = checkProfileName(profile.name, editedName);
    if (!name.isValid())
        return failLater(
            operation, ServiceError::Category::InvalidInput, QStringLiteral("InvalidProfileName"), name.message);
    auto save = std::make_shared<Save>();
    save->operation = operation;
    save->profile = profile;
    save->secrets = secrets;
    save->previous = editedName.isEmpty() ? std::nullopt : this->profile(editedName);
    if (!editedName.isEmpty() && !save->previous)
        return failLater(operation,
            ServiceError::Category::NotFound,
            QStringLiteral("ProfileNotFound"),
            tr("There is no profile named \"%1\".").arg(editedName));
    if (save->previous && save->previous->sessionOnly != profile.sessionOnly)
        return failLater(operation,
            ServiceError::Category::InvalidInput,
            QStringLiteral("SessionOnlyChange"),
            tr("A profile cannot switch between session-only and saved; add a new profile instead."));
    if (const QString missing = missingSecret(profile, secrets, editedName); !missing.isEmpty())
        return failLater(operation, ServiceError::Category::InvalidInput, QStringLiteral("MissingCredential"), missing);
    save->renaming = save->previous && save->previous->name != profile.name;
    if (save->renaming)
        readOldSecrets(save);
    else
        writeSecrets(save);
    return operation;
}

void AppProfileService::readOldSecrets(const std::shared_ptr<Save>& save)
{
    SecretStore* store = storeFor(save->profile.sessionOnly);
    save->oldKeys = storedKeys(*save->previous);
    auto* batch = new SecretBatch(store, this);
    for (const QString& key : std::as_const(save->oldKeys))
        batch->read(key);
    connect(batch, &SecretBatch::finished, this, [this, save, batch, store](bool ok) {
        noteKeychainResult(store, ok ? SecretJob::Result::Ok : batch->failure(), batch->errorText());
        if (!ok)
            return failKeychain(save->operation, batch->failure(), batch->errorText());
        const QHash<QString, QString> values = batch->readValues();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (secretOf(save->secrets, fieldOfKey(it.key())).isEmpty())
                setSecret(save->secrets, fieldOfKey(it.key()), it.value());
        writeSecrets(save);
    });
    batch->start();
}

void AppProfileService::writeSecrets(const std::shared_ptr<Save>& save)
{
    SecretStore* store = storeFor(save->profile.sessionOnly);
    const QString& name = save->profile.name;
    const QStringList used = fieldsOf(save->profile.authMode);
    auto* batch = new SecretBatch(store, this);
    for (const QString& field : allFields()) {
        const QString key = SecretStore::keyFor(name, field);
        const QString value = secretOf(save->secrets, field);
        if (used.contains(field) && !value.isEmpty())
            batch->write(key, value);
        else if (!used.contains(field) && !save->renaming && hasStoredSecret(name, field))
            batch->remove(key); // a secret the new mode does not use is not kept around
    }
    connect(batch, &SecretBatch::finished, this, [this, save, batch, store](bool ok) {
        noteKeychainResult(store, ok ? SecretJob::Result::Ok : batch->failure(), batch->errorText());
        if (!save->profile.sessionOnly) {
            for (const QString& key : batch->written())
                m_index.add(key);
            for (const QString& key : batch->removed())
                m_index.remove(key);
        }
        if (!ok) {
            // A rename that failed half way takes back what it wrote under the new name.
            if (save->renaming)
                removeSecrets(store, batch->written(), [](bool) {});
            return failKeychain(save->operation, batch->failure(), batch->errorText());
        }
        commitSave(save);
    });
    batch->start();
}

void AppProfileService::commitSave(const std::shared_ptr<Save>& save)
{
    const Profile& profile = save->profile;
    const bool wasActive = save->previous && activeProfileName() == save->previous->name;
    if (profile.sessionOnly) {
        m_sessionProfiles.removeIf(
            [&save](const Profile& p) { return save->previous && p.name == save->previous->name; });
        m_sessionProfiles.append(profile);
        if (wasActive)
            m_sessionActive = profile.name;
    } else {
        if (save->renaming)
            m_store.remove(save->previous->name);
        m_store.save(profile);
        if (wasActive)
            m_store.setActiveProfileName(profile.name);
    }
    qCInfo(lcApp) << "Saved profile" << profile.name << (profile.sessionOnly ? "(session only)" : "");
    if (wasActive && save->renaming)
        emit activeProfileChanged(profile.name);
    emit profilesChanged();
    // The operation ends once the entries under the old name are gone, so "renamed" means "nothing left behind".
    auto succeed = [save](bool) {
        if (save->operation)
            save->operation->succeed({});
    };
    if (save->renaming)
        removeSecrets(storeFor(profile.sessionOnly), save->oldKeys, succeed);
    else
        succeed(true);
}

void AppProfileService::removeSecrets(
    SecretStore* store, const QStringList& keys, const std::function<void(bool)>& done)
{
    auto* batch = new SecretBatch(store, this);
    for (const QString& key : keys)
        batch->remove(key);
    connect(batch, &SecretBatch::finished, this, [this, store, batch, done](bool ok) {
        if (store == m_keychain)
            for (const QString& key : batch->removed())
                m_index.remove(key);
        noteKeychainResult(store, ok ? SecretJob::Result::Ok : batch->failure(), batch->errorText());
        done(ok);
    });
    batch->start();
}

PendingOperation* AppProfileService::removeProfile(const QString& name)
{
    auto* operation = newOperation(QStringLiteral("RemoveProfile"));
    const std::optional<Profile> found = profile(name);
    if (!found)
        return failLater(operation,
            ServiceError::Category::NotFound,
            QStringLiteral("ProfileNotFound"),
            tr("There is no profile named \"%1\".").arg(name));
    QPointer<PendingOperation> guarded(operation);
    SecretStore* store = storeFor(found->sessionOnly);
    removeSecrets(store, storedKeys(*found), [this, guarded, found, name](bool ok) {
        if (!ok) {
            // The settings stay so the user can retry; otherwise the keychain entries would be orphaned.
            ServiceError error;
            error.category = ServiceError::Category::Server;
            error.code = QStringLiteral("KeychainUnavailable");
            error.action = QStringLiteral("RemoveProfile");
            error.message = tr("The profile was not deleted because its secrets could not be removed from the "
                               "system keychain (%1). Try again when the keychain is available.")
                                .arg(m_keychainProblem);
            if (guarded)
                guarded->fail(error);
            return;
        }
        const bool wasActive = activeProfileName() == name;
        if (found->sessionOnly) {
            m_sessionProfiles.removeIf([&name](const Profile& p) { return p.name == name; });
            if (m_sessionActive == name)
                m_sessionActive.clear();
        } else {
            m_store.remove(name);
        }
        qCInfo(lcApp) << "Removed profile" << name;
        if (wasActive)
            emit activeProfileChanged(activeProfileName());
        emit profilesChanged();
        if (guarded)
            guarded->succeed({});
    });
    return operation;
}

void AppProfileService::loadSecrets(const QString& name, QObject* context, const SecretsCallback& done)
{
    const std::optional<Profile> found = profile(name);
    if (!found) {
        QTimer::singleShot(0, context, [done, name] {
            done(std::nullopt, AppProfileService::tr("There is no profile named \"%1\".").arg(name));
        });
        return;
    }
    SecretStore* store = storeFor(found->sessionOnly);
    auto* batch = new SecretBatch(store, this);
    for (const QString& key : storedKeys(*found))
        batch->read(key);
    QPointer<QObject> guard(context);
    connect(batch, &SecretBatch::finished, this, [this, batch, store, guard, done](bool ok) {
        noteKeychainResult(store, ok ? SecretJob::Result::Ok : batch->failure(), batch->errorText());
        if (!guard)
            return;
        if (!ok)
            return done(
                std::nullopt, tr("The secrets could not be read from the system keychain: %1").arg(batch->errorText()));
        ProfileSecrets secrets;
        const QHash<QString, QString> values = batch->readValues();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            setSecret(secrets, fieldOfKey(it.key()), it.value());
        done(secrets, {});
    });
    batch->start();
}

PendingOperation* AppProfileService::testConnection(const Profile& profile, const ProfileSecrets& secrets)
{
    auto* operation = newOperation(QStringLiteral("DescribeRegions"));
    if (!m_probe)
        return failLater(operation,
            ServiceError::Category::Network,
            QStringLiteral("NoConnection"),
            tr("Testing a connection is not available in this build."));
    QPointer<PendingOperation> guarded(operation);
    auto probeWith = [this, guarded, profile](const ProfileSecrets& complete) {
        if (!guarded)
            return;
        PendingOperation* call = m_probe->probe(profile, complete);
        connect(call, &PendingOperation::succeeded, guarded, &PendingOperation::succeed);
        connect(call, &PendingOperation::failed, guarded, &PendingOperation::fail);
        connect(guarded, &PendingOperation::cancelRequested, call, &PendingOperation::cancel);
    };
    // Fields left empty while editing a saved profile mean "the stored secret".
    if (!this->profile(profile.name)) {
        QTimer::singleShot(0, operation, [probeWith, secrets] { probeWith(secrets); });
        return operation;
    }
    loadSecrets(profile.name, operation, [guarded, secrets, probeWith](const auto& stored, const QString& error) {
        if (!stored) {
            ServiceError failure;
            failure.category = ServiceError::Category::Server;
            failure.code = QStringLiteral("KeychainUnavailable");
            failure.message = error;
            failure.action = QStringLiteral("DescribeRegions");
            return guarded->fail(failure);
        }
        ProfileSecrets merged = secrets;
        for (const QString& field : allFields())
            if (secretOf(merged, field).isEmpty())
                setSecret(merged, field, secretOf(*stored, field));
        probeWith(merged);
    });
    return operation;
}

QString AppProfileService::importSummary(const AliyunConfigImporter::Result& parsed)
{
    QStringList lines;
    for (const AliyunConfigImporter::Imported& imported : parsed.profiles)
        lines.append(tr("Imported %1 (mode %2)").arg(imported.profile.name, imported.mode));
    for (const AliyunConfigImporter::Skipped& skipped : parsed.skipped)
        lines.append(tr("Skipped %1: %2").arg(skipped.name, skipped.reason));
    return lines.join(QLatin1Char('\n'));
}

PendingOperation* AppProfileService::importAliyunConfig(const QString& filePath)
{
    const AliyunConfigImporter::Result parsed
        = AliyunConfigImporter::importFile(filePath.isEmpty() ? AliyunConfigImporter::defaultPath() : filePath);
    if (!parsed.ok())
        return failLater(newOperation(QStringLiteral("ImportAliyunConfig")),
            ServiceError::Category::InvalidInput,
            QStringLiteral("InvalidAliyunConfig"),
            parsed.error);
    return importProfiles(parsed);
}

QStringList AppProfileService::importConflicts(const QString& filePath) const
{
    const AliyunConfigImporter::Result parsed
        = AliyunConfigImporter::importFile(filePath.isEmpty() ? AliyunConfigImporter::defaultPath() : filePath);
    QStringList existing;
    for (const AliyunConfigImporter::Imported& imported : parsed.profiles) {
        if (profile(imported.profile.name))
            existing << imported.profile.name;
    }
    return existing;
}

PendingOperation* AppProfileService::importProfiles(const AliyunConfigImporter::Result& parsed)
{
    auto* operation = newOperation(QStringLiteral("ImportAliyunConfig"));
    if (parsed.profiles.isEmpty())
        return failLater(operation,
            ServiceError::Category::InvalidInput,
            QStringLiteral("NothingToImport"),
            tr("No profile can be imported.") + QLatin1Char('\n') + importSummary(parsed));
    QTimer::singleShot(0, operation, [this, operation, parsed] {
        importNext(operation, parsed.profiles, importSummary(parsed), parsed.current, {});
    });
    return operation;
}

void AppProfileService::importNext(PendingOperation* operation,
    QList<AliyunConfigImporter::Imported> remaining,
    const QString& summary,
    const QString& current,
    QStringList created)
{
    if (remaining.isEmpty()) {
        if (activeProfileName().isEmpty() && profile(current))
            activateProfile(current);
        operation->succeed(summary);
        return;
    }
    const AliyunConfigImporter::Imported next = remaining.takeFirst();
    const QString previous = profile(next.profile.name) ? next.profile.name : QString();
    if (previous.isEmpty())
        created << next.profile.name;
    PendingOperation* saved = saveProfile(next.profile, next.secrets, previous);
    QPointer<PendingOperation> guarded(operation);
    connect(saved, &PendingOperation::succeeded, this, [this, guarded, remaining, summary, current, created] {
        if (guarded)
            importNext(guarded, remaining, summary, current, created);
    });
    // All or nothing: the profiles this import created before the failure are removed again.
    connect(saved, &PendingOperation::failed, this, [this, guarded, created](ServiceError error) {
        for (const QString& name : created) {
            if (profile(name))
                removeProfile(name);
        }
        if (!created.isEmpty())
            error.message += QLatin1Char('\n')
                + tr("The profiles imported before this failure were removed again: %1.")
                      .arg(created.join(QStringLiteral(", ")));
        if (guarded)
            guarded->fail(error);
    });
}
