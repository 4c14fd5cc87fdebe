#pragma once

#include "EngineRules.h"

#include <QFlags>
#include <QString>
#include <QStringList>

// Generates passwords that meet an engine's policy: only characters the engine accepts, at least the required
// number of character kinds, drawn from QRandomGenerator::system(). No GUI, no state beyond its settings.
class PasswordGenerator
{
public:
    enum CharacterKind { Lowercase = 0x1, Uppercase = 0x2, Digits = 0x4, Specials = 0x8 };
    Q_DECLARE_FLAGS(CharacterKinds, CharacterKind)

    static constexpr int DefaultLength = 20;

    explicit PasswordGenerator(const EngineRules& rules);

    void setLength(int length);
    int length() const { return m_length; }
    void setKinds(CharacterKinds kinds);
    CharacterKinds kinds() const { return m_kinds; }

    // False when the settings cannot meet the policy (too short, too few kinds); generate() then returns "".
    bool isValid() const;
    QString generate() const;

    // Strength estimate in bits for the meter: length × log2(alphabet size of the kinds used).
    static double entropyBits(const QString& password);

private:
    QStringList alphabets() const; // one string per selected kind

    EngineRules m_rules;
    int m_length = DefaultLength;
    CharacterKinds m_kinds = CharacterKinds(Lowercase | Uppercase | Digits | Specials);
};
Q_DECLARE_OPERATORS_FOR_FLAGS(PasswordGenerator::CharacterKinds)
