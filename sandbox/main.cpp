#include "SandboxCredentials.h"
#include "SandboxOptions.h"
#include "SandboxServer.h"
#include "TerminationSignals.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("apsara-sandbox"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QString error;
    bool help = false;
    const SandboxOptions options = SandboxOptions::parse(QCoreApplication::arguments().mid(1), &error, &help);
    if (help) {
        out << SandboxOptions::usage();
        return 0;
    }
    if (!error.isEmpty()) {
        err << error << '\n' << SandboxOptions::usage();
        return 2;
    }
    if (SandboxCredentials::onCommandLine(QCoreApplication::arguments()))
        err << SandboxCredentials::commandLineWarning() << '\n';
    SandboxOptions withSecrets = options;
    if (const QString problem
        = SandboxCredentials::addFromEnvironment(withSecrets, QProcessEnvironment::systemEnvironment());
        !problem.isEmpty()) {
        err << problem << '\n';
        return 2;
    }

    SandboxServer server(withSecrets);
    if (server.listen() == 0) {
        err << server.errorString() << '\n';
        return 1;
    }
    out << QCoreApplication::translate("main", "apsara-sandbox listening on http://127.0.0.1:%1").arg(server.port())
        << '\n'
        << QCoreApplication::translate("main", "  RDS API version 2014-08-15, Redis API version 2015-01-01") << '\n'
        << QCoreApplication::translate("main", "  AccessKey ID:     %1")
               .arg(QLatin1String(SandboxOptions::DemoAccessKeyId))
        << '\n'
        << QCoreApplication::translate("main", "  AccessKey secret: %1")
               .arg(QLatin1String(SandboxOptions::DemoAccessKeySecret))
        << '\n'
        << QCoreApplication::translate("main", "  Bearer token:     %1")
               .arg(QLatin1String(SandboxOptions::DemoBearerToken))
        << '\n';
    for (const QString& line : server.engines().summary())
        out << line << '\n';
    out.flush();

    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &app, [&](int) {
        QString error;
        int status = 0;
        if (!server.saveState(&error)) {
            err << error << '\n';
            status = 1;
        }
        QCoreApplication::exit(status);
    });
    return QCoreApplication::exec();
}
