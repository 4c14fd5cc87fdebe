#include "CommandLine.h"

#include "EngineBackends.h"
#include "FaultInjector.h"
#include "Product.h"
#include "ProfileRules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace {

// Returns an error text, or an empty string when the value is a usable endpoint override.
QString addEndpoint(const QString& value, QMap<QString, QUrl>& endpoints)
{
    const qsizetype equals = value.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return CommandLine::tr("--endpoint expects PRODUCT=URL (PRODUCT is rds or r-kvstore), got '%1'.").arg(value);
    const QString product = value.left(equals).trimmed().toLower();
    if (!ProductInfo::productFromCode(product))
        return CommandLine::tr("--endpoint: unknown product '%1'; use rds or r-kvstore.").arg(product);
    const QUrl url(value.mid(equals + 1).trimmed(), QUrl::StrictMode);
    if (!ProfileRules::isEndpointUrl(url))
        return CommandLine::tr("--endpoint: '%1' is not an http(s) URL with a host.").arg(value.mid(equals + 1));
    endpoints.insert(product, url);
    return {};
}

bool isLanguageCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}([_-][A-Za-z]{2,4})?$"));
    return pattern.match(code).hasMatch();
}

// Milliseconds for a number of seconds from 0 to a day, as the sandbox's own options take them.
std::optional<int> seconds(const QString& value)
{
    bool ok = false;
    const double s = value.toDouble(&ok);
    if (!ok || !std::isfinite(s) || s < 0.0 || s > 86400.0)
        return std::nullopt;
    return static_cast<int>(std::lround(s * 1000.0));
}

// Every option but --help and --version, in the order --help lists them; value: the placeholder of an option
// that takes one.
struct OptionSpec
{
    const char* name;
    const char* help;
    const char* value;
};

constexpr OptionSpec Options[] = {
    { "sandbox",
        QT_TRANSLATE_NOOP("CommandLine", "Run on the built-in sandbox with demo data; no cloud account needed."),
        nullptr },
    { "profile", QT_TRANSLATE_NOOP("CommandLine", "Use the profile NAME."), QT_TRANSLATE_NOOP("CommandLine", "NAME") },
    { "region",
        QT_TRANSLATE_NOOP("CommandLine", "Start in region ID, e.g. cn-hangzhou."),
        QT_TRANSLATE_NOOP("CommandLine", "ID") },
    { "endpoint",
        QT_TRANSLATE_NOOP("CommandLine",
            "Send PRODUCT's calls to URL instead of the public endpoint (repeatable; PRODUCT is rds or r-kvstore)."),
        QT_TRANSLATE_NOOP("CommandLine", "PRODUCT=URL") },
    { "lang",
        QT_TRANSLATE_NOOP("CommandLine", "User interface language, e.g. zh_CN or en."),
        QT_TRANSLATE_NOOP("CommandLine", "CODE") },
    { "import-aliyun-config",
        QT_TRANSLATE_NOOP("CommandLine",
            "Import the profiles of the aliyun CLI (FILE, default ~/.aliyun/config.json) without opening a window."),
        nullptr },
    { "startup-report",
        QT_TRANSLATE_NOOP("CommandLine", "Measure the time until the instance tree is filled, print it and exit."),
        nullptr },
    { "screenshot-dialog",
        QT_TRANSLATE_NOOP("CommandLine", "Developer aid: open the dialog NAME for a screenshot."),
        QT_TRANSLATE_NOOP("CommandLine", "NAME") },
    { "creating-delay",
        QT_TRANSLATE_NOOP("CommandLine",
            "Demo sandbox: a new Redis account stays Creating this long (default 2; the service takes about 60)."),
        QT_TRANSLATE_NOOP("CommandLine", "SECONDS") },
    { "rds-lag",
        QT_TRANSLATE_NOOP("CommandLine",
            "Demo sandbox: a new RDS account stays Creating this long, like a lagging service (default 0)."),
        QT_TRANSLATE_NOOP("CommandLine", "SECONDS") },
    { "latency-ms",
        QT_TRANSLATE_NOOP("CommandLine",
            "Demo sandbox: delay every reply by N ms, like a far-away endpoint "
            "(default 0)."),
        QT_TRANSLATE_NOOP("CommandLine", "N") },
    { "sandbox-state",
        QT_TRANSLATE_NOOP("CommandLine", "Demo sandbox: load the inventory from FILE and save it there on exit."),
        QT_TRANSLATE_NOOP("CommandLine", "FILE") },
    { "fault-plan",
        QT_TRANSLATE_NOOP("CommandLine",
            "Demo sandbox: give the first requests of named actions a chosen fault, e.g. CreateAccount=500 or "
            "ResetAccountPassword=drop@after (see apsara-sandbox --help)."),
        QT_TRANSLATE_NOOP("CommandLine", "PLAN") },
    { "sandbox-engines",
        QT_TRANSLATE_NOOP("CommandLine",
            "Demo sandbox: real engines behind one Redis, PostgreSQL and MySQL instance: auto starts private "
            "redis-server, postgres and mariadbd; or redis=HOST:PORT,postgres=HOST:PORT,mysql=HOST:PORT."),
        QT_TRANSLATE_NOOP("CommandLine", "ENGINES") },
    { "mode",
        QT_TRANSLATE_NOOP(
            "CommandLine", "Open in MODE: helpdesk (find, reset, unlock), dba (everything) or audit (read only)."),
        QT_TRANSLATE_NOOP("CommandLine", "MODE") },
    { "ram-policy",
        QT_TRANSLATE_NOOP("CommandLine",
            "Print the least-privilege RAM policy (JSON) that MODE needs (helpdesk, dba or audit) and exit."),
        QT_TRANSLATE_NOOP("CommandLine", "MODE") },
    { "palette",
        QT_TRANSLATE_NOOP("CommandLine", "Colours: dark or light (Fusion style), or system (default)."),
        QT_TRANSLATE_NOOP("CommandLine", "NAME") },
    { "font-scale",
        QT_TRANSLATE_NOOP("CommandLine", "Draw every text FACTOR times its normal size, e.g. 1.5 (0.5 to 4)."),
        QT_TRANSLATE_NOOP("CommandLine", "FACTOR") },
};

} // namespace

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage ApsaraDB RDS and ApsaraDB for Redis database accounts on Alibaba Cloud."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    for (const OptionSpec& spec : Options) {
        const QString value = spec.value ? QCoreApplication::translate("CommandLine", spec.value) : QString();
        parser.addOption(
            QCommandLineOption(QLatin1String(spec.name), QCoreApplication::translate("CommandLine", spec.help), value));
    }
    parser.addPositionalArgument(
        QStringLiteral("FILE"), tr("With --import-aliyun-config: the file to import."), tr("[FILE]"));
    result.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        result.outcome = Outcome::Error;
        result.errorText = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.outcome = Outcome::ShowHelp;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.outcome = Outcome::ShowVersion;
        return result;
    }

    auto fail = [&result](const QString& text) {
        result.outcome = Outcome::Error;
        result.errorText = text;
        return result;
    };

    if (parser.isSet(QStringLiteral("ram-policy"))) {
        const std::optional<RoleMode> mode
            = RoleModes::fromWireName(parser.value(QStringLiteral("ram-policy")).trimmed());
        if (!mode)
            return fail(tr("--ram-policy: '%1' is not one of %2.")
                            .arg(parser.value(QStringLiteral("ram-policy")),
                                RoleModes::wireNames().join(QStringLiteral(", "))));
        result.outcome = Outcome::PrintRamPolicy;
        result.ramPolicyMode = *mode;
        return result;
    }
    if (parser.isSet(QStringLiteral("mode"))) {
        result.mode = RoleModes::fromWireName(parser.value(QStringLiteral("mode")).trimmed());
        if (!result.mode)
            return fail(
                tr("--mode: '%1' is not one of %2.")
                    .arg(parser.value(QStringLiteral("mode")), RoleModes::wireNames().join(QStringLiteral(", "))));
    }
    result.sandbox = parser.isSet(QStringLiteral("sandbox"));
    result.startupReport = parser.isSet(QStringLiteral("startup-report"));
    result.profile = parser.value(QStringLiteral("profile")).trimmed();
    if (parser.isSet(QStringLiteral("profile")) && result.profile.isEmpty())
        return fail(tr("--profile needs a profile name."));
    result.region = parser.value(QStringLiteral("region")).trimmed();
    if (parser.isSet(QStringLiteral("region")) && !ProfileRules::isRegionId(result.region))
        return fail(tr("--region: '%1' is not a region ID such as cn-hangzhou.").arg(result.region));
    result.language = parser.value(QStringLiteral("lang")).trimmed();
    if (parser.isSet(QStringLiteral("lang")) && !isLanguageCode(result.language))
        return fail(tr("--lang: '%1' is not a language code such as zh_CN or en.").arg(result.language));
    for (const QString& value : parser.values(QStringLiteral("endpoint"))) {
        const QString error = addEndpoint(value, result.endpoints);
        if (!error.isEmpty())
            return fail(error);
    }
    result.screenshotDialog = parser.value(QStringLiteral("screenshot-dialog"));
    result.palette = parser.value(QStringLiteral("palette")).trimmed().toLower();
    if (result.palette == QLatin1String("system"))
        result.palette.clear();
    if (!result.palette.isEmpty() && result.palette != QLatin1String("dark")
        && result.palette != QLatin1String("light"))
        return fail(tr("--palette: '%1' is not dark, light or system.").arg(parser.value(QStringLiteral("palette"))));
    if (parser.isSet(QStringLiteral("font-scale"))) {
        bool ok = false;
        result.fontScale = parser.value(QStringLiteral("font-scale")).toDouble(&ok);
        if (!ok || !(result.fontScale >= 0.5 && result.fontScale <= 4.0))
            return fail(tr("--font-scale: '%1' is not a factor from 0.5 to 4.")
                            .arg(parser.value(QStringLiteral("font-scale"))));
    }
    for (const auto& [option, target] :
        { std::pair { QStringLiteral("creating-delay"), &result.sandboxOptions.creatingDelayMs },
            std::pair { QStringLiteral("rds-lag"), &result.sandboxOptions.rdsLagMs } }) {
        if (!parser.isSet(option))
            continue;
        const std::optional<int> ms = seconds(parser.value(option));
        if (!ms)
            return fail(tr("--%1: '%2' is not a number of seconds from 0 to 86400.").arg(option, parser.value(option)));
        *target = *ms;
    }
    if (parser.isSet(QStringLiteral("sandbox-engines"))) {
        if (const QString problem = EngineBackends::checkSpec(
                parser.value(QStringLiteral("sandbox-engines")), QStringLiteral("--sandbox-engines"));
            !problem.isEmpty())
            return fail(problem);
        result.sandboxOptions.engines = parser.value(QStringLiteral("sandbox-engines"));
    }
    if (parser.isSet(QStringLiteral("latency-ms"))) {
        bool ok = false;
        const int ms = parser.value(QStringLiteral("latency-ms")).toInt(&ok);
        if (!ok || ms < 0 || ms > 60000)
            return fail(tr("--latency-ms: '%1' is not a whole number of milliseconds from 0 to 60000.")
                            .arg(parser.value(QStringLiteral("latency-ms"))));
        result.sandboxOptions.latencyMs = ms;
    }
    if (parser.isSet(QStringLiteral("fault-plan"))) {
        QList<FaultInjector::Planned> plan;
        QString planError;
        if (!FaultInjector::parsePlan(parser.value(QStringLiteral("fault-plan")), &plan, &planError))
            return fail(tr("--fault-plan: %1.").arg(planError));
        result.sandboxOptions.faultPlan = parser.value(QStringLiteral("fault-plan"));
    }
    if (parser.isSet(QStringLiteral("sandbox-state"))) {
        result.sandboxOptions.stateFile = parser.value(QStringLiteral("sandbox-state"));
        if (result.sandboxOptions.stateFile.isEmpty())
            return fail(tr("--sandbox-state needs a file path."));
    }

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("import-aliyun-config"))) {
        if (positional.size() > 1)
            return fail(tr("--import-aliyun-config takes at most one FILE."));
        result.outcome = Outcome::ImportAliyun;
        result.importFile = positional.value(0);
        return result;
    }
    if (!positional.isEmpty())
        return fail(tr("Unexpected argument '%1'.").arg(positional.first()));
    return result;
}
