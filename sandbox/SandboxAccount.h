#pragma once

#include "Account.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

// An account as the sandbox keeps it: what DescribeAccounts shows, plus what only the server knows.
struct SandboxAccount
{
    Account account;
    QByteArray passwordSha256; // "salt$sha256(salt+password)" in hex; the password itself is never stored
    QDateTime availableAt; // while status is "Creating": when it becomes "Available" (UTC)
    QDateTime createdAt; // UTC

    // A fresh random salt each time, so equal passwords never give equal stored values.
    static QByteArray hashPassword(const QString& password)
    {
        QByteArray salt(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
        return QByteArray(salt.toHex() + '$' + saltedHash(salt.toHex(), password));
    }
    // Constant time in the stored value's length; an unsalted hex hash (older state files) still matches.
    bool passwordMatches(const QString& password) const
    {
        const qsizetype dollar = passwordSha256.indexOf('$');
        const QByteArray salt = dollar < 0 ? QByteArray() : passwordSha256.left(dollar);
        const QByteArray expected = dollar < 0 ? passwordSha256 : passwordSha256.mid(dollar + 1);
        const QByteArray actual = dollar < 0
            ? QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256).toHex()
            : saltedHash(salt, password);
        if (actual.size() != expected.size())
            return false;
        unsigned char difference = 0;
        for (qsizetype i = 0; i < actual.size(); ++i)
            difference |= static_cast<unsigned char>(actual[i] ^ expected[i]);
        return difference == 0;
    }
    static QByteArray saltedHash(const QByteArray& saltHex, const QString& password)
    {
        return QCryptographicHash::hash(QByteArray(saltHex + password.toUtf8()), QCryptographicHash::Sha256).toHex();
    }
};
