#include "BulkRunner.h"

#include "AccountService.h"
#include "AccountText.h"
#include "BulkRowModel.h"
#include "BulkWriteCheck.h"
#include "ModelsLogging.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 RateWindowMs = 5000;

ServiceError notConnected(const BulkRow& row)
{
    ServiceError error;
    error.category = ServiceError::Category::Network;
    error.action = row.action;
    error.message = BulkRunner::tr("The connection of profile %1 is not open; open it and retry.")
                        .arg(row.target.profileName.isEmpty() ? row.target.profileId : row.target.profileName);
    return error;
}

} // namespace

BulkRunner::BulkRunner(BulkRowModel* rows, ServiceLookup services, QObject* parent)
    : QObject(parent)
    , m_rows(rows)
    , m_services(std::move(services))
{
}

void BulkRunner::start()
{
    QList<int> rows;
    for (int i = 0; i < m_rows->count(); ++i) {
        if (m_rows->row(i).state == BulkRow::State::Planned)
            rows << i;
    }
    beginPass(rows);
}

void BulkRunner::retryFailed()
{
    QList<int> rows;
    for (int i = 0; i < m_rows->count(); ++i) {
        if (BulkWriteCheck::isRetryable(m_rows->row(i)))
            rows << i;
    }
    beginPass(rows);
}

int BulkRunner::retryableCount() const
{
    int n = 0;
    for (int i = 0; i < m_rows->count(); ++i)
        n += BulkWriteCheck::isRetryable(m_rows->row(i)) ? 1 : 0;
    return n;
}

int BulkRunner::sentCount() const
{
    int n = 0;
    for (int i = 0; i < m_rows->count(); ++i)
        n += m_rows->row(i).sent ? 1 : 0;
    return n;
}

void BulkRunner::beginPass(const QList<int>& rows)
{
    if (m_progress.running)
        return;
    m_queue = rows;
    m_progress = BulkProgress();
    m_progress.total = int(rows.size());
    m_progress.running = true;
    m_finishTimes.clear();
    m_touched.clear();
    m_clock.start();
    qCInfo(lcModels) << "Bulk pass of" << rows.size() << "rows";
    pump();
    if (m_progress.running)
        emit progressChanged();
}

void BulkRunner::cancel()
{
    if (!m_progress.running || m_progress.cancelled)
        return;
    m_progress.cancelled = true;
    for (int index : std::as_const(m_queue)) {
        setState(index, BulkRow::State::NotSent);
        ++m_progress.notSent;
        ++m_progress.finished;
    }
    m_queue.clear();
    emit progressChanged();
    if (m_inFlight == 0)
        endPass();
}

void BulkRunner::pump()
{
    while (!m_progress.cancelled && m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        const int index = m_queue.takeFirst();
        ++m_inFlight;
        if (m_rows->row(index).state == BulkRow::State::Unknown)
            check(index);
        else
            send(index);
    }
    if (m_inFlight == 0 && m_queue.isEmpty() && m_progress.running)
        endPass();
}

void BulkRunner::send(int index)
{
    BulkRow row = m_rows->row(index);
    AccountService* service = m_services ? m_services(row.target.profileId) : nullptr;
    if (!service) {
        failed(index, nullptr, notConnected(row));
        return;
    }
    if (!m_touched.contains(service))
        service->setReadBackEachWrite(false);
    m_touched[service].insert(row.target.instance.id, row.target.instance);
    row.state = BulkRow::State::Sending;
    row.sent = true;
    row.error.reset();
    m_rows->updateRow(index, row);
    sendStep(index, service);
}

// One call of the row: a Delete that must revoke first sends the revoke, then (from succeeded) the delete.
void BulkRunner::sendStep(int index, AccountService* service)
{
    const BulkRow row = m_rows->row(index);
    PendingOperation* operation = service->submit(row.target.instance, writeFor(row));
    m_operations.append(operation);
    connect(operation, &PendingOperation::succeeded, this, [this, index, service](const QString& requestId) {
        BulkRow row = m_rows->row(index);
        if (row.action == QLatin1String("DeleteAccount") && !row.change.revokes.isEmpty()) {
            row.partialText = tr("access to %1 was revoked").arg(AccountText::list(row.change.revokes));
            row.change.revokes.clear(); // applied: a Retry only deletes
            m_rows->updateRow(index, row);
            sendStep(index, service);
            return;
        }
        succeeded(index, requestId);
    });
    connect(operation, &PendingOperation::failed, this, [this, index, operation](const ServiceError& error) {
        failed(index, operation, error);
    });
}

AccountWrite BulkRunner::writeFor(const BulkRow& row)
{
    const QString& name = row.accountName;
    if (row.action == QLatin1String("ResetAccountPassword"))
        return ResetPasswordWrite { name, row.password };
    if (row.action == QLatin1String("LockAccount") || row.action == QLatin1String("UnlockAccount"))
        return SetAccountLockedWrite { name, row.locked };
    if (row.action == QLatin1String("ModifyAccountDescription"))
        return ModifyDescriptionWrite { name, row.description };
    if (row.action == QLatin1String("DeleteAccount") && row.change.revokes.isEmpty())
        return DeleteAccountWrite { name };
    if (row.action == QLatin1String("CreateAccount"))
        return CreateAccountWrite { row.draft };
    return ModifyPrivilegesWrite { name, row.change }; // a grant or revoke, or a Delete's revoke first
}

void BulkRunner::check(int index)
{
    BulkRow row = m_rows->row(index);
    AccountService* service = m_services ? m_services(row.target.profileId) : nullptr;
    if (!service) {
        failed(index, nullptr, notConnected(row));
        return;
    }
    row.state = BulkRow::State::Checking;
    m_rows->updateRow(index, row);
    service->readAccount(row.target.instance,
        row.accountName,
        this,
        [this, index](const std::optional<Account>& account, const std::optional<ServiceError>& error) {
            BulkRow row = m_rows->row(index);
            const std::optional<bool> applied = error ? std::nullopt : BulkWriteCheck::applied(row, account);
            if (applied == true) {
                succeeded(index, row.error ? row.error->requestId : QString());
            } else if (applied == false) {
                send(index); // the read proved the first send did not apply
            } else {
                row.state = BulkRow::State::Unknown;
                m_rows->updateRow(index, row);
                ++m_progress.unknown;
                rowDone(index);
            }
        });
}

void BulkRunner::succeeded(int index, const QString& requestId)
{
    BulkRow row = m_rows->row(index);
    row.state = BulkRow::State::Succeeded;
    row.requestId = requestId;
    row.error.reset();
    m_rows->updateRow(index, row);
    ++m_progress.succeeded;
    rowDone(index);
}

void BulkRunner::failed(int index, PendingOperation* operation, const ServiceError& error)
{
    BulkRow row = m_rows->row(index);
    // A cancelled call (a profile switch cancels every call) may have left: said as unknown, never as failed.
    const bool unknown = error.outcomeUnknown || (row.sent && error.category == ServiceError::Category::Cancelled);
    row.state = unknown ? BulkRow::State::Unknown : BulkRow::State::Failed;
    row.error = error;
    if (operation && operation->isPartial())
        row.partialText = operation->partialSummary();
    m_rows->updateRow(index, row);
    ++(unknown ? m_progress.unknown : m_progress.failed);
    rowDone(index);
}

void BulkRunner::rowDone(int index)
{
    Q_UNUSED(index)
    --m_inFlight;
    ++m_progress.finished;
    m_finishTimes.append(m_clock.elapsed());
    m_operations.removeAll(nullptr);
    pump();
    if (m_progress.running)
        emit progressChanged();
}

void BulkRunner::endPass()
{
    m_progress.running = false;
    m_operations.clear();
    // One reload per touched instance instead of one read-back per write.
    for (auto it = m_touched.cbegin(); it != m_touched.cend(); ++it) {
        it.key()->setReadBackEachWrite(true);
        for (const Instance& instance : it.value())
            it.key()->refreshAccounts(instance);
    }
    m_touched.clear();
    qCInfo(lcModels) << "Bulk pass done:" << m_progress.succeeded << "succeeded," << m_progress.failed << "failed,"
                     << m_progress.unknown << "unknown," << m_progress.notSent << "not sent";
    emit progressChanged();
    emit finished();
}

BulkProgress BulkRunner::progress() const
{
    BulkProgress p = m_progress;
    p.inFlight = m_inFlight;
    const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
    const qint64 since = std::max<qint64>(0, now - RateWindowMs);
    const auto recent
        = std::count_if(m_finishTimes.cbegin(), m_finishTimes.cend(), [since](qint64 t) { return t >= since; });
    const qint64 window = std::min(now, RateWindowMs);
    if (window >= 500 && recent > 0) {
        p.callsPerSecond = double(recent) * 1000.0 / double(window);
        const int left = p.total - p.finished;
        p.secondsLeft = int(std::lround(double(left) / p.callsPerSecond));
    }
    return p;
}

void BulkRunner::setState(int index, BulkRow::State state)
{
    BulkRow row = m_rows->row(index);
    row.state = state;
    m_rows->updateRow(index, row);
}
