// One whole session for secret-scan.sh: saves a profile (its secret to an in-memory store only), signs with an
// AccessKey secret, creates an account, resets its password, has one create refused (the name is taken), logs
// everything at debug level and exports the activity as CSV. The secrets come from the environment
// (never argv): APSARA_SCAN_SECRET, APSARA_SCAN_PASSWORD1, APSARA_SCAN_PASSWORD2.
//
// Usage: secret_session SANDBOX_URL EXPORT_CSV
#include "AccountClient.h"
#include "ActivityLogModel.h"
#include "ApiClient.h"
#include "ProfileStore.h"
#include "RequestLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("apsara-accounts"));
    QCoreApplication::setApplicationName(QStringLiteral("apsara-accounts"));
    const QStringList args = app.arguments();
    const QString secret = qEnvironmentVariable("APSARA_SCAN_SECRET");
    const QString first = qEnvironmentVariable("APSARA_SCAN_PASSWORD1");
    const QString second = qEnvironmentVariable("APSARA_SCAN_PASSWORD2");
    if (args.size() != 3 || secret.isEmpty() || first.isEmpty() || second.isEmpty()) {
        std::fprintf(stderr, "usage: secret_session SANDBOX_URL EXPORT_CSV (secrets in the environment)\n");
        return 2;
    }

    QSettings settings;
    ProfileStore profiles(&settings);
    Profile profile;
    profile.name = QStringLiteral("scan");
    profile.accessKeyId = QStringLiteral("scan-id");
    profiles.save(profile);
    profiles.setActiveProfileName(profile.name);
    settings.sync();

    ApiClient client;
    RequestLog log;
    ActivityLogModel activity;
    QObject::connect(&log, &RequestLog::recorded, &activity, &ActivityLogModel::append);
    client.setRequestLog(&log);
    client.setCredentials(Credentials::accessKey(QStringLiteral("scan-id"), secret));
    client.endpoints().setOverride(Product::Rds, QUrl(args.at(1)));
    AccountClient rds(&client, Product::Rds);
    const QString instance = QStringLiteral("rm-bp1k8x3n2q7w4e5r6");
    int failures = 0;

    auto exportAndQuit = [&] {
        QFile csv(args.at(2));
        if (!csv.open(QIODevice::WriteOnly))
            return QCoreApplication::exit(3);
        csv.write(activity.toCsv().toUtf8());
        csv.close();
        std::printf(
            "session: %lld calls, %d failed as expected\n", static_cast<long long>(activity.rowCount()), failures);
        QCoreApplication::exit(failures == 1 ? 0 : 1);
    };
    auto reset = [&] {
        rds.write(rds.requests().resetAccountPassword(instance, QStringLiteral("scan_user"), second),
            &app,
            [&](const ApiResult<QString>& r) {
                failures += r.ok() ? 0 : 1;
                // A create the service refuses: its error path logs the request too.
                rds.write(rds.requests().createAccount(instance, QStringLiteral("scan_user"), first, {}, {}),
                    &app,
                    [&](const ApiResult<QString>& refused) {
                        failures += refused.ok() ? 0 : 1;
                        exportAndQuit();
                    });
            });
    };
    QTimer::singleShot(0, &app, [&] {
        rds.write(
            rds.requests().createAccount(
                instance, QStringLiteral("scan_user"), first, QStringLiteral("Normal"), QStringLiteral("secret scan")),
            &app,
            [&](const ApiResult<QString>& r) {
                failures += r.ok() ? 0 : 10;
                reset();
            });
    });
    return app.exec();
}
