#pragma once

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
    // editing an existing profile). previousName is the old name when renaming, else empty.
    virtual PendingOperation* saveProfile(const Profile& profile, const ProfileSecrets& secrets,
                                          const QString& previousName) = 0;
    // Removes the profile and every keychain entry it wrote.
    virtual PendingOperation* removeProfile(const QString& name) = 0;
    // One read call (DescribeRegions) with these settings; succeeds with the RequestId.
    virtual PendingOperation* testConnection(const Profile& profile, const ProfileSecrets& secrets) = 0;
    virtual void activateProfile(const QString& name) = 0;

signals:
    void profilesChanged();
    void activeProfileChanged(const QString& name);
};
