// Fault soak (a benchmark, not a test): bulk writes through the real client (ApiClient + AccountClient) against an
// in-process sandbox that injects faults into a share of all requests (5xx, dropped connections before and after
// the write was applied, late replies past the client's timeout, truncated bodies). Afterwards it compares what
// the client reported with what the sandbox applied and with its final state:
//
//   writes       write calls made
//   lost         reported applied, but the effect is not in the final state
//   doubled      applied more than once by the sandbox
//   misreported  reported failed but applied, or reported applied but never applied
//   unknown      reported "may or may not have been applied" (honest, so not misreported)
//
// Usage: soak [writes=1000] [fault-rate=0.2] [seed=7]
#include "AccountClient.h"
#include "ApiClient.h"
#include "SandboxAccount.h"
#include "SandboxServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

const QString kInstance = QStringLiteral("pgm-bp1m3n5b7v9c1x2z"); // PostgreSQL: the engine that can lock accounts
const QString kDatabase = QStringLiteral("staging");

enum class Report { Pending, Applied, Failed, Unknown };

struct Step
{
    QString action;
    Report report = Report::Pending;
    QString code; // the error code when not applied
};

struct Chain
{
    QString name;
    QString password;
    QString newPassword;
    QString description;
    QList<Step> steps;
};

class Soak : public QObject
{
public:
    Soak(int writes, double faultRate, quint32 seed)
        : m_target(writes)
    {
        SandboxOptions options;
        options.rateLimit = 0;
        options.creatingDelayMs = 0;
        options.faultRate = faultRate;
        options.faultSeed = seed;
        options.faultDelayMs = 500; // a late reply arrives after the client's 400 ms timeout
        m_sandbox = std::make_unique<SandboxServer>(options);
        connect(m_sandbox.get(),
            &SandboxServer::writeExecuted,
            this,
            [this](const QString& action, const QString& target, int status) {
                if (status == 200)
                    ++m_applied[target + QLatin1Char(' ') + action];
            });
        m_client = std::make_unique<ApiClient>();
        m_client->setCredentials(Credentials::accessKey(
            QLatin1String(SandboxOptions::DemoAccessKeyId), QLatin1String(SandboxOptions::DemoAccessKeySecret)));
        m_client->setRegion(QStringLiteral("cn-shanghai"));
        m_client->setTimeoutMs(400);
        RetryPolicy::Settings retry;
        retry.timeScale = 0.1; // 1-5 s between fault retries become 100-500 ms
        m_client->setRetryPolicy(RetryPolicy(retry));
        m_rds = std::make_unique<AccountClient>(m_client.get(), Product::Rds);
    }

    bool start()
    {
        if (m_sandbox->listen() == 0) {
            std::fprintf(stderr, "%s\n", qPrintable(m_sandbox->errorString()));
            return false;
        }
        m_client->endpoints().setOverride(Product::Rds, m_sandbox->endpoint());
        m_clock.start();
        m_active = Parallel;
        for (int i = 0; i < Parallel; ++i)
            startChain();
        return true;
    }

    void finish()
    {
        // Let late replies (and the writes they carry) land before reading the final state.
        QTimer::singleShot(1500, this, [this] { report(); });
    }

private:
    static constexpr int Parallel = 16;

    void startChain()
    {
        const int index = int(m_chains.size());
        Chain chain;
        chain.name = QStringLiteral("soak_%1").arg(index);
        chain.password = QStringLiteral("Str0ng#Pass%1").arg(index);
        chain.newPassword = QStringLiteral("N3w#Secret%1").arg(index);
        chain.description = QStringLiteral("soak account %1").arg(index);
        m_chains.append(chain);
        runStep(index, 0);
    }

    // One chain stopped (done, or a write not applied): start another until enough writes were made.
    void chainEnded()
    {
        if (m_requested < m_target) {
            startChain();
            return;
        }
        if (--m_active == 0)
            finish();
    }

    QString actionOf(int chain, int step) const
    {
        // PostgreSQL refuses to delete an account that holds privileges, so even chains delete and odd ones grant.
        static const QStringList order { QStringLiteral("CreateAccount"),
            QStringLiteral("ResetAccountPassword"),
            QStringLiteral("ModifyAccountDescription"),
            QStringLiteral("LockAccount"),
            QStringLiteral("UnlockAccount"),
            QStringLiteral("DeleteAccount") };
        if (step == 5 && chain % 2 == 1)
            return QStringLiteral("GrantAccountPrivilege");
        return order.value(step);
    }

    void runStep(int index, int step)
    {
        if (step >= 6 || m_requested >= m_target) {
            chainEnded();
            return;
        }
        ++m_requested;
        Chain& chain = m_chains[index];
        chain.steps.append({ actionOf(index, step), Report::Pending, {} });
        auto done = [this, index, step](const ApiResult<QString>& result) {
            Step& s = m_chains[index].steps[step];
            s.report = result.ok() ? Report::Applied : result.error->outcomeUnknown ? Report::Unknown : Report::Failed;
            if (s.report != Report::Applied) {
                s.code = result.error->code;
                m_failures[s.action + QStringLiteral(": ") + (result.error->code)]++;
                chainEnded(); // a user would stop and look
                return;
            }
            runStep(index, step + 1);
        };
        const QString& name = chain.name;
        const QString action = chain.steps.last().action;
        if (action == QLatin1String("CreateAccount"))
            m_rds->write(m_rds->requests().createAccount(kInstance, name, chain.password, QStringLiteral("Normal"), {}),
                this,
                done);
        else if (action == QLatin1String("ResetAccountPassword"))
            m_rds->write(m_rds->requests().resetAccountPassword(kInstance, name, chain.newPassword), this, done);
        else if (action == QLatin1String("ModifyAccountDescription"))
            m_rds->write(m_rds->requests().modifyAccountDescription(kInstance, name, chain.description), this, done);
        else if (action == QLatin1String("LockAccount"))
            m_rds->write(m_rds->requests().setAccountLocked(kInstance, name, true), this, done);
        else if (action == QLatin1String("UnlockAccount"))
            m_rds->write(m_rds->requests().setAccountLocked(kInstance, name, false), this, done);
        else if (action == QLatin1String("DeleteAccount"))
            m_rds->write(m_rds->requests().deleteAccount(kInstance, name), this, done);
        else
            m_rds->write(
                m_rds->requests().grantAccountPrivilege(kInstance, name, { kDatabase }, { QStringLiteral("DBOwner") }),
                this,
                done);
    }

    int appliedCount(const Chain& chain, const Step& step) const
    {
        return m_applied.value(kInstance + QLatin1Char('/') + chain.name + QLatin1Char(' ') + step.action);
    }

    // Whether the final state shows the effect of `step` (given the steps of the chain that were applied later).
    bool effectPresent(const Chain& chain, int stepIndex, const SandboxAccount* account) const
    {
        bool deleted = false;
        bool unlocked = false;
        for (int i = stepIndex + 1; i < chain.steps.size(); ++i) {
            if (appliedCount(chain, chain.steps[i]) == 0)
                continue;
            deleted |= chain.steps[i].action == QLatin1String("DeleteAccount");
            unlocked |= chain.steps[i].action == QLatin1String("UnlockAccount");
        }
        const QString action = chain.steps[stepIndex].action;
        if (action == QLatin1String("DeleteAccount"))
            return account == nullptr;
        if (deleted)
            return account == nullptr;
        if (!account)
            return false;
        if (action == QLatin1String("GrantAccountPrivilege")) {
            return std::any_of(account->account.privileges.cbegin(),
                account->account.privileges.cend(),
                [](const DatabasePrivilege& p) { return p.dbName == kDatabase; });
        }
        if (action == QLatin1String("ResetAccountPassword"))
            return account->passwordMatches(chain.newPassword);
        if (action == QLatin1String("ModifyAccountDescription"))
            return account->account.description == chain.description;
        if (action == QLatin1String("LockAccount"))
            return unlocked || account->account.status == QLatin1String("Locked");
        if (action == QLatin1String("UnlockAccount"))
            return account->account.status != QLatin1String("Locked");
        return true; // CreateAccount: it exists
    }

    void report()
    {
        const SandboxInstance* instance = m_sandbox->state().findInstance(Product::Rds, kInstance);
        auto find = [instance](const QString& name) -> const SandboxAccount* {
            for (const SandboxAccount& a : instance->accounts) {
                if (a.account.name == name)
                    return &a;
            }
            return nullptr;
        };
        int writes = 0, lost = 0, doubled = 0, misreported = 0, unknown = 0;
        for (const Chain& chain : m_chains) {
            const SandboxAccount* account = find(chain.name);
            for (int i = 0; i < chain.steps.size(); ++i) {
                const Step& step = chain.steps[i];
                const int applied = appliedCount(chain, step);
                ++writes;
                doubled += applied > 1 ? 1 : 0;
                if (step.report == Report::Unknown)
                    ++unknown;
                if ((step.report == Report::Failed && applied > 0) || (step.report == Report::Applied && applied == 0)
                    || step.report == Report::Pending) {
                    ++misreported;
                    std::fprintf(stderr,
                        "misreported: %s %s %s (applied %d times)\n",
                        qPrintable(chain.name),
                        qPrintable(step.action),
                        qPrintable(step.code),
                        applied);
                }
                if (step.report == Report::Applied && !effectPresent(chain, i, account)) {
                    ++lost;
                    std::fprintf(stderr, "lost: %s %s\n", qPrintable(chain.name), qPrintable(step.action));
                }
            }
        }
        QTextStream out(stdout);
        out << "writes: " << writes << "\nlost: " << lost << "\ndoubled: " << doubled
            << "\nmisreported: " << misreported << "\nunknown: " << unknown
            << "\nsoak_seconds: " << QString::number(m_clock.elapsed() / 1000.0, 'f', 1) << '\n';
        for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it)
            out << "  not applied or unknown: " << it.key() << " x" << it.value() << '\n';
        out.flush();
        qApp->exit(lost + doubled + misreported == 0 && writes >= m_target ? 0 : 1);
    }

    int m_target;
    int m_requested = 0;
    int m_active = 0;
    QList<Chain> m_chains;
    QHash<QString, int> m_applied;
    QMap<QString, int> m_failures;
    QElapsedTimer m_clock;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AccountClient> m_rds;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int writes = args.value(1, QStringLiteral("1000")).toInt();
    const double rate = args.value(2, QStringLiteral("0.2")).toDouble();
    const quint32 seed = args.value(3, QStringLiteral("7")).toUInt();
    Soak soak(writes, rate, seed);
    if (!soak.start())
        return 2;
    return app.exec();
}
