#pragma once

#include "Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

// The non-secret fields of saved profiles, in QSettings under profiles/<name>/, and which profile is active.
// Secrets never pass through here.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    explicit ProfileStore(QSettings* settings);

    QStringList names() const;
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString& name) const;
    bool contains(const QString& name) const;

    // Writes every field; a profile with this name is replaced. Session-only profiles are refused (false).
    bool save(const Profile& profile);
    void remove(const QString& name);
    // Moves the fields to newName, keeping the active profile pointing at it.
    bool rename(const QString& oldName, const QString& newName);

    QString activeProfileName() const;
    void setActiveProfileName(const QString& name);

    // Why a name cannot be a profile name (empty when it can): it becomes a settings group and a keychain key.
    static QString nameProblem(const QString& name);

    static QString authModeName(Profile::AuthMode mode);
    static std::optional<Profile::AuthMode> authModeFromName(const QString& name);
    static QString signingMethodName(Profile::SigningMethod method);
    static std::optional<Profile::SigningMethod> signingMethodFromName(const QString& name);

private:
    static QString groupOf(const QString& name);

    QSettings* m_settings;
};
