#pragma once

#include "PasswordGenerator.h"

#include <QMetaType>

// A user's preferred password-generator settings for one engine. Holds no password and no secret.
struct PasswordPreset
{
    int length = PasswordGenerator::DefaultLength;
    PasswordGenerator::CharacterKinds kinds = PasswordGenerator::CharacterKinds(PasswordGenerator::Lowercase
        | PasswordGenerator::Uppercase | PasswordGenerator::Digits | PasswordGenerator::Specials);

    bool operator==(const PasswordPreset&) const = default;

    void applyTo(PasswordGenerator& generator) const
    {
        generator.setLength(length);
        generator.setKinds(kinds);
    }
};
Q_DECLARE_METATYPE(PasswordPreset)
