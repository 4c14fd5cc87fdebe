#pragma once

#include "Product.h"
#include "SignedParameter.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct ApiRequest;

// A read that tells whether a write whose outcome is unknown (timeout, dropped connection) took effect, so the
// client never sends a write twice: e.g. DescribeAccounts AccountName=x after CreateAccount.
struct VerifyRead
{
    std::shared_ptr<const ApiRequest> read;
    std::function<bool(const QJsonObject& body)> applied; // true when the read's answer shows the write happened
    // Also read once before the first send (a create): a later "applied" is only ours if it was not so before.
    bool checkBefore = false;
};

// One OpenAPI call: which product and action, the business parameters (wire names), and what the log shows.
struct ApiRequest
{
    Product product = Product::Rds;
    QString action;
    ParameterList parameters;
    bool isWrite = false;
    QString target; // "rm-abc/app_user": the instance (and account) the call is about, for the request log
    QString regionId; // picks the endpoint; empty = the client's region
    std::optional<VerifyRead> verify;

    QString parameter(const QString& key) const;
};
