#include "ErrorCatalog.h"

#include "ApiActionTable.h"
#include "ErrorCodeTable.h"
#include "RoleMode.h"

#include <QCoreApplication>

namespace {

using ErrorCatalog::Kind;
using ErrorCodeTable::Entry;
using ErrorCodeTable::Match;

// What to say for a category when no row of ErrorCodeTable matches.
struct CategoryRow
{
    ServiceError::Category category;
    Kind kind;
    const char* text;
    const char* action; // null: no advice
};

using C = ServiceError::Category;
constexpr CategoryRow CategoryRows[] = {
    { C::Network,
        Kind::Connection,
        QT_TRANSLATE_NOOP("ServiceError", "The server could not be reached."),
        QT_TRANSLATE_NOOP("ServiceError", "Check the network connection and the endpoint, then retry.") },
    { C::Timeout,
        Kind::Connection,
        QT_TRANSLATE_NOOP("ServiceError", "The server did not answer in time."),
        QT_TRANSLATE_NOOP("ServiceError", "Refresh to see whether the change happened, then retry if needed.") },
    { C::Tls,
        Kind::Connection,
        QT_TRANSLATE_NOOP("ServiceError",
            "The secure connection failed: the server's certificate is not "
            "trusted."),
        QT_TRANSLATE_NOOP("ServiceError",
            "Check this computer's clock and whether a proxy intercepts HTTPS. The "
            "console never sends credentials over an untrusted connection.") },
    { C::Authentication,
        Kind::Credential,
        QT_TRANSLATE_NOOP("ServiceError", "Alibaba Cloud did not accept the credentials."),
        QT_TRANSLATE_NOOP("ServiceError", "Check the AccessKey pair or token in the profile.") },
    { C::Throttled,
        Kind::Throttled,
        QT_TRANSLATE_NOOP("ServiceError", "Too many requests were sent in a short time."),
        QT_TRANSLATE_NOOP("ServiceError",
            "Wait a few seconds; the console retries automatically with growing "
            "pauses.") },
    { C::InvalidInput,
        Kind::Input,
        QT_TRANSLATE_NOOP("ServiceError", "The server rejected a value in the request."),
        QT_TRANSLATE_NOOP("ServiceError", "Check the values you entered and try again.") },
    { C::NotFound,
        Kind::NotFound,
        QT_TRANSLATE_NOOP("ServiceError", "The instance or account no longer exists."),
        QT_TRANSLATE_NOOP("ServiceError", "Refresh the list.") },
    { C::Conflict,
        Kind::State,
        QT_TRANSLATE_NOOP("ServiceError", "The instance or account is in a state that does not allow this now."),
        QT_TRANSLATE_NOOP("ServiceError", "Refresh, wait until the instance is Running, then retry.") },
    { C::Server,
        Kind::Server,
        QT_TRANSLATE_NOOP("ServiceError", "Alibaba Cloud had an internal error."),
        QT_TRANSLATE_NOOP("ServiceError",
            "Retry in a few seconds. If it persists, contact support with the "
            "RequestId.") },
    { C::Parse,
        Kind::Server,
        QT_TRANSLATE_NOOP("ServiceError", "The server's answer could not be read."),
        QT_TRANSLATE_NOOP("ServiceError", "Retry. If it persists, report it with the RequestId.") },
    { C::Cancelled, Kind::Cancelled, QT_TRANSLATE_NOOP("ServiceError", "The operation was cancelled."), nullptr },
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
    ErrorCatalog::Advice advice { translated(entry.advice.text), translated(entry.advice.action), entry.kind };
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
    for (const Entry& entry : ErrorCodeTable::entries()) {
        if (entry.match != Match::MessageContains && matches(entry, error))
            return adviceOf(entry, error);
    }
    for (const Entry& entry : ErrorCodeTable::entries()) {
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
    for (const Entry& entry : ErrorCodeTable::entries()) {
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
    for (const CategoryRow& row : CategoryRows) {
        if (row.category == category)
            return { translated(row.text), row.action ? translated(row.action) : QString(), row.kind };
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
