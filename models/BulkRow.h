#pragma once

#include "AccountDraft.h"
#include "BulkTarget.h"
#include "ServiceError.h"

#include <QString>
#include <QStringList>

#include <optional>

// One row of a bulk plan: the call planned for one account (or instance), or why it is skipped; then, while and
// after the plan runs, its outcome.
struct BulkRow
{
    enum class State {
        Planned, // allowed, not sent yet
        Skipped, // the rules refuse it; never sent
        Sending, // handed to the service (waiting for its rate-limit slot or its answer)
        Checking, // an unknown outcome being read before any resend
        Succeeded,
        Failed, // a definite failure: nothing (or, when partial, only the first step) was applied
        Unknown, // sent, no definite answer: it may or may not have applied; never resent without a read
        NotSent, // the run was cancelled before this row was sent
    };

    BulkTarget target;
    QString accountName; // the account the call changes (Create: the template's name)
    QString action; // wire action of the row's (last) call: "ResetAccountPassword", "DeleteAccount", ...
    QString callText; // what is sent, in words: "Reset the password", "Revoke orders, then delete"
    QString skipReason; // non-empty: the rules refuse this row, and why
    QStringList differences; // Create: how this instance's account differs from the template

    // The call's arguments.
    QString password; // ResetPassword / Create: this row's new password (memory only, shown once)
    AccountDraft draft; // Create
    PrivilegeChange change; // Grant / Revoke, and Delete's revoke-first step
    QString description; // EditDescription
    bool locked = false; // Lock / Unlock

    // The outcome.
    State state = State::Planned;
    QString requestId;
    std::optional<ServiceError> error;
    QString partialText; // a two-step row whose first step applied: "Privileges on orders were revoked"
    bool sent = false; // at least one call of this row left for the service

    bool isAllowed() const { return skipReason.isEmpty(); }
    bool isDone() const { return state == State::Succeeded; }
};
