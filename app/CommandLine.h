#pragma once

#include "RoleMode.h"
#include "SandboxOptions.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// The parsed command line of apsara-accounts. Parsing never exits the process: main() decides what to print and
// which status to return, so the parser is testable.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Outcome {
        Run, // open the window
        ShowHelp, // print helpText, exit 0
        ShowVersion, // print the version, exit 0
        ImportAliyun, // headless import of the aliyun CLI configuration
        PrintRamPolicy, // print the RAM policy of ramPolicyMode to stdout, exit 0
        Error, // print errorText, exit 2
    };

    Outcome outcome = Outcome::Run;
    QString errorText;
    QString helpText;

    bool sandbox = false;
    bool startupReport = false;
    QString profile;
    std::optional<RoleMode> mode; // --mode helpdesk|dba|audit; nullopt: the profile's remembered mode
    RoleMode ramPolicyMode = RoleMode::Dba; // with Outcome::PrintRamPolicy
    QString region;
    QString language; // "zh_CN", "en"; empty = system locale
    QMap<QString, QUrl> endpoints; // product code ("rds", "r-kvstore") -> URL
    QString importFile; // empty = ~/.aliyun/config.json
    QString screenshotDialog; // developer hook: open this dialog for a screenshot
    QString palette; // "dark" or "light" (Fusion style); empty: the system's palette
    double fontScale = 1.0; // 1.5 draws every text at 150 %
    SandboxOptions sandboxOptions; // demo mode's built-in sandbox: --creating-delay, --rds-lag, --sandbox-state,
                                   // --fault-plan

    // arguments includes the program name, as QCoreApplication::arguments() gives it.
    static CommandLine parse(const QStringList& arguments);
};
