#pragma once

#include "PasswordPreset.h"
#include "Product.h"

class QSettings;

// Saves and loads one PasswordPreset per engine in QSettings (group "passwordPresets/<Engine>"). A stored preset
// that the engine's policy would refuse (bad length, fewer than 3 kinds) loads as the default instead.
class PasswordPresetStore
{
public:
    explicit PasswordPresetStore(QSettings& settings);

    PasswordPreset load(Engine engine) const;
    void save(Engine engine, const PasswordPreset& preset);
    void remove(Engine engine);

private:
    QString group(Engine engine) const;

    QSettings& m_settings;
};
