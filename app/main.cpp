#include "AppLogging.h"
#include "AppSession.h"
#include "Appearance.h"
#include "CommandLine.h"
#include "HeadlessImport.h"
#include "KeychainSecretStore.h"
#include "ProcessClock.h"
#include "RamPolicy.h"
#include "TranslationLoader.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("apsara-accounts"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("apsara-accounts.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("apsara-accounts"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APSARA_VERSION));
}

// The language option must be known before any translated text (help included) is built.
QString languageArgument(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return {};
}

int runHeadlessImport(const CommandLine& commandLine, int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    TranslationLoader translations;
    translations.install(commandLine.language);
    QSettings settings;
    KeychainSecretStore keychain;
    AppProfileService service(&settings, &keychain, nullptr);
    QTextStream out(stdout);
    QTextStream err(stderr);
    HeadlessImport import(&service, out, err);
    QObject::connect(&import, &HeadlessImport::finished, &app, &QCoreApplication::exit);
    import.start(commandLine.importFile);
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    ProcessClock::elapsedMs(); // starts the fallback clock as early as possible

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Help, version and errors need no display: answer them from a core application.
    {
        QCoreApplication core(argc, argv);
        describeApplication();
        TranslationLoader translations;
        translations.install(languageArgument(argc, argv));
        const CommandLine commandLine = CommandLine::parse(arguments);
        QTextStream out(stdout);
        switch (commandLine.outcome) {
        case CommandLine::Outcome::ShowHelp:
            out << commandLine.helpText;
            return 0;
        case CommandLine::Outcome::ShowVersion:
            out << QCoreApplication::applicationName() << QLatin1Char(' ') << QCoreApplication::applicationVersion()
                << Qt::endl;
            return 0;
        case CommandLine::Outcome::PrintRamPolicy:
            out << QString::fromUtf8(RamPolicy::document(commandLine.ramPolicyMode));
            return 0;
        case CommandLine::Outcome::Error:
            QTextStream(stderr) << commandLine.errorText << Qt::endl
                                << QCoreApplication::translate("main", "Try '%1 --help'.").arg(arguments.value(0))
                                << Qt::endl;
            return 2;
        case CommandLine::Outcome::ImportAliyun:
        case CommandLine::Outcome::Run:
            break;
        }
    }

    const CommandLine commandLine = CommandLine::parse(arguments);
    if (commandLine.outcome == CommandLine::Outcome::ImportAliyun)
        return runHeadlessImport(commandLine, argc, argv);

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/apsara-accounts.svg")));
    if (commandLine.palette == QLatin1String("dark"))
        Appearance::applyDarkPalette(app);
    else if (commandLine.palette == QLatin1String("light"))
        Appearance::applyLightPalette(app);
    if (commandLine.fontScale != 1.0)
        Appearance::scaleFont(app, commandLine.fontScale);
    TranslationLoader translations;
    translations.install(commandLine.language);

    AppSession session(commandLine);
    QObject::connect(&session, &AppSession::fatalError, &app, [](const QString& reason) {
        QTextStream(stderr) << reason << Qt::endl;
        QCoreApplication::exit(1);
    });
    if (commandLine.startupReport) {
        QObject::connect(&session, &AppSession::inventoryReady, &app, [](qint64 ms) {
            QTextStream(stdout) << "startup_ms: " << ms << Qt::endl;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        });
    }
    session.start();
    return app.exec();
}
