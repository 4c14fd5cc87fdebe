#include "AccountRules.h"

#include "AccountText.h"
#include "RuleTable.h"

// Every message names the broken rule in words a helpdesk user understands. State semantics: Intermediate when
// typing more can still fix the field, Invalid when it cannot.
namespace {

bool isAsciiLower(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

bool isAsciiUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiLetter(QChar c)
{
    return isAsciiLower(c) || isAsciiUpper(c);
}

// CJK Unified Ideographs and Extension A: what "a Chinese character" means for an RDS description.
bool isChinese(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

// "'?'" or "a space": how a single character is named inside a message.
QString quoted(QChar c)
{
    if (c == QLatin1Char(' '))
        return AccountRules::tr("A space");
    if (!c.isPrint())
        return AccountRules::tr("An invisible character (U+%1)")
            .arg(QString::number(c.unicode(), 16).toUpper(), 4, QLatin1Char('0'));
    return QLatin1Char('\'') + c + QLatin1Char('\'');
}

QString spacedSpecials(const QString& specials)
{
    QStringList parts;
    for (QChar c : specials)
        parts.append(QString(c));
    return parts.join(QLatin1Char(' '));
}

QString tooLong(int max, int actual)
{
    return AccountRules::tr("Use at most %1 characters (this has %2).").arg(max).arg(actual);
}

QString tooShort(int min, int actual)
{
    return AccountRules::tr("Use at least %1 characters (this has %2).").arg(min).arg(actual);
}

QString nameCharactersAllowed(const EngineRules& rules)
{
    if (rules.nameExtraCharacters == QLatin1String("-"))
        return AccountRules::tr("use lowercase letters, digits and hyphens (-)");
    return AccountRules::tr("use lowercase letters, digits and underscores (_)");
}

QSet<QString> buildRedisReservedSet()
{
    const QStringList& words = RuleTable::redisReservedWords();
    return QSet<QString>(words.cbegin(), words.cend());
}

const QSet<QString>& redisReservedSet()
{
    static const QSet<QString> set = buildRedisReservedSet();
    return set;
}

} // namespace

AccountRules::AccountRules(Engine engine)
    : m_rules(RuleTable::forEngine(engine))
{
}

AccountRules::AccountRules(const EngineRules& rules)
    : m_rules(rules)
{
}

void AccountRules::setExtraReservedWords(const QStringList& words)
{
    m_extraReservedWords.clear();
    for (const QString& word : words) {
        const QString w = word.trimmed().toLower();
        if (!w.isEmpty())
            m_extraReservedWords.insert(w);
    }
}

bool AccountRules::isReservedWord(const QString& name) const
{
    const QString lower = name.toLower();
    if (m_rules.product == Product::Redis && redisReservedSet().contains(lower))
        return true;
    return m_extraReservedWords.contains(lower);
}

FieldCheck AccountRules::checkName(const QString& name) const
{
    if (name.isEmpty())
        return FieldCheck::intermediate(tr("Enter an account name."));
    if (m_rules.nameMustStartWithLetter && !isAsciiLower(name.front()))
        return FieldCheck::invalid(tr("Must start with a lowercase letter."));
    for (QChar c : name) {
        if (isAsciiLower(c) || isAsciiDigit(c) || m_rules.nameExtraCharacters.contains(c))
            continue;
        if (isAsciiUpper(c))
            return FieldCheck::invalid(tr("Use lowercase letters only; %1 is uppercase.").arg(quoted(c)));
        return FieldCheck::invalid(tr("%1 is not allowed; %2.").arg(quoted(c), nameCharactersAllowed(m_rules)));
    }
    if (name.size() > m_rules.nameMaxLength)
        return FieldCheck::invalid(tooLong(m_rules.nameMaxLength, int(name.size())));
    if (name.size() < m_rules.nameMinLength)
        return FieldCheck::intermediate(tooShort(m_rules.nameMinLength, int(name.size())));
    if (m_rules.nameMustEndWithLetterOrDigit && !name.back().isLetterOrNumber())
        return FieldCheck::intermediate(tr("Must end with a letter or digit."));
    if (isReservedWord(name))
        return FieldCheck::invalid(tr("'%1' is a reserved word; choose another name.").arg(name));
    return FieldCheck::valid();
}

QStringList AccountRules::characterKinds(const QString& password) const
{
    bool lower = false, upper = false, digit = false, special = false;
    for (QChar c : password) {
        lower |= isAsciiLower(c);
        upper |= isAsciiUpper(c);
        digit |= isAsciiDigit(c);
        special |= m_rules.passwordSpecials.contains(c);
    }
    QStringList kinds;
    if (lower)
        kinds.append(tr("lowercase"));
    if (upper)
        kinds.append(tr("uppercase"));
    if (digit)
        kinds.append(tr("digits"));
    if (special)
        kinds.append(tr("special characters"));
    return kinds;
}

FieldCheck AccountRules::checkPassword(const QString& password) const
{
    if (password.isEmpty())
        return FieldCheck::intermediate(tr("Enter a password."));
    for (QChar c : password) {
        if (isAsciiLetter(c) || isAsciiDigit(c) || m_rules.passwordSpecials.contains(c))
            continue;
        return FieldCheck::invalid(
            tr("%1 is not allowed; allowed specials are %2").arg(quoted(c), spacedSpecials(m_rules.passwordSpecials)));
    }
    if (password.size() > m_rules.passwordMaxLength)
        return FieldCheck::invalid(tooLong(m_rules.passwordMaxLength, int(password.size())));

    // Both problems below can be fixed by typing more, so name every one of them at once.
    QStringList problems;
    if (password.size() < m_rules.passwordMinLength)
        problems.append(tooShort(m_rules.passwordMinLength, int(password.size())));
    const QStringList kinds = characterKinds(password);
    if (kinds.size() < m_rules.passwordMinCharacterKinds) {
        problems.append(tr("Needs %1 of 4 character kinds; it has %2: %3.")
                            .arg(m_rules.passwordMinCharacterKinds)
                            .arg(kinds.size())
                            .arg(AccountText::list(kinds)));
    }
    if (!problems.isEmpty())
        return FieldCheck::intermediate(problems.join(QLatin1Char(' ')));
    return FieldCheck::valid();
}

FieldCheck AccountRules::checkConfirmation(const QString& password, const QString& confirmation) const
{
    if (confirmation == password && !confirmation.isEmpty())
        return FieldCheck::valid();
    if (confirmation.isEmpty())
        return FieldCheck::intermediate(tr("Enter the password again."));
    if (password.startsWith(confirmation))
        return FieldCheck::intermediate(tr("Matches so far; type the rest of the password."));
    return FieldCheck::invalid(tr("Does not match the password."));
}

FieldCheck AccountRules::checkDescription(const QString& description, bool required) const
{
    if (description.isEmpty()) {
        return required ? FieldCheck::intermediate(tr("Enter a description.")) : FieldCheck::valid();
    }
    const QChar first = description.front();
    const bool firstOk = isAsciiLetter(first) || (m_rules.descriptionMayStartWithChinese && isChinese(first));
    if (!firstOk) {
        return FieldCheck::invalid(m_rules.descriptionMayStartWithChinese
                ? tr("Must start with a letter or a Chinese character.")
                : tr("Must start with a letter."));
    }
    if (description.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || description.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        return FieldCheck::invalid(tr("Must not start with http:// or https://."));
    }
    if (m_rules.descriptionLettersDigitsUnderscoreHyphenOnly) {
        for (QChar c : description) {
            if (isAsciiLetter(c) || isAsciiDigit(c) || c == QLatin1Char('_') || c == QLatin1Char('-'))
                continue;
            return FieldCheck::invalid(
                tr("%1 is not allowed; use letters, digits, underscores (_) and hyphens (-).").arg(quoted(c)));
        }
    }
    if (description.size() > m_rules.descriptionMaxLength)
        return FieldCheck::invalid(tooLong(m_rules.descriptionMaxLength, int(description.size())));
    if (description.size() < m_rules.descriptionMinLength)
        return FieldCheck::intermediate(tooShort(m_rules.descriptionMinLength, int(description.size())));
    return FieldCheck::valid();
}

FieldCheck AccountRules::checkAccountType(const QString& type) const
{
    if (type.isEmpty())
        return FieldCheck::intermediate(tr("Choose an account type."));
    if (m_rules.accountTypes.contains(type))
        return FieldCheck::valid();
    return FieldCheck::invalid(
        tr("'%1' is not an account type of %2; choose %3.")
            .arg(type, ProductInfo::engineDisplayName(m_rules.engine), m_rules.accountTypes.join(tr(" or "))));
}

FieldCheck AccountRules::checkPrivilege(const QString& privilege) const
{
    if (privilege.isEmpty())
        return FieldCheck::intermediate(tr("Choose a privilege."));
    if (m_rules.privileges.contains(privilege))
        return FieldCheck::valid();
    return FieldCheck::invalid(
        tr("'%1' is not a privilege of %2; choose one of: %3.")
            .arg(privilege, ProductInfo::engineDisplayName(m_rules.engine), AccountText::list(m_rules.privileges)));
}

QString AccountRules::nameRuleText() const
{
    const QString range = tr("%1 to %2 characters").arg(m_rules.nameMinLength).arg(m_rules.nameMaxLength);
    if (m_rules.product == Product::Redis) {
        return tr("%1: lowercase letters, digits and hyphens (-). Starts with a lowercase letter; not a reserved "
                  "word.")
            .arg(range);
    }
    return tr("%1: lowercase letters, digits and underscores (_). Starts with a lowercase letter and ends with a "
              "letter or digit; not a reserved word.")
        .arg(range);
}

QString AccountRules::passwordRuleText() const
{
    return tr("%1 to %2 characters with at least %3 of: uppercase, lowercase, digits, special characters %4")
        .arg(m_rules.passwordMinLength)
        .arg(m_rules.passwordMaxLength)
        .arg(m_rules.passwordMinCharacterKinds)
        .arg(spacedSpecials(m_rules.passwordSpecials));
}

QString AccountRules::descriptionRuleText(bool required) const
{
    const QString length = required ? tr("Required; %1 to %2 characters") : tr("Optional; %1 to %2 characters");
    const QString range = length.arg(m_rules.descriptionMinLength).arg(m_rules.descriptionMaxLength);
    if (m_rules.descriptionLettersDigitsUnderscoreHyphenOnly) {
        return tr("%1 of letters, digits, underscores (_) and hyphens (-). Starts with a letter; not http:// or "
                  "https://.")
            .arg(range);
    }
    return tr("%1. Starts with a letter or a Chinese character; not http:// or https://.").arg(range);
}
