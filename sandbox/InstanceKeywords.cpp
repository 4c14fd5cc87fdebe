#include "InstanceKeywords.h"

#include "RuleTable.h"

namespace InstanceKeywords {

const QStringList& accountWords()
{
    // The same data file the client falls back to (models/data/rds-reserved-account-words.txt).
    return RuleTable::rdsReservedAccountWords();
}

const QStringList& databaseWords()
{
    static const QStringList words = {
        QStringLiteral("mysql"),
        QStringLiteral("information_schema"),
        QStringLiteral("performance_schema"),
        QStringLiteral("sys"),
        QStringLiteral("test"),
        QStringLiteral("postgres"),
        QStringLiteral("template0"),
        QStringLiteral("template1"),
        QStringLiteral("master"),
        QStringLiteral("model"),
        QStringLiteral("msdb"),
        QStringLiteral("tempdb"),
        QStringLiteral("resource"),
        QStringLiteral("distribution"),
    };
    return words;
}

} // namespace InstanceKeywords
