#pragma once

#include "Account.h"
#include "Instance.h"

#include <QObject>
#include <QString>
#include <QStringList>

// What a login attempt with an account's password found: the engine let it in or refused it, or the instance's
// address could not be reached from this computer; and, once in, what the account may do.
struct CredentialTestResult
{
    enum class Outcome { LoggedIn, Refused, Unreachable };
    Outcome outcome = Outcome::Unreachable;
    QString address; // host:port tried
    QString message; // the engine's or the network's own words
    QStringList abilities; // Redis: the read and the write; SQL: the effective grants
};
Q_DECLARE_METATYPE(CredentialTestResult)

// Tries an account's password against the instance's engine, asynchronously; the app implements it, the
// Test login dialog asks through it. The password is used for the attempt and not kept.
class CredentialTester : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // One attempt at a time per tester; finished() reports it.
    virtual void test(const Instance& instance, const Account& account, const QString& password) = 0;

signals:
    void finished(const CredentialTestResult& result);
};
