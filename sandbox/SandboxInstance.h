#pragma once

#include "Instance.h"
#include "OperatorPermission.h"
#include "RuleTable.h"
#include "SandboxAccount.h"

#include <QDateTime>
#include <QList>

#include <optional>

// An instance as the sandbox keeps it. instance.status uses the models' vocabulary ("Running", ...) for both
// products; Redis replies translate "Running" to the Redis wire value "Normal".
struct SandboxInstance
{
    Instance instance;
    QString zoneId;
    QDateTime createdAt; // UTC
    QList<SandboxAccount> accounts;
    std::optional<OperatorPermission> operatorPermission; // RDS only
    int accountQuota = 0; // RDS: accounts this instance allows (AccountMaxQuantity); 0: the engine's default

    int effectiveAccountQuota() const
    {
        if (accountQuota > 0)
            return accountQuota;
        const EngineRules& rules = RuleTable::forEngine(instance.engine);
        return rules.maxAccountsPerInstance > 0 ? rules.maxAccountsPerInstance : rules.defaultAccountQuota;
    }

    SandboxAccount* findAccount(const QString& name)
    {
        for (SandboxAccount& a : accounts) {
            if (a.account.name == name)
                return &a;
        }
        return nullptr;
    }
};
