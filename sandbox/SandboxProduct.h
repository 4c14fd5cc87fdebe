#pragma once

#include "ActionReply.h"
#include "Product.h"
#include "SandboxInstance.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>

class SandboxActions;
class EngineBackend;
class SandboxRequest;

// One action of a product: a shared operation of SandboxActions or a product's own function.
using ActionHandler = std::function<ActionReply(SandboxActions&, const SandboxRequest&, const QDateTime&)>;

// What differs between the products for the shared account operations: the wire names, the paging, the quirks,
// and which actions exist. Adding an action is an entry in `actions`; adding a product is one more description.
struct SandboxProduct
{
    Product product = Product::Rds;
    // The models' instance status -> the product's wire word, where they differ (Redis: "Running" is "Normal").
    QHash<QString, QString> wireStatusNames;
    QString wireStatus(const QString& status) const { return wireStatusNames.value(status, status); }
    // DescribeInstances / DescribeDBInstances: the parameters that list instance IDs and name a status.
    QString instanceListParameter;
    QString instanceStatusParameter;
    QString instanceNotFoundCode; // InvalidDBInstanceId.NotFound / InvalidInstanceId.NotFound
    const char* instanceNotFoundText = nullptr; // QT_TRANSLATE_NOOP("SandboxActions", ...); %1: the ID

    // DescribeInstanceAttribute: the row at <attributeRoot>.DBInstanceAttribute[0]; with --engines, the row names
    // the engine's address (engine is nullptr otherwise).
    QString attributeRoot;
    QJsonObject (*instanceAttribute)(const SandboxInstance& instance, const EngineBackend* engine) = nullptr;

    // DescribeAccounts: the rows at Accounts.<accountArray>[], PageSize from accountMinPageSize to 100, the total
    // under totalCountKey; Redis also echoes PageSize and filters on SearchAccountName.
    QString accountArray;
    int accountMinPageSize = 1;
    QString totalCountKey;
    bool echoesPageSize = false;
    bool searchesAccountNames = false;
    QJsonObject (*accountItem)(const SandboxInstance& instance, const SandboxAccount& account) = nullptr;

    // CreateAccount: RDS also refuses the DescribeInstanceKeywords words; Redis takes AccountPrivilege (the
    // engine's default when absent) and answers with the account it made.
    bool reservesInstanceKeywords = false;
    bool createsWithPrivilege = false;
    bool echoesCreatedAccount = false;

    // Redis: the engine's users are read back before any action, so a change behind the sandbox's back shows.
    bool refreshesEngineFirst = false;

    QHash<QString, ActionHandler> actions;
};
