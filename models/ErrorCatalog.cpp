#include "ErrorCatalog.h"

#include "ApiActionTable.h"
#include "RoleMode.h"

#include <QCoreApplication>

#include <array>

namespace {

enum class Match { Code, CodePrefix, MessageContains };

using ErrorCatalog::Kind;

struct Entry
{
    Match match;
    Kind kind;
    const char* pattern;
    const char* text; // QT_TRANSLATE_NOOP: translated when looked up
    const char* action;
};

// Order matters: the first matching row wins, so specific codes come before prefixes and message fragments.
// Rows marked "seed" come from the RDS seed's error table. QT_TRANSLATE_NOOP is spelled out: lupdate expands no macro.
constexpr std::array kEntries = {
    Entry { Match::Code,
        Kind::Credential,
        "SignatureDoesNotMatch",
        QT_TRANSLATE_NOOP("ServiceError",
            "Alibaba Cloud rejected the request signature: the AccessKey secret does not match the AccessKey ID."),
        QT_TRANSLATE_NOOP(
            "ServiceError", "Check the AccessKey secret in the profile; copy it again from the RAM console.") },
    Entry { Match::Code,
        Kind::Credential,
        "IncompleteSignature",
        QT_TRANSLATE_NOOP("ServiceError", "Alibaba Cloud rejected the request signature."),
        QT_TRANSLATE_NOOP("ServiceError", "Check the AccessKey pair in the profile and retry.") },
    Entry { Match::Code,
        Kind::Credential,
        "InvalidAccessKeyId.NotFound",
        QT_TRANSLATE_NOOP("ServiceError", "Alibaba Cloud does not know this AccessKey ID."),
        QT_TRANSLATE_NOOP("ServiceError",
            "Check the AccessKey ID in the profile, or create a new AccessKey pair in the RAM console.") },
    Entry { Match::Code,
        Kind::Credential,
        "InvalidAccessKeyId.Inactive",
        QT_TRANSLATE_NOOP("ServiceError", "This AccessKey is disabled."),
        QT_TRANSLATE_NOOP("ServiceError", "Enable the AccessKey in the RAM console, or use another one.") },
    Entry { Match::Code,
        Kind::Clock,
        "InvalidTimeStamp.Expired",
        QT_TRANSLATE_NOOP("ServiceError", "The request's time stamp is too far from Alibaba Cloud's clock."),
        QT_TRANSLATE_NOOP(
            "ServiceError", "Set this computer's clock to the correct time (turn on automatic time), then retry.") },
    Entry { Match::Code,
        Kind::Transient,
        "SignatureNonceUsed",
        QT_TRANSLATE_NOOP("ServiceError", "The request's one-time number (nonce) was already used."),
        QT_TRANSLATE_NOOP("ServiceError", "Retry; every new attempt gets a fresh nonce.") },
    Entry { Match::CodePrefix,
        Kind::Credential,
        "InvalidSecurityToken",
        QT_TRANSLATE_NOOP("ServiceError", "The STS security token is invalid or has expired."),
        QT_TRANSLATE_NOOP("ServiceError", "Get a new STS token and update the profile.") },
    Entry { Match::CodePrefix,
        Kind::Credential,
        "Forbidden",
        QT_TRANSLATE_NOOP("ServiceError", "Your RAM user is not allowed to perform this action."),
        QT_TRANSLATE_NOOP("ServiceError",
            "Ask the cloud account administrator to grant your RAM user the permission for this action.") },
    Entry { Match::CodePrefix,
        Kind::Credential,
        "NoPermission",
        QT_TRANSLATE_NOOP("ServiceError", "Your RAM user is not allowed to perform this action."),
        QT_TRANSLATE_NOOP("ServiceError",
            "Ask the cloud account administrator to grant your RAM user the permission for this action.") },
    Entry { Match::CodePrefix,
        Kind::Credential,
        "InvalidAccessKeyId",
        QT_TRANSLATE_NOOP("ServiceError", "Alibaba Cloud does not accept this AccessKey ID."),
        QT_TRANSLATE_NOOP("ServiceError",
            "Check the AccessKey ID in the profile, or create a new AccessKey pair in the RAM console.") },
    Entry { Match::CodePrefix,
        Kind::Credential,
        "InvalidBearerToken",
        QT_TRANSLATE_NOOP("ServiceError", "Alibaba Cloud does not accept this bearer token."),
        QT_TRANSLATE_NOOP("ServiceError", "Check the token in the profile, or create a new one.") },
    Entry { Match::Code,
        Kind::Credential,
        "MissingCredentials",
        QT_TRANSLATE_NOOP("ServiceError", "No complete credentials are set."),
        QT_TRANSLATE_NOOP("ServiceError", "Complete the AccessKey pair or token in the profile.") },
    Entry { Match::Code,
        Kind::Other,
        "AccountExistedBefore",
        QT_TRANSLATE_NOOP("ServiceError", "The account exists, but it may have existed before this call."),
        QT_TRANSLATE_NOOP(
            "ServiceError", "Its password may not be the one you typed: reset the password to be sure.") },
    Entry { Match::Code,
        Kind::State,
        "IncorrectAccountStatus",
        QT_TRANSLATE_NOOP(
            "ServiceError", "The account's status does not allow this now: it may still be Creating, or be Locked."),
        QT_TRANSLATE_NOOP("ServiceError",
            "Wait until the account shows Available (the list updates by itself), or unlock it first, then "
            "try again.") },
    Entry { Match::Code,
        Kind::State,
        "AccountNotAvailable",
        QT_TRANSLATE_NOOP("ServiceError", "The new account did not become Available in time."),
        QT_TRANSLATE_NOOP(
            "ServiceError", "When the list shows it Available, press Retry: only the remaining steps are sent.") },
    Entry { Match::Code,
        Kind::State,
        "UnsupportedEngine",
        QT_TRANSLATE_NOOP("ServiceError", "This instance's database engine does not support this operation."),
        QT_TRANSLATE_NOOP("ServiceError",
            "Nothing on this instance can change that; do it on an instance whose engine supports it.") },
    Entry { Match::CodePrefix,
        Kind::State,
        "InvalidEngineVersion",
        QT_TRANSLATE_NOOP(
            "ServiceError", "This instance's engine version does not support managing accounts through the API."),
        QT_TRANSLATE_NOOP("ServiceError",
            "Upgrade the instance to a version with account management (Redis 4.0 or later) in the Alibaba "
            "Cloud console, then try again.") },
    Entry { Match::Code,
        Kind::State,
        "OperationDenied.DBInstanceStatus",
        QT_TRANSLATE_NOOP("ServiceError", "The instance is being created, maintained, switched over or restarted."),
        QT_TRANSLATE_NOOP("ServiceError",
            "Wait a few minutes, then retry.") }, // seed: HTTP 400, "wait and retry after a few minutes"
    Entry { Match::Code,
        Kind::Input,
        "OperationDenied.InstancePolicy",
        QT_TRANSLATE_NOOP("ServiceError", "The input does not satisfy the instance's account policy."),
        QT_TRANSLATE_NOOP("ServiceError",
            "Review the instance's account policy (name, password and privilege rules) and try again.") }, // seed
    Entry { Match::CodePrefix,
        Kind::State,
        "OperationDenied",
        QT_TRANSLATE_NOOP(
            "ServiceError", "The instance or account does not allow this operation in its current type or state."),
        QT_TRANSLATE_NOOP("ServiceError",
            "Read the reason below; choose another account or instance, or change the state it names first.") },
    Entry { Match::Code,
        Kind::NotFound,
        "InvalidDBName.NotFound",
        QT_TRANSLATE_NOOP("ServiceError", "The database does not exist on this instance; it may have been deleted."),
        QT_TRANSLATE_NOOP("ServiceError", "Refresh the instance to reload its databases.") },
    Entry { Match::Code,
        Kind::Endpoint,
        "InvalidEndpoint",
        QT_TRANSLATE_NOOP("ServiceError", "The endpoint is not usable."),
        QT_TRANSLATE_NOOP("ServiceError", "Check the endpoint override in the profile or on the command line.") },
    Entry { Match::Code,
        Kind::Endpoint,
        "InvalidApi.NotFound",
        QT_TRANSLATE_NOOP(
            "ServiceError", "The server does not know this API; the endpoint may belong to another product."),
        QT_TRANSLATE_NOOP(
            "ServiceError", "Check the endpoint in the profile. If it is right, report this with the RequestId.") },
    Entry { Match::Code,
        Kind::Endpoint,
        "InvalidVersion",
        QT_TRANSLATE_NOOP("ServiceError",
            "The server does not support this API version; the endpoint may belong to another product."),
        QT_TRANSLATE_NOOP(
            "ServiceError", "Check the endpoint in the profile. If it is right, report this with the RequestId.") },
    Entry { Match::Code,
        Kind::Console,
        "InvalidTimeStamp.Format",
        QT_TRANSLATE_NOOP("ServiceError", "The request's time stamp was malformed."),
        QT_TRANSLATE_NOOP("ServiceError", "This is a fault in the console; report it with the RequestId.") },
    Entry { Match::CodePrefix,
        Kind::Throttled,
        "Throttling",
        QT_TRANSLATE_NOOP("ServiceError", "Too many requests were sent in a short time."),
        QT_TRANSLATE_NOOP(
            "ServiceError", "Wait a few seconds; the console retries automatically with growing pauses.") },
    Entry { Match::Code,
        Kind::Input,
        "InvalidAccountName.Duplicate",
        QT_TRANSLATE_NOOP("ServiceError", "The account name is already taken on this instance."),
        QT_TRANSLATE_NOOP("ServiceError", "Choose a different account name.") }, // seed
    Entry { Match::MessageContains,
        Kind::Input,
        "account name already exists",
        QT_TRANSLATE_NOOP("ServiceError", "The account name is already taken on this instance."),
        QT_TRANSLATE_NOOP("ServiceError", "Choose a different account name.") }, // seed
    Entry { Match::Code,
        Kind::NotFound,
        "InvalidAccountName.NotFound",
        QT_TRANSLATE_NOOP("ServiceError", "The account does not exist on this instance; it may have been deleted."),
        QT_TRANSLATE_NOOP("ServiceError", "Refresh the account list.") },
    Entry { Match::CodePrefix,
        Kind::Input,
        "InvalidAccountName",
        QT_TRANSLATE_NOOP("ServiceError", "The account name breaks the naming rules or is a reserved word."),
        QT_TRANSLATE_NOOP("ServiceError", "Choose a name that follows the rule shown next to the Name field.") },
    Entry { Match::CodePrefix,
        Kind::Input,
        "InvalidAccountPassword",
        QT_TRANSLATE_NOOP("ServiceError", "The password breaks the complexity rules."),
        QT_TRANSLATE_NOOP("ServiceError",
            "Use 8 to 32 characters with at least three of: uppercase, lowercase, digits and the special "
            "characters ! @ # $ % ^ & * ( ) _ + - =") }, // seed
    Entry { Match::MessageContains,
        Kind::Input,
        "password is not valid",
        QT_TRANSLATE_NOOP("ServiceError", "The password breaks the complexity rules."),
        QT_TRANSLATE_NOOP("ServiceError",
            "Use 8 to 32 characters with at least three of: uppercase, lowercase, digits and the special "
            "characters ! @ # $ % ^ & * ( ) _ + - =") }, // seed
    Entry { Match::MessageContains,
        Kind::Input,
        "not satisfy instance policy",
        QT_TRANSLATE_NOOP("ServiceError", "The input does not satisfy the instance's account policy."),
        QT_TRANSLATE_NOOP("ServiceError",
            "Review the instance's account policy (name, password and privilege rules) and try again.") }, // seed
    Entry { Match::Code,
        Kind::Quota,
        "AccountQuotaExceeded",
        QT_TRANSLATE_NOOP("ServiceError", "The instance already has the most accounts it allows."),
        QT_TRANSLATE_NOOP("ServiceError", "Delete unused accounts, or ask for a higher quota.") }, // seed
    Entry { Match::MessageContains,
        Kind::Quota,
        "allowed amount of account",
        QT_TRANSLATE_NOOP("ServiceError", "The instance already has the most accounts it allows."),
        QT_TRANSLATE_NOOP("ServiceError", "Delete unused accounts, or ask for a higher quota.") }, // seed
    Entry { Match::Code,
        Kind::State,
        "SomeObjectsDependOnAccount",
        QT_TRANSLATE_NOOP(
            "ServiceError", "The account still holds database or table privileges, so it cannot be deleted."),
        QT_TRANSLATE_NOOP(
            "ServiceError", "Revoke the account's database and table privileges first, then delete it.") }, // seed
    Entry { Match::Code,
        Kind::State,
        "InvalidDBInstanceStatus",
        QT_TRANSLATE_NOOP("ServiceError", "The instance is not Running."),
        QT_TRANSLATE_NOOP("ServiceError", "Wait until the instance is Running, then retry.") }, // seed
    Entry { Match::CodePrefix,
        Kind::State,
        "IncorrectDBInstanceState",
        QT_TRANSLATE_NOOP("ServiceError", "The instance's current state does not allow this operation."),
        QT_TRANSLATE_NOOP("ServiceError", "Wait until the instance is Running, then retry.") }, // seed
    Entry { Match::CodePrefix,
        Kind::State,
        "IncorrectInstanceStatus",
        QT_TRANSLATE_NOOP("ServiceError", "The instance's current state does not allow this operation."),
        QT_TRANSLATE_NOOP("ServiceError", "Wait until the instance is Running, then retry.") },
    Entry { Match::MessageContains,
        Kind::State,
        "state does not support",
        QT_TRANSLATE_NOOP("ServiceError", "The instance's current state does not allow this operation."),
        QT_TRANSLATE_NOOP("ServiceError", "Wait until the instance is Running, then retry.") }, // seed
    Entry { Match::MessageContains,
        Kind::State,
        "is creating",
        QT_TRANSLATE_NOOP("ServiceError", "The instance is being created, maintained or switched over."),
        QT_TRANSLATE_NOOP("ServiceError", "Wait a few minutes, then retry.") }, // seed
    Entry { Match::MessageContains,
        Kind::State,
        "maintaining",
        QT_TRANSLATE_NOOP("ServiceError", "The instance is being created, maintained or switched over."),
        QT_TRANSLATE_NOOP("ServiceError", "Wait a few minutes, then retry.") }, // seed
    Entry { Match::MessageContains,
        Kind::State,
        "switching",
        QT_TRANSLATE_NOOP("ServiceError", "The instance is being created, maintained or switched over."),
        QT_TRANSLATE_NOOP("ServiceError", "Wait a few minutes, then retry.") }, // seed
    Entry { Match::MessageContains,
        Kind::State,
        "not in the Running state",
        QT_TRANSLATE_NOOP("ServiceError", "The instance is not Running."),
        QT_TRANSLATE_NOOP("ServiceError", "Wait until the instance is Running, then retry.") }, // seed
    Entry { Match::MessageContains,
        Kind::State,
        "permissions on specific objects",
        QT_TRANSLATE_NOOP(
            "ServiceError", "The account still holds database or table privileges, so it cannot be deleted."),
        QT_TRANSLATE_NOOP(
            "ServiceError", "Revoke the account's database and table privileges first, then delete it.") }, // seed
    Entry { Match::Code,
        Kind::NotFound,
        "InvalidDBInstanceId.NotFound",
        QT_TRANSLATE_NOOP("ServiceError", "The instance does not exist in this region."),
        QT_TRANSLATE_NOOP(
            "ServiceError", "Check the instance ID and the selected region, then refresh the instance list.") }, // seed
    Entry { Match::Code,
        Kind::NotFound,
        "InvalidInstanceId.NotFound",
        QT_TRANSLATE_NOOP("ServiceError", "The instance does not exist in this region."),
        QT_TRANSLATE_NOOP(
            "ServiceError", "Check the instance ID and the selected region, then refresh the instance list.") },
    Entry { Match::MessageContains,
        Kind::NotFound,
        "instance does not exist",
        QT_TRANSLATE_NOOP("ServiceError", "The instance does not exist in this region."),
        QT_TRANSLATE_NOOP(
            "ServiceError", "Check the instance ID and the selected region, then refresh the instance list.") }, // seed
    Entry { Match::Code,
        Kind::Endpoint,
        "InvalidAction.NotFound",
        QT_TRANSLATE_NOOP(
            "ServiceError", "The server does not know this action; the endpoint may belong to another product."),
        QT_TRANSLATE_NOOP(
            "ServiceError", "Check the endpoint in the profile. If it is right, report this with the RequestId.") },
    Entry { Match::CodePrefix,
        Kind::Console,
        "MissingParameter",
        QT_TRANSLATE_NOOP("ServiceError", "The request lacks a required value."),
        QT_TRANSLATE_NOOP("ServiceError", "This is a fault in the console; report it with the RequestId.") },
    Entry { Match::CodePrefix,
        Kind::Console,
        "Missing",
        QT_TRANSLATE_NOOP("ServiceError", "The request lacks a required value."),
        QT_TRANSLATE_NOOP("ServiceError", "This is a fault in the console; report it with the RequestId.") },
    Entry { Match::CodePrefix,
        Kind::Input,
        "InvalidExpiredTime",
        QT_TRANSLATE_NOOP("ServiceError", "The expiry time is malformed or already past."),
        QT_TRANSLATE_NOOP("ServiceError", "Choose a time in the future; it is sent in UTC as yyyy-MM-ddTHH:mm:ssZ.") },
    Entry { Match::Code,
        Kind::Console,
        "RequestEntityTooLarge",
        QT_TRANSLATE_NOOP("ServiceError", "The request was larger than the server accepts."),
        QT_TRANSLATE_NOOP("ServiceError", "This is a fault in the console; report it with the RequestId.") },
    Entry { Match::CodePrefix,
        Kind::Input,
        "InvalidParameter",
        QT_TRANSLATE_NOOP("ServiceError", "The server rejected a value in the request."),
        QT_TRANSLATE_NOOP(
            "ServiceError", "Check the values you entered. If they look right, report this with the RequestId.") },
};

QString translated(const char* text)
{
    return QCoreApplication::translate("ServiceError", text);
}

bool isPermissionRefusal(const Entry& entry)
{
    const QLatin1String pattern(entry.pattern);
    return pattern == QLatin1String("Forbidden") || pattern == QLatin1String("NoPermission");
}

// Names the action the RAM user lacks and the policy line that grants it (ApiActionTable is the source).
QString permissionAdvice(const QString& action, const QString& fallback)
{
    const QStringList lines = ApiActionTable::ramActionsNamed(action);
    const std::optional<RoleMode> mode = ApiActionTable::narrowestModeFor(action);
    if (lines.isEmpty() || !mode)
        return fallback;
    QStringList quoted;
    for (const QString& line : lines)
        quoted << QLatin1Char('"') + line + QLatin1Char('"');
    return QCoreApplication::translate("ServiceError",
        "The refused action is %1. Ask the cloud account administrator to grant %2: it is a line of the %3 RAM "
        "policy (Help > RAM policy for this role).")
        .arg(action, quoted.join(QStringLiteral(" / ")), RoleModes::displayName(*mode));
}

ErrorCatalog::Advice adviceOf(const Entry& entry, const ServiceError& error)
{
    ErrorCatalog::Advice advice { translated(entry.text), translated(entry.action), entry.kind };
    // A state refusal says which state blocks the action: the server's own message names it.
    if (entry.kind == Kind::State && !error.message.isEmpty() && !advice.text.contains(error.message))
        advice.text += QLatin1Char(' ') + error.message;
    if (isPermissionRefusal(entry) && !error.action.isEmpty())
        advice.action = permissionAdvice(error.action, advice.action);
    return advice;
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
    // A write whose answer never came: say that first, whatever the code; the api's message says why.
    if (error.outcomeUnknown && error.code != QLatin1String("AccountExistedBefore"))
        return { translated(QT_TRANSLATE_NOOP(
                     "ServiceError", "No definite answer came back: the change may or may not have been applied.")),
            translated(QT_TRANSLATE_NOOP("ServiceError",
                "Refresh to see the current state before trying again; the console does not resend it blindly.")),
            Kind::Transient };
    // Codes win over message fragments: look at all code rows first.
    for (const Entry& entry : kEntries) {
        if (entry.match != Match::MessageContains && matches(entry, error))
            return adviceOf(entry, error);
    }
    for (const Entry& entry : kEntries) {
        if (entry.match == Match::MessageContains && matches(entry, error))
            return adviceOf(entry, error);
    }
    // HTTP 403 alone is no proof of a credentials problem: only the codes above say "check the AccessKey".
    if (error.category == ServiceError::Category::Authentication)
        return { translated(QT_TRANSLATE_NOOP("ServiceError", "Alibaba Cloud refused this operation.")),
            translated(QT_TRANSLATE_NOOP("ServiceError",
                "Read the Code and RequestId below; if it names a permission, ask the cloud account administrator "
                "for it.")),
            Kind::Other };
    return categoryAdvice(error.category);
}

bool isCredentialCode(const QString& code)
{
    ServiceError probe;
    probe.code = code;
    probe.category = ServiceError::Category::InvalidInput; // no category fallback to credentials
    for (const Entry& entry : kEntries) {
        if (entry.match != Match::MessageContains && matches(entry, probe))
            return entry.kind == Kind::Credential;
    }
    return false;
}

bool outcomeUnknown(const ServiceError& error)
{
    if (error.outcomeUnknown)
        return true;
    if (error.action.startsWith(QLatin1String("Describe")) || isRejectedBeforeProcessing(error.code))
        return false;
    using C = ServiceError::Category;
    return error.category == C::Server || error.category == C::Network || error.category == C::Timeout
        || error.category == C::Parse;
}

Advice categoryAdvice(ServiceError::Category category)
{
    using C = ServiceError::Category;
    Advice advice = categoryText(category);
    switch (category) {
    case C::Network:
    case C::Timeout:
    case C::Tls:
        advice.kind = Kind::Connection;
        break;
    case C::Authentication:
        advice.kind = Kind::Credential;
        break;
    case C::Throttled:
        advice.kind = Kind::Throttled;
        break;
    case C::InvalidInput:
        advice.kind = Kind::Input;
        break;
    case C::NotFound:
        advice.kind = Kind::NotFound;
        break;
    case C::Conflict:
        advice.kind = Kind::State;
        break;
    case C::Server:
    case C::Parse:
        advice.kind = Kind::Server;
        break;
    case C::Cancelled:
        advice.kind = Kind::Cancelled;
        break;
    }
    return advice;
}

Advice categoryText(ServiceError::Category category)
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
