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

} // namespace

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage ApsaraDB RDS and ApsaraDB for Redis database accounts on Alibaba Cloud."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"), tr("Run on the built-in sandbox with demo data; no cloud account needed."));
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("Use the profile NAME."), tr("NAME"));
    const QCommandLineOption regionOption(
        QStringLiteral("region"), tr("Start in region ID, e.g. cn-hangzhou."), tr("ID"));
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"),
        tr("Send PRODUCT's calls to URL instead of the public endpoint (repeatable; PRODUCT is rds or r-kvstore)."),
        tr("PRODUCT=URL"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), tr("User interface language, e.g. zh_CN or en."), tr("CODE"));
    const QCommandLineOption importOption(QStringLiteral("import-aliyun-config"),
        tr("Import the profiles of the aliyun CLI (FILE, default ~/.aliyun/config.json) without opening a window."));
    const QCommandLineOption startupReportOption(
        QStringLiteral("startup-report"), tr("Measure the time until the instance tree is filled, print it and exit."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot-dialog"), tr("Developer aid: open the dialog NAME for a screenshot."), tr("NAME"));
    const QCommandLineOption creatingDelayOption(QStringLiteral("creating-delay"),
        tr("Demo sandbox: a new Redis account stays Creating this long (default 2; the service takes about 60)."),
        tr("SECONDS"));
    const QCommandLineOption rdsLagOption(QStringLiteral("rds-lag"),
        tr("Demo sandbox: a new RDS account stays Creating this long, like a lagging service (default 0)."),
        tr("SECONDS"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
        tr("Demo sandbox: delay every reply by N ms, like a far-away endpoint "
           "(default 0)."),
        tr("N"));
    const QCommandLineOption sandboxStateOption(QStringLiteral("sandbox-state"),
        tr("Demo sandbox: load the inventory from FILE and save it there on exit."),
        tr("FILE"));
    const QCommandLineOption faultPlanOption(QStringLiteral("fault-plan"),
        tr("Demo sandbox: give the first requests of named actions a chosen fault, e.g. CreateAccount=500 or "
           "ResetAccountPassword=drop@after (see apsara-sandbox --help)."),
        tr("PLAN"));
    const QCommandLineOption enginesOption(QStringLiteral("sandbox-engines"),
        tr("Demo sandbox: real engines behind one Redis, PostgreSQL and MySQL instance: auto starts private "
           "redis-server, postgres and mariadbd; or redis=HOST:PORT,postgres=HOST:PORT,mysql=HOST:PORT."),
        tr("ENGINES"));
    for (const auto& option : { sandboxOption,
             profileOption,
             regionOption,
             endpointOption,
             langOption,
             importOption,
             startupReportOption,
             screenshotOption,
             creatingDelayOption,
             rdsLagOption,
             latencyOption,
             sandboxStateOption,
             faultPlanOption,
             enginesOption })
        parser.addOption(option);
    const QCommandLineOption paletteOption(
        QStringLiteral("palette"), tr("Colours: dark or light (Fusion style), or system (default)."), tr("NAME"));
    const QCommandLineOption fontScaleOption(QStringLiteral("font-scale"),
        tr("Draw every text FACTOR times its normal size, e.g. 1.5 (0.5 to 4)."),
        tr("FACTOR"));
    const QCommandLineOption modeOption(QStringLiteral("mode"),
        tr("Open in MODE: helpdesk (find, reset, unlock), dba (everything) or audit (read only)."),
        tr("MODE"));
    const QCommandLineOption ramPolicyOption(QStringLiteral("ram-policy"),
        tr("Print the least-privilege RAM policy (JSON) that MODE needs (helpdesk, dba or audit) and exit."),
        tr("MODE"));
    parser.addOption(modeOption);
    parser.addOption(ramPolicyOption);
    parser.addOption(paletteOption);
    parser.addOption(fontScaleOption);
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

    if (parser.isSet(ramPolicyOption)) {
        const std::optional<RoleMode> mode = RoleModes::fromWireName(parser.value(ramPolicyOption).trimmed());
        if (!mode)
            return fail(tr("--ram-policy: '%1' is not one of %2.")
                            .arg(parser.value(ramPolicyOption), RoleModes::wireNames().join(QStringLiteral(", "))));
        result.outcome = Outcome::PrintRamPolicy;
        result.ramPolicyMode = *mode;
        return result;
    }
    if (parser.isSet(modeOption)) {
        result.mode = RoleModes::fromWireName(parser.value(modeOption).trimmed());
        if (!result.mode)
            return fail(tr("--mode: '%1' is not one of %2.")
                            .arg(parser.value(modeOption), RoleModes::wireNames().join(QStringLiteral(", "))));
    }
    result.sandbox = parser.isSet(sandboxOption);
    result.startupReport = parser.isSet(startupReportOption);
    result.profile = parser.value(profileOption).trimmed();
    if (parser.isSet(profileOption) && result.profile.isEmpty())
        return fail(tr("--profile needs a profile name."));
    result.region = parser.value(regionOption).trimmed();
    if (parser.isSet(regionOption) && !ProfileRules::isRegionId(result.region))
        return fail(tr("--region: '%1' is not a region ID such as cn-hangzhou.").arg(result.region));
    result.language = parser.value(langOption).trimmed();
    if (parser.isSet(langOption) && !isLanguageCode(result.language))
        return fail(tr("--lang: '%1' is not a language code such as zh_CN or en.").arg(result.language));
    for (const QString& value : parser.values(endpointOption)) {
        const QString error = addEndpoint(value, result.endpoints);
        if (!error.isEmpty())
            return fail(error);
    }
    result.screenshotDialog = parser.value(screenshotOption);
    result.palette = parser.value(paletteOption).trimmed().toLower();
    if (result.palette == QLatin1String("system"))
        result.palette.clear();
    if (!result.palette.isEmpty() && result.palette != QLatin1String("dark")
        && result.palette != QLatin1String("light"))
        return fail(tr("--palette: '%1' is not dark, light or system.").arg(parser.value(paletteOption)));
    if (parser.isSet(fontScaleOption)) {
        bool ok = false;
        result.fontScale = parser.value(fontScaleOption).toDouble(&ok);
        if (!ok || !(result.fontScale >= 0.5 && result.fontScale <= 4.0))
            return fail(tr("--font-scale: '%1' is not a factor from 0.5 to 4.").arg(parser.value(fontScaleOption)));
    }
    for (const auto& [option, target] : { std::pair { creatingDelayOption, &result.sandboxOptions.creatingDelayMs },
             std::pair { rdsLagOption, &result.sandboxOptions.rdsLagMs } }) {
        if (!parser.isSet(option))
            continue;
        const std::optional<int> ms = seconds(parser.value(option));
        if (!ms)
            return fail(tr("--%1: '%2' is not a number of seconds from 0 to 86400.")
                            .arg(option.names().constFirst(), parser.value(option)));
        *target = *ms;
    }
    if (parser.isSet(enginesOption)) {
        if (const QString problem
            = EngineBackends::checkSpec(parser.value(enginesOption), QStringLiteral("--sandbox-engines"));
            !problem.isEmpty())
            return fail(problem);
        result.sandboxOptions.engines = parser.value(enginesOption);
    }
    if (parser.isSet(latencyOption)) {
        bool ok = false;
        const int ms = parser.value(latencyOption).toInt(&ok);
        if (!ok || ms < 0 || ms > 60000)
            return fail(tr("--latency-ms: '%1' is not a whole number of milliseconds from 0 to 60000.")
                            .arg(parser.value(latencyOption)));
        result.sandboxOptions.latencyMs = ms;
    }
    if (parser.isSet(faultPlanOption)) {
        QList<FaultInjector::Planned> plan;
        QString planError;
        if (!FaultInjector::parsePlan(parser.value(faultPlanOption), &plan, &planError))
            return fail(tr("--fault-plan: %1.").arg(planError));
        result.sandboxOptions.faultPlan = parser.value(faultPlanOption);
    }
    if (parser.isSet(sandboxStateOption)) {
        result.sandboxOptions.stateFile = parser.value(sandboxStateOption);
        if (result.sandboxOptions.stateFile.isEmpty())
            return fail(tr("--sandbox-state needs a file path."));
    }

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(importOption)) {
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
