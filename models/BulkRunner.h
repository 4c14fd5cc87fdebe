#pragma once

#include "AccountWrite.h"
#include "BulkProgress.h"
#include "BulkRow.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class AccountService;
class BulkRowModel;
class PendingOperation;

// Sends the allowed rows of a bulk plan through the AccountService of each row's profile, keeping enough calls in
// flight that the throughput reaches the rate limit (the api's limiter paces them; nothing here sleeps). Cancel
// stops sending: calls already handed over finish and keep their outcome, the rest are marked Not sent. Retry
// sends the Failed and Not sent rows again; an Unknown row is first read back (BulkWriteCheck) and resent only
// when the read proves the first send did not apply; a password reset is never resent.
class BulkRunner : public QObject
{
    Q_OBJECT

public:
    using ServiceLookup = std::function<AccountService*(const QString& profileId)>;
    // Enough for 100 calls/s with up to ~300 ms per call; the limiter holds the rest back.
    static constexpr int DefaultMaxInFlight = 32;

    BulkRunner(BulkRowModel* rows, ServiceLookup services, QObject* parent = nullptr);

    void setMaxInFlight(int calls) { m_maxInFlight = std::max(1, calls); }

    void start(); // sends every Planned row
    void retryFailed(); // Failed, Not sent and (after a read) Unknown rows
    void cancel();

    bool isRunning() const { return m_progress.running; }
    BulkProgress progress() const;
    int retryableCount() const;
    // Rows that left for the service in any pass, and rows never sent (for the message after Cancel).
    int sentCount() const;

signals:
    void progressChanged();
    void finished();

private:
    void beginPass(const QList<int>& rows);
    void pump();
    void send(int index);
    void sendStep(int index, AccountService* service);
    void check(int index);
    // The write a row sends next: a Delete that must revoke first sends the revoke.
    static AccountWrite writeFor(const BulkRow& row);
    void succeeded(int index, const QString& requestId);
    void failed(int index, PendingOperation* operation, const ServiceError& error);
    void rowDone(int index);
    void endPass();
    void setState(int index, BulkRow::State state);

    BulkRowModel* m_rows;
    ServiceLookup m_services;
    int m_maxInFlight = DefaultMaxInFlight;
    QList<int> m_queue;
    int m_inFlight = 0;
    QList<QPointer<PendingOperation>> m_operations;
    QHash<AccountService*, QHash<QString, Instance>> m_touched; // instances to reload when the pass ends
    QList<qint64> m_finishTimes; // ms since the pass started, for the rate
    QElapsedTimer m_clock;
    BulkProgress m_progress;
};
