#pragma once

#include "Account.h"
#include "Instance.h"
#include "ServiceError.h"
#include "WriteSteps.h"

#include <QHash>
#include <QObject>
#include <QSet>

class AccountTableModel;
class PendingOperation;
class ProductClients;

// Keeps account rows true after our changes: reads a changed account back (its row shows the RequestId of our
// last change), polls Creating accounts until they settle without the user doing anything, and waits, within a
// bound, until a new account is Available before a grant (a grant to a Creating account is refused).
class StatusPoller : public QObject
{
    Q_OBJECT

public:
    StatusPoller(const ProductClients& clients, AccountTableModel* accounts, QObject* parent = nullptr);

    // How often a Creating account is re-read, and for how long at most.
    void setPolling(int intervalMs, int maxAttempts);
    // How long a create waits for its new account to be Available before granting (reads back off to 4 s).
    void setAvailableWait(int maxMs) { m_availableWaitMs = maxMs; }
    // Off: reload() only shows the RequestId and skips its read (a bulk run reloads each instance once at the end).
    void setReadBack(bool on) { m_readBack = on; }

    // The RequestId of our last change of the account ("instance/name"), shown in its row.
    QString lastRequestId(const QString& accountKey) const { return m_lastRequestIds.value(accountKey); }
    void remember(const QString& accountKey, const QString& requestId);
    void forget(const QString& accountKey);
    // Upserts rows as read, each with the RequestId of our last change.
    void upsert(QList<Account> accounts);

    // Shows our change's RequestId on the row at once, then upserts the server's view of the account.
    void reload(const Instance& instance, const QString& account, const QString& requestId);
    void pollUntilAvailable(const Instance& instance, const QString& account);
    void pollCreating(const Instance& instance, const QList<Account>& accounts);
    // A write step's wait: done succeeds once the account is no longer Creating, fails when the wait runs out,
    // the read fails or the operation is cancelled.
    void waitUntilAvailable(
        const Instance& instance, const QString& account, PendingOperation* operation, const WriteSteps::Done& done);

    static bool isSettling(const QString& status);
    static QString accountKey(const QString& instanceId, const QString& name);

signals:
    void failedInBackground(const ServiceError& error);

private:
    void poll(const Instance& instance, const QString& account, int attempt);
    static ServiceError stillCreating(const QString& account, qint64 waitedMs);

    const ProductClients& m_clients;
    AccountTableModel* m_accounts;
    QHash<QString, QString> m_lastRequestIds; // account key -> RequestId of our last change
    QSet<QString> m_polling; // account keys being polled
    int m_pollIntervalMs = 2000;
    int m_pollMaxAttempts = 90;
    int m_availableWaitMs = 120000;
    bool m_readBack = true;
};
