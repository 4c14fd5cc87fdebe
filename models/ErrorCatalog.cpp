#include "ErrorCatalog.h"

#include <QCoreApplication>

#include <array>

namespace {

enum class Match { Code, CodePrefix, MessageContains };

struct Entry
{
    Match match;
    const char* pattern;
    const char* text; // QT_TRANSLATE_NOOP: translated when looked up
    const char* action;
};

#define CATALOG(s) QT_TRANSLATE_NOOP("ServiceError", s)

// Order matters: the first matching row wins, so specific codes come before prefixes and message fragments.
// Rows marked "seed" come from the RDS seed's error table.
constexpr std::array kEntries = {
    Entry { Match::Code,
        "SignatureDoesNotMatch",
        CATALOG("Alibaba Cloud rejected the request signature: the AccessKey secret does not match the AccessKey ID."),
        CATALOG("Check the AccessKey secret in the profile; copy it again from the RAM console.") },
    Entry { Match::Code,
        "IncompleteSignature",
        CATALOG("Alibaba Cloud rejected the request signature."),
        CATALOG("Check the AccessKey pair in the profile and retry.") },
    Entry { Match::Code,
        "InvalidAccessKeyId.NotFound",
        CATALOG("Alibaba Cloud does not know this AccessKey ID."),
        CATALOG("Check the AccessKey ID in the profile, or create a new AccessKey pair in the RAM console.") },
    Entry { Match::Code,
        "InvalidAccessKeyId.Inactive",
        CATALOG("This AccessKey is disabled."),
        CATALOG("Enable the AccessKey in the RAM console, or use another one.") },
    Entry { Match::Code,
        "InvalidTimeStamp.Expired",
        CATALOG("The request's time stamp is too far from Alibaba Cloud's clock."),
        CATALOG("Set this computer's clock to the correct time (turn on automatic time), then retry.") },
    Entry { Match::Code,
        "SignatureNonceUsed",
        CATALOG("The request's one-time number (nonce) was already used."),
        CATALOG("Retry; every new attempt gets a fresh nonce.") },
    Entry { Match::CodePrefix,
        "InvalidSecurityToken",
        CATALOG("The STS security token is invalid or has expired."),
        CATALOG("Get a new STS token and update the profile.") },
    Entry { Match::CodePrefix,
        "Forbidden",
        CATALOG("Your RAM user is not allowed to perform this action."),
        CATALOG("Ask the cloud account administrator to grant your RAM user the permission for this action.") },
    Entry { Match::CodePrefix,
        "NoPermission",
        CATALOG("Your RAM user is not allowed to perform this action."),
        CATALOG("Ask the cloud account administrator to grant your RAM user the permission for this action.") },
    Entry { Match::CodePrefix,
        "Throttling",
        CATALOG("Too many requests were sent in a short time."),
        CATALOG("Wait a few seconds; the console retries automatically with growing pauses.") },
    Entry { Match::Code,
        "InvalidAccountName.Duplicate",
        CATALOG("The account name is already taken on this instance."),
        CATALOG("Choose a different account name.") }, // seed
    Entry { Match::MessageContains,
        "account name already exists",
        CATALOG("The account name is already taken on this instance."),
        CATALOG("Choose a different account name.") }, // seed
    Entry { Match::Code,
        "InvalidAccountName.NotFound",
        CATALOG("The account does not exist on this instance; it may have been deleted."),
        CATALOG("Refresh the account list.") },
    Entry { Match::CodePrefix,
        "InvalidAccountName",
        CATALOG("The account name breaks the naming rules or is a reserved word."),
        CATALOG("Choose a name that follows the rule shown next to the Name field.") },
    Entry { Match::CodePrefix,
        "InvalidAccountPassword",
        CATALOG("The password breaks the complexity rules."),
        CATALOG("Use 8 to 32 characters with at least three of: uppercase, lowercase, digits and the special "
                "characters ! @ # $ % ^ & * ( ) _ + - =") }, // seed
    Entry { Match::MessageContains,
        "password is not valid",
        CATALOG("The password breaks the complexity rules."),
        CATALOG("Use 8 to 32 characters with at least three of: uppercase, lowercase, digits and the special "
                "characters ! @ # $ % ^ & * ( ) _ + - =") }, // seed
    Entry { Match::MessageContains,
        "not satisfy instance policy",
        CATALOG("The input does not satisfy the instance's account policy."),
        CATALOG("Review the instance's account policy (name, password and privilege rules) and try again.") }, // seed
    Entry { Match::Code,
        "AccountQuotaExceeded",
        CATALOG("The instance already has the most accounts it allows."),
        CATALOG("Delete unused accounts, or ask for a higher quota.") }, // seed
    Entry { Match::Code,
        "SomeObjectsDependOnAccount",
        CATALOG("The account still holds database or table privileges, so it cannot be deleted."),
        CATALOG("Revoke the account's database and table privileges first, then delete it.") }, // seed
    Entry { Match::Code,
        "InvalidDBInstanceStatus",
        CATALOG("The instance is not Running."),
        CATALOG("Wait until the instance is Running, then retry.") }, // seed
    Entry { Match::CodePrefix,
        "IncorrectDBInstanceState",
        CATALOG("The instance's current state does not allow this operation."),
        CATALOG("Wait until the instance is Running, then retry.") }, // seed
    Entry { Match::CodePrefix,
        "IncorrectInstanceStatus",
        CATALOG("The instance's current state does not allow this operation."),
        CATALOG("Wait until the instance is Running, then retry.") },
    Entry { Match::MessageContains,
        "state does not support",
        CATALOG("The instance's current state does not allow this operation."),
        CATALOG("Wait until the instance is Running, then retry.") }, // seed
    Entry { Match::MessageContains,
        "is creating",
        CATALOG("The instance is being created, maintained or switched over."),
        CATALOG("Wait a few minutes, then retry.") }, // seed
    Entry { Match::MessageContains,
        "maintaining",
        CATALOG("The instance is being created, maintained or switched over."),
        CATALOG("Wait a few minutes, then retry.") }, // seed
    Entry { Match::MessageContains,
        "switching",
        CATALOG("The instance is being created, maintained or switched over."),
        CATALOG("Wait a few minutes, then retry.") }, // seed
    Entry { Match::Code,
        "InvalidDBInstanceId.NotFound",
        CATALOG("The instance does not exist in this region."),
        CATALOG("Check the instance ID and the selected region, then refresh the instance list.") }, // seed
    Entry { Match::Code,
        "InvalidInstanceId.NotFound",
        CATALOG("The instance does not exist in this region."),
        CATALOG("Check the instance ID and the selected region, then refresh the instance list.") },
    Entry { Match::MessageContains,
        "instance does not exist",
        CATALOG("The instance does not exist in this region."),
        CATALOG("Check the instance ID and the selected region, then refresh the instance list.") }, // seed
    Entry { Match::Code,
        "InvalidAction.NotFound",
        CATALOG("The server does not know this action; the endpoint may belong to another product."),
        CATALOG("Check the endpoint in the profile. If it is right, report this with the RequestId.") },
    Entry { Match::CodePrefix,
        "MissingParameter",
        CATALOG("The request lacks a required value."),
        CATALOG("This is a fault in the console; report it with the RequestId.") },
    Entry { Match::CodePrefix,
        "Missing",
        CATALOG("The request lacks a required value."),
        CATALOG("This is a fault in the console; report it with the RequestId.") },
    Entry { Match::CodePrefix,
        "InvalidParameter",
        CATALOG("The server rejected a value in the request."),
        CATALOG("Check the values you entered. If they look right, report this with the RequestId.") },
};

#undef CATALOG

QString translated(const char* text)
{
    return QCoreApplication::translate("ServiceError", text);
}

bool matches(const Entry& entry, const ServiceError& error)
{
    const QLatin1String pattern(entry.pattern);
    switch (entry.match) {
    case Match::Code:
        return error.code.compare(pattern, Qt::CaseInsensitive) == 0;
    case Match::CodePrefix:
        return error.code.startsWith(pattern, Qt::CaseInsensitive);
    case Match::MessageContains:
        return error.message.contains(pattern, Qt::CaseInsensitive);
    }
    return false;
}

} // namespace

namespace ErrorCatalog {

Advice adviceFor(const ServiceError& error)
{
    // Codes win over message fragments: look at all code rows first.
    for (const Entry& entry : kEntries) {
        if (entry.match != Match::MessageContains && matches(entry, error))
            return { translated(entry.text), translated(entry.action) };
    }
    for (const Entry& entry : kEntries) {
        if (entry.match == Match::MessageContains && matches(entry, error))
            return { translated(entry.text), translated(entry.action) };
    }
    return categoryAdvice(error.category);
}

Advice categoryAdvice(ServiceError::Category category)
{
    using C = ServiceError::Category;
    switch (category) {
    case C::Network:
        return { translated(QT_TRANSLATE_NOOP("ServiceError", "The server could not be reached.")),
            translated(
                QT_TRANSLATE_NOOP("ServiceError", "Check the network connection and the endpoint, then retry.")) };
    case C::Timeout:
        return { translated(QT_TRANSLATE_NOOP("ServiceError", "The server did not answer in time.")),
            translated(QT_TRANSLATE_NOOP(
                "ServiceError", "Refresh to see whether the change happened, then retry if needed.")) };
    case C::Tls:
        return { translated(QT_TRANSLATE_NOOP("ServiceError",
                     "The secure connection failed: the server's certificate is not "
                     "trusted.")),
            translated(QT_TRANSLATE_NOOP("ServiceError",
                "Check this computer's clock and whether a proxy intercepts HTTPS. The "
                "console never sends credentials over an untrusted connection.")) };
    case C::Authentication:
        return { translated(QT_TRANSLATE_NOOP("ServiceError", "Alibaba Cloud did not accept the credentials.")),
            translated(QT_TRANSLATE_NOOP("ServiceError", "Check the AccessKey pair or token in the profile.")) };
    case C::Throttled:
        return { translated(QT_TRANSLATE_NOOP("ServiceError", "Too many requests were sent in a short time.")),
            translated(QT_TRANSLATE_NOOP("ServiceError",
                "Wait a few seconds; the console retries automatically with growing "
                "pauses.")) };
    case C::InvalidInput:
        return { translated(QT_TRANSLATE_NOOP("ServiceError", "The server rejected a value in the request.")),
            translated(QT_TRANSLATE_NOOP("ServiceError", "Check the values you entered and try again.")) };
    case C::NotFound:
        return { translated(QT_TRANSLATE_NOOP("ServiceError", "The instance or account no longer exists.")),
            translated(QT_TRANSLATE_NOOP("ServiceError", "Refresh the list.")) };
    case C::Conflict:
        return { translated(QT_TRANSLATE_NOOP(
                     "ServiceError", "The instance or account is in a state that does not allow this now.")),
            translated(QT_TRANSLATE_NOOP("ServiceError", "Refresh, wait until the instance is Running, then retry.")) };
    case C::Server:
        return { translated(QT_TRANSLATE_NOOP("ServiceError", "Alibaba Cloud had an internal error.")),
            translated(QT_TRANSLATE_NOOP("ServiceError",
                "Retry in a few seconds. If it persists, contact support with the "
                "RequestId.")) };
    case C::Parse:
        return { translated(QT_TRANSLATE_NOOP("ServiceError", "The server's answer could not be read.")),
            translated(QT_TRANSLATE_NOOP("ServiceError", "Retry. If it persists, report it with the RequestId.")) };
    case C::Cancelled:
        return { translated(QT_TRANSLATE_NOOP("ServiceError", "The operation was cancelled.")), QString() };
    }
    return {};
}

bool isRejectedBeforeProcessing(const QString& code)
{
    return code.startsWith(QLatin1String("Throttling"), Qt::CaseInsensitive)
        || code.compare(QLatin1String("SignatureNonceUsed"), Qt::CaseInsensitive) == 0
        || code.compare(QLatin1String("InvalidTimeStamp.Expired"), Qt::CaseInsensitive) == 0;
}

} // namespace ErrorCatalog
