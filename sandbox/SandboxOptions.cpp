#include "SandboxOptions.h"

#include "EngineBackends.h"
#include "FaultInjector.h"

#include <QCoreApplication>

#include <cmath>

namespace {

QString invalidValue(const QString& option, const QString& value, const QString& expected)
{
    return SandboxOptions::tr("Invalid value '%1' for %2: expected %3.").arg(value, option, expected);
}

} // namespace

SandboxOptions::SandboxOptions()
{
    accessKeys.insert(QLatin1String(DemoAccessKeyId), QLatin1String(DemoAccessKeySecret));
    bearerTokens.append(QLatin1String(DemoBearerToken));
    credentialAccounts.insert(QLatin1String(DemoAccessKeyId), QLatin1String(DemoAccountId));
    credentialAccounts.insert(QLatin1String(DemoBearerToken), QLatin1String(DemoAccountId));
}

QString SandboxOptions::usage()
{
    // One usage line, as GNU programs have it: help2man makes the man page's SYNOPSIS from it (installer/).
    return tr("Usage: apsara-sandbox [OPTION]...\n"
              "\n"
              "A local emulator of the ApsaraDB RDS (2014-08-15) and ApsaraDB for Redis (2015-01-01) account APIs.\n"
              "  --port N                 TCP port on 127.0.0.1 (default: any free port)\n"
              "  --state FILE             load the inventory from FILE and save it there on exit\n"
              "  --data demo|empty        start with the demo inventory (default) or with nothing\n"
              "  --access-key ID:SECRET   accept this AccessKey pair too (repeatable)\n"
              "  --bearer-token TOKEN     accept this bearer token too (repeatable)\n"
              "  --rate-limit QPS         requests per second per Alibaba Cloud account (default 100, 0 = off);\n"
              "                           the operator limit below stays unless it is changed too\n"
              "  --operator-rate-limit QPS  Grant/RevokeOperatorPermission per second per account (default 10,\n"
              "                           0 = off)\n"
              "  --latency-ms N           delay every reply by N ms (default 0), without holding up others\n"
              "  --fault-rate P           share of requests, 0 to 1, that get an injected fault (default 0)\n"
              "  --fault-seed N           seed that makes the injected faults reproducible (default 1)\n"
              "  --fault-plan PLAN        give the first requests of named actions a chosen fault, e.g.\n"
              "                           CreateAccount=500,ResetAccountPassword=drop@after (KIND: 500, 503,\n"
              "                           drop, delay, truncate; @after: the write happened, the reply is lost)\n"
              "  --creating-delay SECONDS how long a new Redis account stays Creating (default 2; the service\n"
              "                           takes about 60)\n"
              "  --rds-lag SECONDS        how long a new RDS account stays Creating, to simulate a lagging service\n"
              "                           (default 0: RDS account calls are synchronous)\n"
              "  --engines auto|LIST      real engines behind one Redis, PostgreSQL and MySQL demo instance: auto\n"
              "                           starts private redis-server, postgres and mariadbd; or\n"
              "                           redis=HOST:PORT,postgres=HOST:PORT,mysql=HOST:PORT\n");
}

SandboxOptions SandboxOptions::parse(const QStringList& arguments, QString* error, bool* helpRequested)
{
    SandboxOptions o;
    error->clear();
    *helpRequested = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString option = arguments.at(i);
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            *helpRequested = true;
            return o;
        }
        static const QStringList withValue = { QStringLiteral("--port"),
            QStringLiteral("--state"),
            QStringLiteral("--data"),
            QStringLiteral("--access-key"),
            QStringLiteral("--bearer-token"),
            QStringLiteral("--rate-limit"),
            QStringLiteral("--operator-rate-limit"),
            QStringLiteral("--latency-ms"),
            QStringLiteral("--fault-rate"),
            QStringLiteral("--fault-seed"),
            QStringLiteral("--fault-plan"),
            QStringLiteral("--creating-delay"),
            QStringLiteral("--rds-lag"),
            QStringLiteral("--engines") };
        if (!withValue.contains(option)) {
            *error = tr("Unknown option '%1'.").arg(option);
            return o;
        }
        if (i + 1 >= arguments.size()) {
            *error = tr("Option %1 needs a value.").arg(option);
            return o;
        }
        const QString value = arguments.at(++i);
        bool ok = false;
        if (option == QLatin1String("--port")) {
            const uint port = value.toUInt(&ok);
            if (!ok || port > 65535) {
                *error = invalidValue(option, value, tr("a port number from 0 to 65535"));
                return o;
            }
            o.port = static_cast<quint16>(port);
        } else if (option == QLatin1String("--state")) {
            if (value.isEmpty()) {
                *error = invalidValue(option, value, tr("a file path"));
                return o;
            }
            o.stateFile = value;
        } else if (option == QLatin1String("--data")) {
            if (value == QLatin1String("demo")) {
                o.data = Data::Demo;
            } else if (value == QLatin1String("empty")) {
                o.data = Data::Empty;
            } else {
                *error = invalidValue(option, value, tr("demo or empty"));
                return o;
            }
        } else if (option == QLatin1String("--access-key")) {
            const qsizetype colon = value.indexOf(QLatin1Char(':'));
            if (colon <= 0 || colon == value.size() - 1) {
                *error = tr("Invalid value for --access-key: expected ID:SECRET, both non-empty.");
                return o;
            }
            o.accessKeys.insert(value.left(colon), value.mid(colon + 1));
        } else if (option == QLatin1String("--bearer-token")) {
            if (value.isEmpty()) {
                *error = invalidValue(option, value, tr("a non-empty token"));
                return o;
            }
            o.bearerTokens.append(value);
        } else if (option == QLatin1String("--rate-limit")) {
            o.rateLimit = value.toInt(&ok);
            if (!ok || o.rateLimit < 0) {
                *error = invalidValue(option, value, tr("a whole number of requests per second, 0 or more"));
                return o;
            }
        } else if (option == QLatin1String("--operator-rate-limit")) {
            o.operatorRateLimit = value.toInt(&ok);
            if (!ok || o.operatorRateLimit < 0) {
                *error = invalidValue(option, value, tr("a whole number of requests per second, 0 or more"));
                return o;
            }
        } else if (option == QLatin1String("--latency-ms")) {
            o.latencyMs = value.toInt(&ok);
            if (!ok || o.latencyMs < 0 || o.latencyMs > 60000) {
                *error = invalidValue(option, value, tr("a whole number of milliseconds from 0 to 60000"));
                return o;
            }
        } else if (option == QLatin1String("--fault-rate")) {
            o.faultRate = value.toDouble(&ok);
            if (!ok || !std::isfinite(o.faultRate) || o.faultRate < 0.0 || o.faultRate > 1.0) {
                *error = invalidValue(option, value, tr("a number from 0 to 1"));
                return o;
            }
        } else if (option == QLatin1String("--fault-plan")) {
            QList<FaultInjector::Planned> plan;
            QString planError;
            if (!FaultInjector::parsePlan(value, &plan, &planError)) {
                *error = invalidValue(option,
                    value,
                    tr("ACTION=KIND[@before|@after],... with KIND 500, 503, drop, "
                       "delay or truncate"));
                return o;
            }
            o.faultPlan = value;
        } else if (option == QLatin1String("--fault-seed")) {
            o.faultSeed = value.toUInt(&ok);
            if (!ok) {
                *error = invalidValue(option, value, tr("a whole number from 0 to 4294967295"));
                return o;
            }
        } else if (option == QLatin1String("--creating-delay")) {
            const double seconds = value.toDouble(&ok);
            if (!ok || !std::isfinite(seconds) || seconds < 0.0 || seconds > 86400.0) {
                *error = invalidValue(option, value, tr("a number of seconds from 0 to 86400"));
                return o;
            }
            o.creatingDelayMs = static_cast<int>(std::lround(seconds * 1000.0));
        } else if (option == QLatin1String("--rds-lag")) {
            const double seconds = value.toDouble(&ok);
            if (!ok || !std::isfinite(seconds) || seconds < 0.0 || seconds > 86400.0) {
                *error = invalidValue(option, value, tr("a number of seconds from 0 to 86400"));
                return o;
            }
            o.rdsLagMs = static_cast<int>(std::lround(seconds * 1000.0));
        } else if (option == QLatin1String("--engines")) {
            if (const QString problem = EngineBackends::checkSpec(value); !problem.isEmpty()) {
                *error = problem;
                return o;
            }
            o.engines = value;
        }
    }
    return o;
}
