#include "AppProfileService.h"

#include "AppLogging.h"
#include "ConnectionProbe.h"
#include "EnvironmentProfile.h"
#include "SecretBatch.h"
#include "SecretField.h"
#include "SecretStore.h"

#include <QPointer>
#include <QTimer>

PendingOperation* AppProfileService::failLater(
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
    , m_keychain(settings, keychain)
    , m_probe(probe)
    , m_import(this)
{
    connect(&m_keychain, &ProfileKeychain::availabilityChanged, this, &ProfileService::keychainAvailabilityChanged);
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
    return m_keychain.contains(*found, field);
}

bool AppProfileService::addEnvironmentProfile()
{
    const std::optional<EnvironmentProfile> environment = EnvironmentProfile::fromEnvironment();
    if (!environment || profile(EnvironmentProfile::Name))
        return false;
    m_sessionProfiles.append(environment->profile);
    m_keychain.keepForSession(environment->profile, environment->secrets);
    emit profilesChanged();
    return true;
}

void AppProfileService::checkKeychain()
{
    m_keychain.check();
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
    for (const QString& field : SecretField::usedBy(profile.authMode)) {
        if (!SecretField::valueIn(secrets, field).isEmpty() || hasStoredSecret(previousName, field))
            continue;
        if (field == SecretField::AccessKeySecret)
            return tr("Enter the AccessKey secret.");
        if (field == SecretField::SecurityToken)
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
    save->oldKeys = m_keychain.storedKeys(*save->previous);
    m_keychain.read(save->profile.sessionOnly, save->oldKeys, [this, save](bool ok, SecretBatch* batch) {
        if (!ok)
            return failKeychain(save->operation, batch->failure(), batch->errorText());
        const ProfileSecrets old = ProfileKeychain::secretsOf(batch);
        for (const QString& field : SecretField::all())
            if (SecretField::valueIn(save->secrets, field).isEmpty())
                SecretField::setValueIn(save->secrets, field, SecretField::valueIn(old, field));
        writeSecrets(save);
    });
}

void AppProfileService::writeSecrets(const std::shared_ptr<Save>& save)
{
    const bool sessionOnly = save->profile.sessionOnly;
    const QString& name = save->profile.name;
    const QStringList used = SecretField::usedBy(save->profile.authMode);
    auto fill = [this, save, name, used](SecretBatch* batch) {
        for (const QString& field : SecretField::all()) {
            const QString key = SecretStore::keyFor(name, field);
            const QString value = SecretField::valueIn(save->secrets, field);
            if (used.contains(field) && !value.isEmpty())
                batch->write(key, value);
            else if (!used.contains(field) && !save->renaming && hasStoredSecret(name, field))
                batch->remove(key); // a secret the new mode does not use is not kept around
        }
    };
    m_keychain.run(sessionOnly, fill, [this, save, sessionOnly](bool ok, SecretBatch* batch) {
        if (!ok) {
            // A rename that failed half way takes back what it wrote under the new name.
            if (save->renaming)
                m_keychain.remove(sessionOnly, batch->written(), [](bool, SecretBatch*) {});
            return failKeychain(save->operation, batch->failure(), batch->errorText());
        }
        commitSave(save);
    });
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
    auto succeed = [save](bool, SecretBatch*) {
        if (save->operation)
            save->operation->succeed({});
    };
    if (save->renaming)
        m_keychain.remove(profile.sessionOnly, save->oldKeys, succeed);
    else
        succeed(true, nullptr);
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
    m_keychain.remove(
        found->sessionOnly, m_keychain.storedKeys(*found), [this, guarded, found, name](bool ok, SecretBatch*) {
            if (!ok) {
                // The settings stay so the user can retry; otherwise the keychain entries would be orphaned.
                ServiceError error;
                error.category = ServiceError::Category::Server;
                error.code = QStringLiteral("KeychainUnavailable");
                error.action = QStringLiteral("RemoveProfile");
                error.message = tr("The profile was not deleted because its secrets could not be removed from the "
                                   "system keychain (%1). Try again when the keychain is available.")
                                    .arg(m_keychain.problem());
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
    QPointer<QObject> guard(context);
    m_keychain.read(found->sessionOnly, m_keychain.storedKeys(*found), [guard, done](bool ok, SecretBatch* batch) {
        if (!guard)
            return;
        if (!ok)
            return done(
                std::nullopt, tr("The secrets could not be read from the system keychain: %1").arg(batch->errorText()));
        done(ProfileKeychain::secretsOf(batch), {});
    });
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
        for (const QString& field : SecretField::all())
            if (SecretField::valueIn(merged, field).isEmpty())
                SecretField::setValueIn(merged, field, SecretField::valueIn(*stored, field));
        probeWith(merged);
    });
    return operation;
}

PendingOperation* AppProfileService::importAliyunConfig(const QString& filePath)
{
    return m_import.importFile(filePath);
}

QStringList AppProfileService::importConflicts(const QString& filePath) const
{
    return m_import.conflicts(filePath);
}

PendingOperation* AppProfileService::importProfiles(const AliyunConfigImporter::Result& parsed)
{
    return m_import.importProfiles(parsed);
}
