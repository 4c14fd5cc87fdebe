#include "WriteOutcome.h"

#include "RetryPolicy.h"

#include <QCoreApplication>

namespace WriteOutcome {

bool isUnknown(const ServiceError& error)
{
    if (error.category == ServiceError::Category::Throttled || error.category == ServiceError::Category::Cancelled)
        return false;
    if (RetryPolicy::outcomeUnknown(error))
        return true;
    // The network stack resends a request once by itself when a kept-alive connection drops before an answer; the
    // service then refuses the copy's nonce, and the outcome is the first copy's, which nobody heard.
    if (error.code.compare(QLatin1String("SignatureNonceUsed"), Qt::CaseInsensitive) == 0)
        return true;
    const bool answered = error.httpStatus == 0 || (error.httpStatus >= 200 && error.httpStatus < 300);
    return error.category == ServiceError::Category::Parse && answered;
}

bool mayBeEarlierSend(const ServiceError& error)
{
    using C = ServiceError::Category;
    if (error.category == C::NotFound)
        return error.code.contains(QLatin1String("AccountName"), Qt::CaseInsensitive);
    return error.category == C::Conflict
        && (error.code.endsWith(QLatin1String(".Duplicate"), Qt::CaseInsensitive)
            || error.code.contains(QLatin1String("AlreadyExist"), Qt::CaseInsensitive)
            || error.code.contains(QLatin1String("Already"), Qt::CaseInsensitive)
            || error.code.startsWith(QLatin1String("IncorrectAccountStatus"), Qt::CaseInsensitive));
}

ServiceError unknown(const ServiceError& error)
{
    ServiceError marked = error;
    marked.outcomeUnknown = true;
    const QString why = error.message.isEmpty() ? error.code : error.message;
    marked.message = QCoreApplication::translate("WriteOutcome",
        "No definite answer came back, so the change may or may not have been applied (%1). Refresh to see the "
        "current state before trying again.")
                         .arg(why);
    return marked;
}

ServiceError existedBefore(const ServiceError& error, const QString& target)
{
    ServiceError marked = error;
    marked.outcomeUnknown = true;
    marked.category = ServiceError::Category::Conflict;
    marked.code = QStringLiteral("AccountExistedBefore");
    marked.message = QCoreApplication::translate("WriteOutcome",
        "The account %1 exists, but it may have existed before this call (no definite answer came back): its "
        "password may not be the one you typed. Reset the password to be sure.")
                         .arg(target);
    return marked;
}

} // namespace WriteOutcome
