#pragma once

#include "ActionReply.h"
#include "EngineBackend.h"
#include "LocalEngines.h"
#include "SandboxState.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcessEnvironment>

#include <memory>
#include <vector>

// The real engines of one sandbox run (--engines): which demo instance each one backs, and the local servers when
// the sandbox started them itself. Instances without an engine stay emulated.
//
//   --engines auto                                     private redis-server, postgres and mariadbd
//   --engines redis=127.0.0.1:6379,postgres=HOST:PORT,mysql=HOST:PORT   engines the user runs; admin credentials
//       from APSARA_REDIS_ADMIN_USER/_PASSWORD, APSARA_POSTGRES_ADMIN_USER (PGPASSWORD),
//       APSARA_MYSQL_ADMIN_USER/_PASSWORD
class EngineBackends
{
    Q_DECLARE_TR_FUNCTIONS(EngineBackends)

public:
    EngineBackends();
    ~EngineBackends();

    // The instances that get an engine: one Redis, one PostgreSQL, one MySQL of the demo data.
    static QString redisInstance() { return QStringLiteral("r-bp1a2b3c4d5e6f7g8"); }
    static QString postgresInstance() { return QStringLiteral("pgm-bp1m3n5b7v9c1x2z"); }
    static QString mysqlInstance() { return QStringLiteral("rm-bp1k8x3n2q7w4e5r6"); }

    // A malformed --engines value: what is wrong, else empty. `option` is the option as the user typed it
    // (the app's is --sandbox-engines), so the message names it.
    static QString checkSpec(const QString& spec, const QString& option = QStringLiteral("--engines"));

    // Starts or connects the engines of `spec`; false with *error.
    bool start(const QString& spec, const QProcessEnvironment& environment, QString* error);
    // Brings each engine in line with its instance's accounts; false with *error.
    bool adopt(const SandboxState& state, QString* error);

    bool started() const { return !m_backends.empty(); }
    // The API error for a change the engine refused: the engine's own message, nothing applied.
    static ActionReply refusal(const QString& engineMessage);

    // One line per engine: the instance it backs and its address, for the sandbox's start-up banner.
    QStringList summary() const;

    EngineBackend* forInstance(const QString& instanceId) const { return m_byInstance.value(instanceId); }
    const LocalEngines* localEngines() const { return m_local.get(); }

private:
    void add(const QString& instanceId, std::unique_ptr<EngineBackend> backend);

    std::unique_ptr<LocalEngines> m_local;
    std::vector<std::unique_ptr<EngineBackend>> m_backends;
    QHash<QString, EngineBackend*> m_byInstance;
};
