#include "ErrorCodeTable.h"

#include <QtGlobal>

#include <array>

namespace ErrorCodeTable {

namespace {

using ErrorCatalog::Kind;

// The advice texts, each once; several rows can share one.
// clang-format off
constexpr Advice SignatureDoesNotMatch = { QT_TRANSLATE_NOOP("ServiceError", "Alibaba Cloud rejected the request signature: the AccessKey secret does not match the AccessKey ID."), QT_TRANSLATE_NOOP("ServiceError", "Check the AccessKey secret in the profile; copy it again from the RAM console.") };
constexpr Advice IncompleteSignature = { QT_TRANSLATE_NOOP("ServiceError", "Alibaba Cloud rejected the request signature."), QT_TRANSLATE_NOOP("ServiceError", "Check the AccessKey pair in the profile and retry.") };
constexpr Advice InvalidAccessKeyIdNotFound = { QT_TRANSLATE_NOOP("ServiceError", "Alibaba Cloud does not know this AccessKey ID."), QT_TRANSLATE_NOOP("ServiceError", "Check the AccessKey ID in the profile, or create a new AccessKey pair in the RAM console.") };
constexpr Advice InvalidAccessKeyIdInactive = { QT_TRANSLATE_NOOP("ServiceError", "This AccessKey is disabled."), QT_TRANSLATE_NOOP("ServiceError", "Enable the AccessKey in the RAM console, or use another one.") };
constexpr Advice InvalidTimeStampExpired = { QT_TRANSLATE_NOOP("ServiceError", "The request's time stamp is too far from Alibaba Cloud's clock."), QT_TRANSLATE_NOOP("ServiceError", "Set this computer's clock to the correct time (turn on automatic time), then retry.") };
constexpr Advice SignatureNonceUsed = { QT_TRANSLATE_NOOP("ServiceError", "The request's one-time number (nonce) was already used."), QT_TRANSLATE_NOOP("ServiceError", "Retry; every new attempt gets a fresh nonce.") };
constexpr Advice InvalidSecurityToken = { QT_TRANSLATE_NOOP("ServiceError", "The STS security token is invalid or has expired."), QT_TRANSLATE_NOOP("ServiceError", "Get a new STS token and update the profile.") };
constexpr Advice Forbidden = { QT_TRANSLATE_NOOP("ServiceError", "Your RAM user is not allowed to perform this action."), QT_TRANSLATE_NOOP("ServiceError", "Ask the cloud account administrator to grant your RAM user the permission for this action.") };
constexpr Advice InvalidAccessKeyId = { QT_TRANSLATE_NOOP("ServiceError", "Alibaba Cloud does not accept this AccessKey ID."), QT_TRANSLATE_NOOP("ServiceError", "Check the AccessKey ID in the profile, or create a new AccessKey pair in the RAM console.") };
constexpr Advice InvalidBearerToken = { QT_TRANSLATE_NOOP("ServiceError", "Alibaba Cloud does not accept this bearer token."), QT_TRANSLATE_NOOP("ServiceError", "Check the token in the profile, or create a new one.") };
constexpr Advice MissingCredentials = { QT_TRANSLATE_NOOP("ServiceError", "No complete credentials are set."), QT_TRANSLATE_NOOP("ServiceError", "Complete the AccessKey pair or token in the profile.") };
constexpr Advice AccountExistedBefore = { QT_TRANSLATE_NOOP("ServiceError", "The account exists, but it may have existed before this call."), QT_TRANSLATE_NOOP("ServiceError", "Its password may not be the one you typed: reset the password to be sure.") };
constexpr Advice IncorrectAccountStatus = { QT_TRANSLATE_NOOP("ServiceError", "The account's status does not allow this now: it may still be Creating, or be Locked."), QT_TRANSLATE_NOOP("ServiceError", "Wait until the account shows Available (the list updates by itself), or unlock it first, then try again.") };
constexpr Advice AccountNotAvailable = { QT_TRANSLATE_NOOP("ServiceError", "The new account did not become Available in time."), QT_TRANSLATE_NOOP("ServiceError", "When the list shows it Available, press Retry: only the remaining steps are sent.") };
constexpr Advice UnsupportedEngine = { QT_TRANSLATE_NOOP("ServiceError", "This instance's database engine does not support this operation."), QT_TRANSLATE_NOOP("ServiceError", "Nothing on this instance can change that; do it on an instance whose engine supports it.") };
constexpr Advice InvalidEngineVersion = { QT_TRANSLATE_NOOP("ServiceError", "This instance's engine version does not support managing accounts through the API."), QT_TRANSLATE_NOOP("ServiceError", "Upgrade the instance to a version with account management (Redis 4.0 or later) in the Alibaba Cloud console, then try again.") };
constexpr Advice OperationDeniedDBInstanceStatus = { QT_TRANSLATE_NOOP("ServiceError", "The instance is being created, maintained, switched over or restarted."), QT_TRANSLATE_NOOP("ServiceError", "Wait a few minutes, then retry.") };
constexpr Advice OperationDeniedInstancePolicy = { QT_TRANSLATE_NOOP("ServiceError", "The input does not satisfy the instance's account policy."), QT_TRANSLATE_NOOP("ServiceError", "Review the instance's account policy (name, password and privilege rules) and try again.") };
constexpr Advice OperationDenied = { QT_TRANSLATE_NOOP("ServiceError", "The instance or account does not allow this operation in its current type or state."), QT_TRANSLATE_NOOP("ServiceError", "Read the reason below; choose another account or instance, or change the state it names first.") };
constexpr Advice InvalidDBNameNotFound = { QT_TRANSLATE_NOOP("ServiceError", "The database does not exist on this instance; it may have been deleted."), QT_TRANSLATE_NOOP("ServiceError", "Refresh the instance to reload its databases.") };
constexpr Advice InvalidEndpoint = { QT_TRANSLATE_NOOP("ServiceError", "The endpoint is not usable."), QT_TRANSLATE_NOOP("ServiceError", "Check the endpoint override in the profile or on the command line.") };
constexpr Advice InvalidApiNotFound = { QT_TRANSLATE_NOOP("ServiceError", "The server does not know this API; the endpoint may belong to another product."), QT_TRANSLATE_NOOP("ServiceError", "Check the endpoint in the profile. If it is right, report this with the RequestId.") };
constexpr Advice InvalidVersion = { QT_TRANSLATE_NOOP("ServiceError", "The server does not support this API version; the endpoint may belong to another product."), QT_TRANSLATE_NOOP("ServiceError", "Check the endpoint in the profile. If it is right, report this with the RequestId.") };
constexpr Advice InvalidTimeStampFormat = { QT_TRANSLATE_NOOP("ServiceError", "The request's time stamp was malformed."), QT_TRANSLATE_NOOP("ServiceError", "This is a fault in the console; report it with the RequestId.") };
constexpr Advice Throttling = { QT_TRANSLATE_NOOP("ServiceError", "Too many requests were sent in a short time."), QT_TRANSLATE_NOOP("ServiceError", "Wait a few seconds; the console retries automatically with growing pauses.") };
constexpr Advice InvalidAccountNameDuplicate = { QT_TRANSLATE_NOOP("ServiceError", "The account name is already taken on this instance."), QT_TRANSLATE_NOOP("ServiceError", "Choose a different account name.") };
constexpr Advice InvalidAccountNameNotFound = { QT_TRANSLATE_NOOP("ServiceError", "The account does not exist on this instance; it may have been deleted."), QT_TRANSLATE_NOOP("ServiceError", "Refresh the account list.") };
constexpr Advice InvalidAccountName = { QT_TRANSLATE_NOOP("ServiceError", "The account name breaks the naming rules or is a reserved word."), QT_TRANSLATE_NOOP("ServiceError", "Choose a name that follows the rule shown next to the Name field.") };
constexpr Advice InvalidAccountPassword = { QT_TRANSLATE_NOOP("ServiceError", "The password breaks the complexity rules."), QT_TRANSLATE_NOOP("ServiceError", "Use 8 to 32 characters with at least three of: uppercase, lowercase, digits and the special characters ! @ # $ % ^ & * ( ) _ + - =") };
constexpr Advice AccountQuotaExceeded = { QT_TRANSLATE_NOOP("ServiceError", "The instance already has the most accounts it allows."), QT_TRANSLATE_NOOP("ServiceError", "Delete unused accounts, or ask for a higher quota.") };
constexpr Advice SomeObjectsDependOnAccount = { QT_TRANSLATE_NOOP("ServiceError", "The account still holds database or table privileges, so it cannot be deleted."), QT_TRANSLATE_NOOP("ServiceError", "Revoke the account's database and table privileges first, then delete it.") };
constexpr Advice InvalidDBInstanceStatus = { QT_TRANSLATE_NOOP("ServiceError", "The instance is not Running."), QT_TRANSLATE_NOOP("ServiceError", "Wait until the instance is Running, then retry.") };
constexpr Advice IncorrectDBInstanceState = { QT_TRANSLATE_NOOP("ServiceError", "The instance's current state does not allow this operation."), QT_TRANSLATE_NOOP("ServiceError", "Wait until the instance is Running, then retry.") };
constexpr Advice IsCreating = { QT_TRANSLATE_NOOP("ServiceError", "The instance is being created, maintained or switched over."), QT_TRANSLATE_NOOP("ServiceError", "Wait a few minutes, then retry.") };
constexpr Advice InvalidDBInstanceIdNotFound = { QT_TRANSLATE_NOOP("ServiceError", "The instance does not exist in this region."), QT_TRANSLATE_NOOP("ServiceError", "Check the instance ID and the selected region, then refresh the instance list.") };
constexpr Advice InvalidActionNotFound = { QT_TRANSLATE_NOOP("ServiceError", "The server does not know this action; the endpoint may belong to another product."), QT_TRANSLATE_NOOP("ServiceError", "Check the endpoint in the profile. If it is right, report this with the RequestId.") };
constexpr Advice MissingParameter = { QT_TRANSLATE_NOOP("ServiceError", "The request lacks a required value."), QT_TRANSLATE_NOOP("ServiceError", "This is a fault in the console; report it with the RequestId.") };
constexpr Advice InvalidExpiredTime = { QT_TRANSLATE_NOOP("ServiceError", "The expiry time is malformed or already past."), QT_TRANSLATE_NOOP("ServiceError", "Choose a time in the future; it is sent in UTC as yyyy-MM-ddTHH:mm:ssZ.") };
constexpr Advice RequestEntityTooLarge = { QT_TRANSLATE_NOOP("ServiceError", "The request was larger than the server accepts."), QT_TRANSLATE_NOOP("ServiceError", "This is a fault in the console; report it with the RequestId.") };
constexpr Advice InvalidParameter = { QT_TRANSLATE_NOOP("ServiceError", "The server rejected a value in the request."), QT_TRANSLATE_NOOP("ServiceError", "Check the values you entered. If they look right, report this with the RequestId.") };
// clang-format on

// Order matters: the first matching row wins, so specific codes come before prefixes and message fragments.
// The comment closing each row says where it comes from: "seed", the RDS seed's error table; "common", Alibaba
// Cloud's other error codes; "console", a code the console gives an error it found itself (CallRunner,
// WriteOutcome, StatusPoller). QT_TRANSLATE_NOOP is spelled out: lupdate expands no macro.
// clang-format off
constexpr std::array kEntries = {
    Entry { Match::Code, Kind::Credential, "SignatureDoesNotMatch", SignatureDoesNotMatch }, // common
    Entry { Match::Code, Kind::Credential, "IncompleteSignature", IncompleteSignature }, // common
    Entry { Match::Code, Kind::Credential, "InvalidAccessKeyId.NotFound", InvalidAccessKeyIdNotFound }, // common
    Entry { Match::Code, Kind::Credential, "InvalidAccessKeyId.Inactive", InvalidAccessKeyIdInactive }, // common
    Entry { Match::Code, Kind::Clock, "InvalidTimeStamp.Expired", InvalidTimeStampExpired }, // common
    Entry { Match::Code, Kind::Transient, "SignatureNonceUsed", SignatureNonceUsed }, // common
    Entry { Match::CodePrefix, Kind::Credential, "InvalidSecurityToken", InvalidSecurityToken }, // common
    Entry { Match::CodePrefix, Kind::Credential, "Forbidden", Forbidden }, // common
    Entry { Match::CodePrefix, Kind::Credential, "NoPermission", Forbidden }, // common
    Entry { Match::CodePrefix, Kind::Credential, "InvalidAccessKeyId", InvalidAccessKeyId }, // common
    Entry { Match::CodePrefix, Kind::Credential, "InvalidBearerToken", InvalidBearerToken }, // common
    Entry { Match::Code, Kind::Credential, "MissingCredentials", MissingCredentials }, // console
    Entry { Match::Code, Kind::Other, "AccountExistedBefore", AccountExistedBefore }, // console
    Entry { Match::Code, Kind::State, "IncorrectAccountStatus", IncorrectAccountStatus }, // common
    Entry { Match::Code, Kind::State, "AccountNotAvailable", AccountNotAvailable }, // console
    Entry { Match::Code, Kind::State, "UnsupportedEngine", UnsupportedEngine }, // common
    Entry { Match::CodePrefix, Kind::State, "InvalidEngineVersion", InvalidEngineVersion }, // common
    Entry { Match::Code, Kind::State, "OperationDenied.DBInstanceStatus", OperationDeniedDBInstanceStatus }, // seed: HTTP 400, "wait and retry after a few minutes"
    Entry { Match::Code, Kind::Input, "OperationDenied.InstancePolicy", OperationDeniedInstancePolicy }, // seed
    Entry { Match::CodePrefix, Kind::State, "OperationDenied", OperationDenied }, // common
    Entry { Match::Code, Kind::NotFound, "InvalidDBName.NotFound", InvalidDBNameNotFound }, // common
    Entry { Match::Code, Kind::Endpoint, "InvalidEndpoint", InvalidEndpoint }, // console
    Entry { Match::Code, Kind::Endpoint, "InvalidApi.NotFound", InvalidApiNotFound }, // common
    Entry { Match::Code, Kind::Endpoint, "InvalidVersion", InvalidVersion }, // common
    Entry { Match::Code, Kind::Console, "InvalidTimeStamp.Format", InvalidTimeStampFormat }, // common
    Entry { Match::CodePrefix, Kind::Throttled, "Throttling", Throttling }, // common
    Entry { Match::Code, Kind::Input, "InvalidAccountName.Duplicate", InvalidAccountNameDuplicate }, // seed
    Entry { Match::MessageContains, Kind::Input, "account name already exists", InvalidAccountNameDuplicate }, // seed
    Entry { Match::Code, Kind::NotFound, "InvalidAccountName.NotFound", InvalidAccountNameNotFound }, // common
    Entry { Match::CodePrefix, Kind::Input, "InvalidAccountName", InvalidAccountName }, // common
    Entry { Match::CodePrefix, Kind::Input, "InvalidAccountPassword", InvalidAccountPassword }, // seed
    Entry { Match::MessageContains, Kind::Input, "password is not valid", InvalidAccountPassword }, // seed
    Entry { Match::MessageContains, Kind::Input, "not satisfy instance policy", OperationDeniedInstancePolicy }, // seed
    Entry { Match::Code, Kind::Quota, "AccountQuotaExceeded", AccountQuotaExceeded }, // seed
    Entry { Match::MessageContains, Kind::Quota, "allowed amount of account", AccountQuotaExceeded }, // seed
    Entry { Match::Code, Kind::State, "SomeObjectsDependOnAccount", SomeObjectsDependOnAccount }, // seed
    Entry { Match::Code, Kind::State, "InvalidDBInstanceStatus", InvalidDBInstanceStatus }, // seed
    Entry { Match::CodePrefix, Kind::State, "IncorrectDBInstanceState", IncorrectDBInstanceState }, // seed
    Entry { Match::CodePrefix, Kind::State, "IncorrectInstanceStatus", IncorrectDBInstanceState }, // common
    Entry { Match::MessageContains, Kind::State, "state does not support", IncorrectDBInstanceState }, // seed
    Entry { Match::MessageContains, Kind::State, "is creating", IsCreating }, // seed
    Entry { Match::MessageContains, Kind::State, "maintaining", IsCreating }, // seed
    Entry { Match::MessageContains, Kind::State, "switching", IsCreating }, // seed
    Entry { Match::MessageContains, Kind::State, "not in the Running state", InvalidDBInstanceStatus }, // seed
    Entry { Match::MessageContains, Kind::State, "permissions on specific objects", SomeObjectsDependOnAccount }, // seed
    Entry { Match::Code, Kind::NotFound, "InvalidDBInstanceId.NotFound", InvalidDBInstanceIdNotFound }, // seed
    Entry { Match::Code, Kind::NotFound, "InvalidInstanceId.NotFound", InvalidDBInstanceIdNotFound }, // common
    Entry { Match::MessageContains, Kind::NotFound, "instance does not exist", InvalidDBInstanceIdNotFound }, // seed
    Entry { Match::Code, Kind::Endpoint, "InvalidAction.NotFound", InvalidActionNotFound }, // common
    Entry { Match::CodePrefix, Kind::Console, "MissingParameter", MissingParameter }, // common
    Entry { Match::CodePrefix, Kind::Console, "Missing", MissingParameter }, // common
    Entry { Match::CodePrefix, Kind::Input, "InvalidExpiredTime", InvalidExpiredTime }, // common
    Entry { Match::Code, Kind::Console, "RequestEntityTooLarge", RequestEntityTooLarge }, // common
    Entry { Match::CodePrefix, Kind::Input, "InvalidParameter", InvalidParameter }, // common
};
// clang-format on

} // namespace

std::span<const Entry> entries()
{
    return kEntries;
}

} // namespace ErrorCodeTable
