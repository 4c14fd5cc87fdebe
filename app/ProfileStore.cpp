#include "ProfileStore.h"

#include <QCoreApplication>
#include <QSettings>

namespace {

const QString ProfilesGroup = QStringLiteral("profiles");
const QString ActiveKey = QStringLiteral("activeProfile");
constexpr qsizetype MaxNameLength = 64;

} // namespace

ProfileStore::ProfileStore(QSettings* settings)
    : m_settings(settings)
{
}

QString ProfileStore::groupOf(const QString& name)
{
    return ProfilesGroup + QLatin1Char('/') + name;
}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(ProfilesGroup);
    QStringList result = m_settings->childGroups();
    m_settings->endGroup();
    result.sort(Qt::CaseInsensitive);
    return result;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    for (const QString& name : names())
        if (const auto found = profile(name))
            result.append(*found);
    return result;
}

bool ProfileStore::contains(const QString& name) const
{
    return !name.isEmpty() && names().contains(name);
}

std::optional<Profile> ProfileStore::profile(const QString& name) const
{
    if (!contains(name))
        return std::nullopt;
    Profile result;
    result.name = name;
    m_settings->beginGroup(groupOf(name));
    result.authMode = authModeFromName(m_settings->value(QStringLiteral("authMode")).toString())
                          .value_or(Profile::AuthMode::AccessKey);
    result.accessKeyId = m_settings->value(QStringLiteral("accessKeyId")).toString();
    result.defaultRegion = m_settings->value(QStringLiteral("defaultRegion"), result.defaultRegion).toString();
    result.signingMethod = signingMethodFromName(m_settings->value(QStringLiteral("signingMethod")).toString())
                               .value_or(Profile::SigningMethod::Acs3HmacSha256);
    m_settings->beginGroup(QStringLiteral("endpoints"));
    for (const QString& product : m_settings->childKeys())
        result.endpointOverrides.insert(product, m_settings->value(product).toString());
    m_settings->endGroup();
    m_settings->endGroup();
    return result;
}

bool ProfileStore::save(const Profile& profile)
{
    if (profile.sessionOnly || !nameProblem(profile.name).isEmpty())
        return false;
    m_settings->remove(groupOf(profile.name));
    m_settings->beginGroup(groupOf(profile.name));
    m_settings->setValue(QStringLiteral("authMode"), authModeName(profile.authMode));
    m_settings->setValue(QStringLiteral("accessKeyId"), profile.accessKeyId);
    m_settings->setValue(QStringLiteral("defaultRegion"), profile.defaultRegion);
    m_settings->setValue(QStringLiteral("signingMethod"), signingMethodName(profile.signingMethod));
    for (auto it = profile.endpointOverrides.cbegin(); it != profile.endpointOverrides.cend(); ++it)
        if (!it.value().isEmpty())
            m_settings->setValue(QStringLiteral("endpoints/") + it.key(), it.value());
    m_settings->endGroup();
    return true;
}

void ProfileStore::remove(const QString& name)
{
    if (name.isEmpty())
        return;
    m_settings->remove(groupOf(name));
    if (activeProfileName() == name)
        m_settings->remove(ActiveKey);
}

bool ProfileStore::rename(const QString& oldName, const QString& newName)
{
    std::optional<Profile> moved = profile(oldName);
    if (!moved || !nameProblem(newName).isEmpty() || (newName != oldName && contains(newName)))
        return false;
    const bool wasActive = activeProfileName() == oldName;
    moved->name = newName;
    m_settings->remove(groupOf(oldName));
    save(*moved);
    if (wasActive)
        setActiveProfileName(newName);
    return true;
}

QString ProfileStore::activeProfileName() const
{
    return m_settings->value(ActiveKey).toString();
}

void ProfileStore::setActiveProfileName(const QString& name)
{
    if (name.isEmpty())
        m_settings->remove(ActiveKey);
    else
        m_settings->setValue(ActiveKey, name);
}

QString ProfileStore::nameProblem(const QString& name)
{
    if (name.trimmed().isEmpty())
        return tr("Enter a profile name.");
    if (name != name.trimmed())
        return tr("The profile name cannot start or end with a space.");
    if (name.size() > MaxNameLength)
        return tr("The profile name can have at most %1 characters.").arg(MaxNameLength);
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\'))
            return tr("The profile name cannot contain / or \\.");
        if (c.category() == QChar::Other_Control)
            return tr("The profile name cannot contain control characters.");
    }
    return {};
}

QString ProfileStore::authModeName(Profile::AuthMode mode)
{
    switch (mode) {
    case Profile::AuthMode::AccessKey:
        return QStringLiteral("AccessKey");
    case Profile::AuthMode::Sts:
        return QStringLiteral("Sts");
    case Profile::AuthMode::BearerToken:
        return QStringLiteral("BearerToken");
    }
    return {};
}

std::optional<Profile::AuthMode> ProfileStore::authModeFromName(const QString& name)
{
    for (const auto mode : { Profile::AuthMode::AccessKey, Profile::AuthMode::Sts, Profile::AuthMode::BearerToken })
        if (authModeName(mode) == name)
            return mode;
    return std::nullopt;
}

QString ProfileStore::signingMethodName(Profile::SigningMethod method)
{
    switch (method) {
    case Profile::SigningMethod::Acs3HmacSha256:
        return QStringLiteral("ACS3-HMAC-SHA256");
    case Profile::SigningMethod::RpcHmacSha1:
        return QStringLiteral("HMAC-SHA1");
    }
    return {};
}

std::optional<Profile::SigningMethod> ProfileStore::signingMethodFromName(const QString& name)
{
    for (const auto method : { Profile::SigningMethod::Acs3HmacSha256, Profile::SigningMethod::RpcHmacSha1 })
        if (signingMethodName(method) == name)
            return method;
    return std::nullopt;
}
