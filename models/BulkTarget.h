#pragma once

#include "Account.h"
#include "Instance.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

// One selected account (or, for a bulk Create, one selected instance), with the profile whose connection reaches
// it and what the plan's rules need to know about its instance.
struct BulkTarget
{
    QString profileId; // the connection (profile) the account belongs to; AccountService is looked up by it
    QString profileName; // for display
    Instance instance;
    Account account; // empty name for a Create target
    // Create: the accounts the instance had when last listed (quota, names already taken).
    QList<Account> instanceAccounts;
    // RDS: reserved account names of this instance's engine (DescribeInstanceKeywords), merged with the built-in list.
    QStringList reservedWords;

    QString key() const { return profileId + QLatin1Char('|') + instance.id + QLatin1Char('/') + account.name; }

    // The account (empty for a Create) on the instance, reached through the profile that lists the instance.
    static BulkTarget of(const Instance& instance, const Account& account)
    {
        BulkTarget target;
        target.profileId = instance.profile;
        target.profileName = instance.profile;
        target.instance = instance;
        target.account = account;
        return target;
    }
};
Q_DECLARE_METATYPE(BulkTarget)
