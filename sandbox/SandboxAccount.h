#pragma once

#include "Account.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>

// An account as the sandbox keeps it: what DescribeAccounts shows, plus what only the server knows.
struct SandboxAccount
{
    Account account;
    QByteArray passwordSha256; // hex; the password itself is never stored
    QDateTime availableAt; // while status is "Creating": when it becomes "Available" (UTC)
    QDateTime createdAt; // UTC

    static QByteArray hashPassword(const QString& password)
    {
        return QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256).toHex();
    }
};
