#include "RuleTable.h"

#include "ModelsLogging.h"

#include <QFile>

#include <array>

// The rules of product-rules.md (seeds win over SDK comments). Change a rule here and the dialogs, the sandbox
// and the tests all follow.
namespace {

const QString kPasswordSpecials = QStringLiteral("!@#$%^&*()_+-=");

EngineRules rdsRules(Engine engine, int nameMaxLength, const QStringList& privileges)
{
    EngineRules r;
    r.engine = engine;
    r.product = Product::Rds;
    r.nameMinLength = 2;
    r.nameMaxLength = nameMaxLength;
    r.nameExtraCharacters = QStringLiteral("_");
    r.nameMustEndWithLetterOrDigit = true;
    r.nameMustStartWithLetter = true;
    r.passwordSpecials = kPasswordSpecials;
    r.descriptionMayStartWithChinese = true;
    r.accountTypes = { QStringLiteral("Normal"), QStringLiteral("Super") };
    r.privileges = privileges;
    r.defaultPrivilege = privileges.value(0);
    r.supportsLock = engine == Engine::PostgreSQL;
    r.supportsOperatorPermission = true;
    r.supportsResetPrivilegedAccount
        = engine == Engine::MySQL || engine == Engine::SQLServer || engine == Engine::MariaDB;
    r.hasPerDatabasePrivileges = true;
    r.defaultAccountQuota = 500;
    r.maxPrivilegedAccounts = 1;
    return r;
}

EngineRules redisRules()
{
    EngineRules r;
    r.engine = Engine::Redis;
    r.product = Product::Redis;
    r.nameMinLength = 1;
    r.nameMaxLength = 35;
    r.nameExtraCharacters = QStringLiteral("-");
    r.nameMustEndWithLetterOrDigit = false;
    r.nameMustStartWithLetter = true;
    r.passwordSpecials = kPasswordSpecials;
    r.descriptionLettersDigitsUnderscoreHyphenOnly = true;
    r.accountTypes = { QStringLiteral("Normal") };
    r.privileges = { QStringLiteral("RoleReadOnly"), QStringLiteral("RoleReadWrite"), QStringLiteral("RoleRepl") };
    r.defaultPrivilege = QStringLiteral("RoleReadWrite");
    r.maxAccountsPerInstance = 20;
    r.minimumEngineVersion = QStringLiteral("4.0");
    r.copyPrivilegeOnlyOnStandard = true;
    return r;
}

// Indexed by the Engine enumerator's value.
std::array<EngineRules, 5> buildTable()
{
    const QStringList mysqlPrivileges = {
        QStringLiteral("ReadWrite"), QStringLiteral("ReadOnly"), QStringLiteral("DDLOnly"), QStringLiteral("DMLOnly")
    };
    const QStringList sqlServerPrivileges
        = { QStringLiteral("ReadWrite"), QStringLiteral("ReadOnly"), QStringLiteral("DBOwner") };
    std::array<EngineRules, 5> table;
    table[static_cast<int>(Engine::MySQL)] = rdsRules(Engine::MySQL, 32, mysqlPrivileges);
    table[static_cast<int>(Engine::MariaDB)] = rdsRules(Engine::MariaDB, 32, mysqlPrivileges);
    table[static_cast<int>(Engine::PostgreSQL)] = rdsRules(Engine::PostgreSQL, 63, { QStringLiteral("DBOwner") });
    table[static_cast<int>(Engine::SQLServer)] = rdsRules(Engine::SQLServer, 64, sqlServerPrivileges);
    table[static_cast<int>(Engine::Redis)] = redisRules();
    return table;
}

QStringList loadReservedWords(const QString& resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qCCritical(lcModels) << "Cannot open the reserved words resource" << resource << file.errorString();
        return {};
    }
    QStringList words;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString word = line.trimmed().toLower();
        if (!word.isEmpty() && !word.startsWith(QLatin1Char('#')))
            words.append(word);
    }
    return words;
}

} // namespace

namespace RuleTable {

const EngineRules& forEngine(Engine engine)
{
    // Built once, thread-safe (magic static), never modified afterwards.
    static const std::array<EngineRules, 5> table = buildTable();
    return table[static_cast<std::size_t>(engine)];
}

const QStringList& rdsWaitStatuses()
{
    static const QStringList statuses { QStringLiteral("Creating"),
        QStringLiteral("Maintaining"),
        QStringLiteral("Switching"),
        QStringLiteral("Restarting") };
    return statuses;
}

const QStringList& rdsUnsupportedStatuses()
{
    static const QStringList statuses { QStringLiteral("Stopped"), QStringLiteral("Locked") };
    return statuses;
}

const QStringList& redisReservedWords()
{
    static const QStringList words = loadReservedWords(QStringLiteral(":/models/redis-reserved-words.txt"));
    return words;
}

const QStringList& rdsReservedAccountWords()
{
    static const QStringList words = loadReservedWords(QStringLiteral(":/models/rds-reserved-account-words.txt"));
    return words;
}

} // namespace RuleTable
