#pragma once

#include "AliyunConfigImporter.h"
#include "AliyunProfileImport.h"
#include "ProfileKeychain.h"
#include "ProfileService.h"
#include "ProfileStore.h"
#include "SecretJob.h"
#include "ServiceError.h"

#include <QPointer>

#include <functional>
#include <optional>

class ConnectionProbe;
class SecretStore;
class QSettings;

// ProfileService over QSettings (ProfileStore), the secrets' ProfileKeychain and a connection probe. Session-only
// profiles, including the environment profile, live in memory and are never written. The aliyun CLI import is
// AliyunProfileImport's.
class AppProfileService : public ProfileService
{
    Q_OBJECT

public:
    // settings and keychain must outlive the service; probe may be null (Test connection then fails plainly).
    AppProfileService(QSettings* settings, SecretStore* keychain, ConnectionProbe* probe, QObject* parent = nullptr);
    ~AppProfileService() override;

    QList<Profile> profiles() const override;
    QString activeProfileName() const override;
    bool keychainAvailable() const override { return m_keychain.isAvailable(); }
    PendingOperation* saveProfile(
        const Profile& profile, const ProfileSecrets& secrets, const QString& previousName) override;
    PendingOperation* removeProfile(const QString& name) override;
    PendingOperation* testConnection(const Profile& profile, const ProfileSecrets& secrets) override;
    void activateProfile(const QString& name) override;
    FieldCheck checkProfileName(const QString& name, const QString& previousName) const override;
    bool hasStoredSecret(const QString& profileName, const QString& field) const override;
    PendingOperation* importAliyunConfig(const QString& filePath) override;
    QStringList importConflicts(const QString& filePath) const override;

    // Asks the keychain once (a read of a key that does not exist); emits keychainAvailabilityChanged.
    void checkKeychain();
    // The backend's words when the keychain is unavailable.
    QString keychainProblem() const { return m_keychain.problem(); }
    // Adds the environment's credentials as the session-only profile "environment"; false when there are none.
    bool addEnvironmentProfile();
    std::optional<Profile> profile(const QString& name) const;

    // The secrets of a profile for the calls the app makes; done gets nullopt and the reason on failure.
    using SecretsCallback = std::function<void(const std::optional<ProfileSecrets>& secrets, const QString& error)>;
    void loadSecrets(const QString& name, QObject* context, const SecretsCallback& done);

    // Writes already parsed profiles one after another (replacing same-named ones); the operation succeeds with
    // the summary. Used by importAliyunConfig and the headless import.
    PendingOperation* importProfiles(const AliyunConfigImporter::Result& parsed);
    static QString importSummary(const AliyunConfigImporter::Result& parsed)
    {
        return AliyunProfileImport::summary(parsed);
    }

private:
    friend class AliyunProfileImport; // makes its operations here

    struct Save;
    PendingOperation* newOperation(const QString& action);
    // Fails on the next event loop turn so the caller can connect first.
    static PendingOperation* failLater(
        PendingOperation* operation, ServiceError::Category category, const QString& code, const QString& message);
    QString missingSecret(const Profile& profile, const ProfileSecrets& secrets, const QString& previousName) const;
    void readOldSecrets(const std::shared_ptr<Save>& save);
    void writeSecrets(const std::shared_ptr<Save>& save);
    void commitSave(const std::shared_ptr<Save>& save);
    void failKeychain(PendingOperation* operation, SecretJob::Result result, const QString& errorText);

    ProfileStore m_store;
    ProfileKeychain m_keychain;
    ConnectionProbe* m_probe;
    AliyunProfileImport m_import;
    QList<Profile> m_sessionProfiles;
    QString m_sessionActive;
};
