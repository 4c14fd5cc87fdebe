#pragma once

#include "EngineRules.h"
#include "FieldCheck.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

// The live checks of every account field for one engine, worded for a helpdesk user. Every dialog, the
// sandbox and the tests call these same functions.
class AccountRules
{
    Q_DECLARE_TR_FUNCTIONS(AccountRules)

public:
    explicit AccountRules(Engine engine);
    explicit AccountRules(const EngineRules& rules);

    const EngineRules& rules() const { return m_rules; }

    // RDS: reserved keywords from DescribeInstanceKeywords (Key=account), merged with the built-in list.
    void setExtraReservedWords(const QStringList& words);
    bool isReservedWord(const QString& name) const;

    FieldCheck checkName(const QString& name) const;
    FieldCheck checkPassword(const QString& password) const;
    FieldCheck checkConfirmation(const QString& password, const QString& confirmation) const;
    // Empty is valid unless required (ModifyAccountDescription requires one).
    FieldCheck checkDescription(const QString& description, bool required = false) const;
    FieldCheck checkAccountType(const QString& type) const;
    FieldCheck checkPrivilege(const QString& privilege) const;

    // The rule in one or two short lines, shown next to the field before the user types anything.
    QString nameRuleText() const;
    QString passwordRuleText() const;
    // required: the Edit Description form, where the API needs a description (so not "Optional").
    QString descriptionRuleText(bool required = false) const;

    // "lowercase, digits": the character kinds a password contains, for messages.
    QStringList characterKinds(const QString& password) const;

private:
    EngineRules m_rules;
    QSet<QString> m_extraReservedWords;
};
