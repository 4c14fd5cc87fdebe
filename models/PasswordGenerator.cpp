#include "PasswordGenerator.h"

#include <QRandomGenerator>

#include <cmath>

namespace {

const QString kLowercase = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
const QString kUppercase = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
const QString kDigits = QStringLiteral("0123456789");

int kindCount(PasswordGenerator::CharacterKinds kinds)
{
    int n = 0;
    for (auto kind : { PasswordGenerator::Lowercase,
             PasswordGenerator::Uppercase,
             PasswordGenerator::Digits,
             PasswordGenerator::Specials }) {
        if (kinds.testFlag(kind))
            ++n;
    }
    return n;
}

QChar pick(const QString& alphabet)
{
    return alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
}

} // namespace

PasswordGenerator::PasswordGenerator(const EngineRules& rules)
    : m_rules(rules)
{
}

void PasswordGenerator::setLength(int length)
{
    m_length = length;
}

void PasswordGenerator::setKinds(CharacterKinds kinds)
{
    m_kinds = kinds;
}

bool PasswordGenerator::isValid() const
{
    return m_length >= m_rules.passwordMinLength && m_length <= m_rules.passwordMaxLength
        && kindCount(m_kinds) >= m_rules.passwordMinCharacterKinds && !alphabets().isEmpty();
}

QStringList PasswordGenerator::alphabets() const
{
    // Only characters the engine accepts: the specials come from the rule table, never a fixed list.
    QStringList sets;
    if (m_kinds.testFlag(Lowercase))
        sets.append(kLowercase);
    if (m_kinds.testFlag(Uppercase))
        sets.append(kUppercase);
    if (m_kinds.testFlag(Digits))
        sets.append(kDigits);
    if (m_kinds.testFlag(Specials) && !m_rules.passwordSpecials.isEmpty())
        sets.append(m_rules.passwordSpecials);
    return sets;
}

QString PasswordGenerator::generate() const
{
    if (!isValid())
        return {};
    const QStringList sets = alphabets();
    const QString all = sets.join(QString());

    // One character of every chosen kind first, so the kind rule always holds, then shuffle the positions.
    QString password;
    password.reserve(m_length);
    for (const QString& set : sets)
        password.append(pick(set));
    while (password.size() < m_length)
        password.append(pick(all));
    for (qsizetype i = password.size() - 1; i > 0; --i) {
        const qsizetype j = QRandomGenerator::system()->bounded(int(i + 1));
        std::swap(password[i], password[j]);
    }
    return password;
}

double PasswordGenerator::entropyBits(const QString& password)
{
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : password) {
        if (kLowercase.contains(c))
            lower = true;
        else if (kUppercase.contains(c))
            upper = true;
        else if (kDigits.contains(c))
            digit = true;
        else
            other = true;
    }
    // 14 is the size of the engines' special character set.
    const int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 14 : 0);
    if (alphabet == 0)
        return 0;
    return double(password.size()) * std::log2(double(alphabet));
}
