#pragma once

#include "ActionReply.h"
#include "SandboxRequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

// Checks a request's credentials as the service does: RPC v1 (HMAC-SHA1, parameters in the query or a form body),
// ACS3-HMAC-SHA256 (headers), and bearer tokens (V3 header or V1 BearerToken parameter), each with or without an
// STS SecurityToken. Refuses a bad signature, an unknown AccessKey, a time stamp more than the window away from
// the clock and a reused nonce, with the service's codes and a 4xx status.
class RequestAuthenticator
{
    Q_DECLARE_TR_FUNCTIONS(RequestAuthenticator)

public:
    struct Result
    {
        QString identity; // the AccessKey ID or the bearer token's name
        QString account; // the Alibaba Cloud account the credential belongs to: the throttling key
        ActionReply refusal; // when refused (isError())

        bool accepted() const { return !refusal.isError(); }
    };

    // credentialAccounts: AccessKey ID or bearer token -> account ID; a credential not listed is its own account.
    RequestAuthenticator(const QMap<QString, QString>& accessKeys,
        const QStringList& bearerTokens,
        int windowSeconds,
        const QMap<QString, QString>& credentialAccounts = {});

    Result authenticate(const SandboxRequest& request, const QDateTime& now);

private:
    Result checkRpc(const SandboxRequest& request, const QDateTime& now);
    Result checkAcs3(const SandboxRequest& request, const QDateTime& now);
    Result checkBearer(const QString& token, const QString& timestamp, const QString& nonce, const QDateTime& now);
    // Time stamp inside the window and nonce not seen before; records the nonce.
    ActionReply checkFreshness(const QString& timestamp, const QString& nonce, const QDateTime& now);
    void forgetOldNonces(const QDateTime& now);

    static Result refuse(int status, const QString& code, const QString& message);

    QMap<QString, QString> m_accessKeys;
    QMap<QString, QString> m_credentialAccounts;
    QStringList m_bearerTokens;
    int m_windowSeconds;
    QHash<QString, QDateTime> m_nonces; // nonce -> when it was used
    QDateTime m_lastSweep;
};
