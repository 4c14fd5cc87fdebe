#include "StatusPoller.h"

#include "AccountTableModel.h"
#include "ApiCall.h"
#include "PendingOperation.h"
#include "ProductClients.h"

#include <QTimer>

#include <memory>

StatusPoller::StatusPoller(const ProductClients& clients, AccountTableModel* accounts, QObject* parent)
    : QObject(parent)
    , m_clients(clients)
    , m_accounts(accounts)
{
}

QString StatusPoller::accountKey(const QString& instanceId, const QString& name)
{
    return instanceId + QLatin1Char('/') + name;
}

bool StatusPoller::isSettling(const QString& status)
{
    return status == QLatin1String("Creating") || status == QLatin1String("Unavailable");
}

void StatusPoller::setPolling(int intervalMs, int maxAttempts)
{
    m_pollIntervalMs = intervalMs;
    m_pollMaxAttempts = maxAttempts;
}

void StatusPoller::remember(const QString& accountKey, const QString& requestId)
{
    m_lastRequestIds.insert(accountKey, requestId);
}

void StatusPoller::forget(const QString& accountKey)
{
    m_lastRequestIds.remove(accountKey);
}

void StatusPoller::upsert(QList<Account> accounts)
{
    for (Account& fresh : accounts) {
        fresh.lastRequestId = m_lastRequestIds.value(fresh.key());
        m_accounts->upsertAccount(fresh);
    }
}

void StatusPoller::reload(const Instance& instance, const QString& account, const QString& requestId)
{
    remember(accountKey(instance.id, account), requestId);
    if (const int row = m_accounts->rowOf(instance.id, account); row >= 0) {
        Account known = *m_accounts->accountAt(row);
        known.lastRequestId = requestId;
        m_accounts->upsertAccount(known);
    }
    if (!m_readBack)
        return;
    auto done = [this, account](const ApiResult<QList<Account>>& result) {
        if (!result.ok()) {
            emit failedInBackground(*result.error);
            return;
        }
        QList<Account> named;
        for (const Account& fresh : result.value) {
            if (fresh.name == account)
                named << fresh;
        }
        upsert(named);
    };
    m_clients.of(instance.product).describeAccounts(instance.id, this, done, account);
}

void StatusPoller::pollCreating(const Instance& instance, const QList<Account>& accounts)
{
    for (const Account& account : accounts) {
        if (account.status == QLatin1String("Creating"))
            pollUntilAvailable(instance, account.name);
    }
}

void StatusPoller::pollUntilAvailable(const Instance& instance, const QString& account)
{
    const QString key = accountKey(instance.id, account);
    if (m_polling.contains(key))
        return;
    m_polling.insert(key);
    poll(instance, account, 0);
}

void StatusPoller::poll(const Instance& instance, const QString& account, int attempt)
{
    QTimer::singleShot(m_pollIntervalMs, this, [this, instance, account, attempt] {
        auto done = [this, instance, account, attempt](const ApiResult<QList<Account>>& result) {
            bool settled = !result.ok() || result.value.isEmpty(); // gone or unreadable: stop quietly
            for (const Account& fresh : result.value) {
                if (fresh.name != account)
                    continue;
                upsert({ fresh });
                settled = !isSettling(fresh.status);
            }
            if (settled || attempt + 1 >= m_pollMaxAttempts) {
                m_polling.remove(accountKey(instance.id, account));
                return;
            }
            poll(instance, account, attempt + 1);
        };
        m_clients.of(instance.product).describeAccounts(instance.id, this, done, account);
    });
}

// A grant sent while the account is still Creating is refused (IncorrectAccountStatus): read the account until
// it is Available, at growing intervals, within a bound; Cancel stops the wait.
void StatusPoller::waitUntilAvailable(
    const Instance& instance, const QString& account, PendingOperation* op, const WriteSteps::Done& done)
{
    auto finished = std::make_shared<bool>(false);
    auto finish = [finished, done](const ApiResult<QString>& result) {
        if (*finished)
            return;
        *finished = true;
        done(result);
    };
    connect(op, &PendingOperation::cancelRequested, op, [finish] {
        ServiceError cancelled;
        cancelled.category = ServiceError::Category::Cancelled;
        cancelled.action = QStringLiteral("DescribeAccounts");
        finish({ QString(), cancelled, QString() });
    });
    auto waited = std::make_shared<qint64>(0);
    auto read = std::make_shared<std::function<void(int)>>();
    // The function holds itself weakly (a strong self-capture is a cycle that leaks); the pending timer and
    // read hold it strongly while the wait goes on.
    *read = [this, instance, account, op, finish, finished, waited, weakRead = std::weak_ptr(read)](int delayMs) {
        const auto read = weakRead.lock();
        if (!read)
            return;
        QTimer::singleShot(delayMs, op, [this, instance, account, op, finish, finished, waited, read, delayMs] {
            if (*finished)
                return;
            *waited += delayMs;
            auto answered
                = [this, account, finish, finished, waited, read, delayMs](const ApiResult<QList<Account>>& result) {
                      if (*finished)
                          return;
                      if (!result.ok()) {
                          finish({ QString(), result.error, QString() });
                          return;
                      }
                      for (const Account& fresh : result.value) {
                          if (fresh.name != account)
                              continue;
                          upsert({ fresh });
                          if (!isSettling(fresh.status)) {
                              finish({ QString(), std::nullopt, QString() });
                              return;
                          }
                      }
                      if (*waited >= m_availableWaitMs) {
                          finish({ QString(), stillCreating(account, *waited), QString() });
                          return;
                      }
                      (*read)(std::clamp(delayMs * 2, 250, 4000));
                  };
            ApiCall* call = m_clients.of(instance.product).describeAccounts(instance.id, op, answered, account);
            if (call)
                connect(op, &PendingOperation::cancelRequested, call, &ApiCall::cancel);
        });
    };
    (*read)(0);
}

ServiceError StatusPoller::stillCreating(const QString& account, qint64 waitedMs)
{
    ServiceError error;
    error.category = ServiceError::Category::Conflict;
    error.code = QStringLiteral("AccountNotAvailable");
    error.action = QStringLiteral("DescribeAccounts");
    error.message = tr("%1 was still Creating after %2 seconds.").arg(account).arg(waitedMs / 1000);
    return error;
}
