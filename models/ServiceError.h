#pragma once

#include <QMetaType>
#include <QString>

// The one error type of the project: what went wrong with a call, as the server or the transport said it,
// plus the readable text and the recommended action from the seed's error table (ErrorCatalog).
struct ServiceError
{
    enum class Category {
        Network, // connection refused, dropped, DNS
        Timeout, // no answer in time
        Tls, // certificate or handshake failure (always fails closed)
        Authentication, // bad signature, unknown AccessKey, expired timestamp, reused nonce, forbidden
        Throttled, // HTTP 429 or a Throttling* code
        InvalidInput, // 400: the request broke a rule
        NotFound, // 404: instance or account does not exist
        Conflict, // state conflicts: already exists, instance not Running, dependent objects, quota
        Server, // 5xx
        Parse, // malformed body: HTML, XML, truncated or empty JSON, a missing or mistyped field
        Cancelled, // the user closed the dialog or pressed Cancel
    };

    Category category = Category::Server;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString code; // server Code, e.g. "SomeObjectsDependOnAccount"
    QString message; // server Message or transport error text
    QString requestId; // server RequestId; empty when none arrived
    QString hostId;
    QString recommend; // diagnosis URL the server sent, if any
    QString action; // the API action that failed, e.g. "CreateAccount"
    // A write was sent and no definite answer came back (timeout, dropped connection, 5xx), and no read settled
    // it: it may or may not have been applied, so it must not be offered for a blind resend.
    bool outcomeUnknown = false;

    // Readable, translatable sentence for a helpdesk user ("The account name is already taken.").
    QString userText() const;
    // What to do about it, from the seed's error table ("Choose a different account name.").
    QString recommendedAction() const;
    // True when sending the same request again cannot do harm (reads, throttling, transient faults).
    bool isRetrySafe() const;
    // One line with everything support asks for: text, Code, HTTP status, RequestId.
    QString summary() const;

    static QString categoryName(Category category); // translatable
};
Q_DECLARE_METATYPE(ServiceError)
