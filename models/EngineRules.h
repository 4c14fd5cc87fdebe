#pragma once

#include "Product.h"

#include <QString>
#include <QStringList>

// Every rule of one product/engine, as data (product-rules.md). RuleTable holds one per engine; the dialogs,
// the sandbox and the tests all read the same table, so a rule changes in one place.
struct EngineRules
{
    Engine engine = Engine::MySQL;
    Product product = Product::Rds;

    // Account name: lowercase letters, digits and nameExtraCharacters; starts with a lowercase letter.
    int nameMinLength = 2;
    int nameMaxLength = 32;
    QString nameExtraCharacters; // RDS "_", Redis "-"
    bool nameMustEndWithLetterOrDigit = false; // RDS: starts and ends with a letter or digit
    bool nameMustStartWithLetter = true;

    // Password.
    int passwordMinLength = 8;
    int passwordMaxLength = 32;
    QString passwordSpecials; // "!@#$%^&*()_+-="
    int passwordMinCharacterKinds = 3; // of uppercase, lowercase, digits, specials

    // Description (optional field).
    int descriptionMinLength = 2;
    int descriptionMaxLength = 256;
    bool descriptionMayStartWithChinese = false; // RDS
    bool descriptionLettersDigitsUnderscoreHyphenOnly = false; // Redis

    QStringList accountTypes; // RDS {"Normal", "Super"}; Redis {"Normal"}
    QStringList privileges; // values this engine grants, in display order
    QString defaultPrivilege; // Redis "RoleReadWrite"; RDS per engine

    int maxAccountsPerInstance = 0; // product-wide, checked before a call: Redis 20 (seed 000); RDS 0
    int defaultAccountQuota = 0; // RDS 500: what an instance allows unless it reports otherwise
                                 // (seed 004: "varies by engine and instance class")
    int maxPrivilegedAccounts = 0; // RDS 1 (one Super account per instance); 0: no such account type
    QString minimumEngineVersion; // Redis "4.0"; empty for RDS
    bool supportsLock = false; // PostgreSQL only
    bool supportsOperatorPermission = false;
    bool supportsResetPrivilegedAccount = false;
    bool copyPrivilegeOnlyOnStandard = false; // Redis RoleRepl
    bool hasPerDatabasePrivileges = false; // RDS
};
