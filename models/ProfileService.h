#pragma once

#include "FieldCheck.h"
#include "PendingOperation.h"
#include "Profile.h"

#include <QList>
#include <QObject>

// Profile operations the profile dialog asks for; the app implements them over QSettings, the OS keychain and the
// OpenAPI client. Keychain and network work is asynchronous: each call returns a PendingOperation.
class ProfileService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QList<Profile> profiles() const = 0;
    virtual QString activeProfileName() const = 0;
    // True when the OS keychain answered; false means only session-only profiles can be used.
    virtual bool keychainAvailable() const = 0;

    // Saves the profile's fields and writes its secrets to the keychain (empty secrets are left unchanged when
    // editing an existing profile). previousName is the name the profile had before this edit (the old name when
    // renaming), empty for a new profile. Session-only profiles (sessionOnly) stay in memory.
    virtual PendingOperation* saveProfile(
        const Profile& profile, const ProfileSecrets& secrets, const QString& previousName)
        = 0;
    // Removes the profile and every keychain entry it wrote.
    virtual PendingOperation* removeProfile(const QString& name) = 0;
    // One read call (DescribeRegions) with these settings; succeeds with the RequestId.
    virtual PendingOperation* testConnection(const Profile& profile, const ProfileSecrets& secrets) = 0;
    virtual void activateProfile(const QString& name) = 0;
    // Whether name can be used: valid characters and not taken by another profile (previousName is the profile
    // being edited, empty for a new one).
    virtual FieldCheck checkProfileName(const QString& name, const QString& previousName) const = 0;
    // True when the saved profile has a secret for this field ("access-key-secret", "security-token",
    // "bearer-token"), so the dialog can leave the field empty to keep it.
    virtual bool hasStoredSecret(const QString& profileName, const QString& field) const = 0;
    // Imports the aliyun CLI configuration (empty path: ~/.aliyun/config.json); succeeds with a readable summary of
    // what was imported and skipped (never secrets), or fails with the reason in ServiceError::message.
    virtual PendingOperation* importAliyunConfig(const QString& filePath) = 0;
    // The names of the profiles in that file that exist already (so the dialog can ask before replacing them);
    // empty when none do or the file cannot be read (importAliyunConfig then says why).
    virtual QStringList importConflicts(const QString& filePath) const
    {
        Q_UNUSED(filePath)
        return {};
    }

signals:
    void profilesChanged();
    void activeProfileChanged(const QString& name);
    // After each keychain check; available=false means no Secret Service, locked, or access denied.
    void keychainAvailabilityChanged(bool available);
};
