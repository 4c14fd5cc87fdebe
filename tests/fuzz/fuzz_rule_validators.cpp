// Every account rule of every engine on any text: names, passwords, descriptions, types, privileges.
#include "AccountRules.h"
#include "FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    static const QList<Engine> engines {
        Engine::MySQL, Engine::PostgreSQL, Engine::SQLServer, Engine::MariaDB, Engine::Redis
    };
    const AccountRules rules(engines.at(data[0] % engines.size()));
    const QList<QByteArray> fields = fuzzFields(data + 1, size - 1, 2);
    const QString text = QString::fromUtf8(fields.at(0));
    const QString other = QString::fromUtf8(fields.at(1));
    (void)rules.checkName(text);
    (void)rules.checkPassword(text);
    (void)rules.checkConfirmation(text, other);
    (void)rules.checkDescription(text, data[0] & 0x80);
    (void)rules.checkAccountType(text);
    (void)rules.checkPrivilege(text);
    (void)rules.isReservedWord(text);
    (void)rules.characterKinds(text);
    return 0;
}
