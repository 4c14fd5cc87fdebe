#include "PasswordPresetStore.h"

#include "ModelsLogging.h"
#include "RuleTable.h"

#include <QSettings>

namespace {

// Kinds are stored as words, so the settings file stays readable and survives enum changes.
const QList<QPair<PasswordGenerator::CharacterKind, QString>>& kindNames()
{
    static const QList<QPair<PasswordGenerator::CharacterKind, QString>> names = {
        { PasswordGenerator::Lowercase, QStringLiteral("lowercase") },
        { PasswordGenerator::Uppercase, QStringLiteral("uppercase") },
        { PasswordGenerator::Digits, QStringLiteral("digits") },
        { PasswordGenerator::Specials, QStringLiteral("specials") },
    };
    return names;
}

QStringList kindsToWords(PasswordGenerator::CharacterKinds kinds)
{
    QStringList words;
    for (const auto& [kind, name] : kindNames()) {
        if (kinds.testFlag(kind))
            words.append(name);
    }
    return words;
}

PasswordGenerator::CharacterKinds kindsFromWords(const QStringList& words)
{
    PasswordGenerator::CharacterKinds kinds;
    for (const auto& [kind, name] : kindNames()) {
        if (words.contains(name))
            kinds |= kind;
    }
    return kinds;
}

} // namespace

PasswordPresetStore::PasswordPresetStore(QSettings& settings)
    : m_settings(settings)
{
}

QString PasswordPresetStore::group(Engine engine) const
{
    return QStringLiteral("passwordPresets/") + ProductInfo::engineWireName(engine);
}

PasswordPreset PasswordPresetStore::load(Engine engine) const
{
    const QString prefix = group(engine) + QLatin1Char('/');
    if (!m_settings.contains(prefix + QStringLiteral("length")))
        return {};
    PasswordPreset preset;
    preset.length = m_settings.value(prefix + QStringLiteral("length")).toInt();
    preset.kinds = kindsFromWords(m_settings.value(prefix + QStringLiteral("kinds")).toStringList());

    PasswordGenerator check(RuleTable::forEngine(engine));
    preset.applyTo(check);
    if (!check.isValid()) {
        qCWarning(lcModels) << "Ignoring a stored password preset the policy refuses for"
                            << ProductInfo::engineWireName(engine);
        return {};
    }
    return preset;
}

void PasswordPresetStore::save(Engine engine, const PasswordPreset& preset)
{
    const QString prefix = group(engine) + QLatin1Char('/');
    m_settings.setValue(prefix + QStringLiteral("length"), preset.length);
    m_settings.setValue(prefix + QStringLiteral("kinds"), kindsToWords(preset.kinds));
}

void PasswordPresetStore::remove(Engine engine)
{
    m_settings.remove(group(engine));
}
