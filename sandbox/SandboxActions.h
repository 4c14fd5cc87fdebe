#pragma once

#include "AccountRules.h"
#include "ActionReply.h"
#include "EngineBackends.h"
#include "SandboxProduct.h"
#include "SandboxRequest.h"
#include "SandboxState.h"

#include <QCoreApplication>
#include <QDateTime>

// The account actions of one product (product-rules.md), with the request parameter names and response JSON
// paths of alibaba-openapi.md. The operations both products share live here, written once and parametrised by
// the product's description; each product adds its own actions (RdsAccountActions, RdsDescribe,
// RedisAccountActions, RedisDescribe). Every write checks in the seed's order: parameters, then the instance's
// state, then the quota, then the account's state (PolicyRefusal). Rules come from models/.
class SandboxActions
{
    Q_DECLARE_TR_FUNCTIONS(SandboxActions)

public:
    SandboxActions(SandboxState& state, const SandboxProduct& product, int creatingDelayMs);

    bool handles(const QString& action) const { return m_product.actions.contains(action); }
    ActionReply handle(const QString& action, const SandboxRequest& request, const QDateTime& now);
    // --engines: account actions on a mapped instance take effect in its engine first.
    void setEngines(const EngineBackends* engines) { m_engines = engines; }

    // The shared operations: entries of the products' action tables.
    ActionReply describeInstanceAttribute(const SandboxRequest& request, const QDateTime& now);
    ActionReply describeAccounts(const SandboxRequest& request, const QDateTime& now);
    ActionReply createAccount(const SandboxRequest& request, const QDateTime& now);
    ActionReply deleteAccount(const SandboxRequest& request, const QDateTime& now);
    ActionReply modifyAccountDescription(const SandboxRequest& request, const QDateTime& now);
    ActionReply resetAccountPassword(const SandboxRequest& request, const QDateTime& now);

    // What the products' own actions build on.
    const SandboxProduct& product() const { return m_product; }
    SandboxState& state() { return m_state; }
    EngineBackend* engineFor(const SandboxInstance& instance) const
    {
        return m_engines ? m_engines->forInstance(instance.instance.id) : nullptr;
    }
    // The instance a request names, with the required parameters present; else nullptr and why.
    SandboxInstance* instanceFor(const SandboxRequest& request, const QStringList& required, ActionReply* error);
    // The account a request names (AccountName) on the instance it names; account is nullptr when error says why.
    struct Target
    {
        SandboxInstance* instance = nullptr;
        SandboxAccount* account = nullptr;
        ActionReply error;
    };
    Target accountTarget(const SandboxRequest& request, const QStringList& required = {});
    AccountRules rulesFor(const Instance& instance) const;
    // The product's instances a Describe call selects: RegionId (when given), the listed IDs (when given), the
    // status in the product's wire words, SearchKey in the ID or description, and the product's own filter `also`.
    QList<const SandboxInstance*> instancesMatching(
        const SandboxRequest& request, const std::function<bool(const Instance&)>& also) const;
    // The RDS seed: "Specified account password is not valid" (400), with the rule the password breaks.
    static ActionReply passwordRefusal(const FieldCheck& check);
    // Stages 2 and 4 for a change to an existing account: the instance's state, then the policy's answer about
    // the account (Redis default accounts: OperationDenied, otherwise IncorrectAccountStatus).
    static ActionReply changeRefusal(
        const SandboxInstance& instance, const Account& account, const FieldCheck& accountCheck);
    // The engine first, then the record, so a refusal leaves both as they were.
    ActionReply applyPrivileges(SandboxInstance& instance, SandboxAccount& account, const Account& changed);
    ActionReply setPassword(SandboxInstance& instance, SandboxAccount& account, const QString& password);

private:
    ActionReply quotaRefusal(const SandboxInstance& instance, const QString& type) const;
    SandboxAccount newAccount(
        const SandboxInstance& instance, const SandboxRequest& request, const QDateTime& now) const;

    SandboxState& m_state;
    const SandboxProduct& m_product;
    const EngineBackends* m_engines = nullptr;
    int m_creatingDelayMs;
};
