#include "AppProfileService.h"
#include "HeadlessImport.h"
#include "KeychainSecretStore.h"
#include "ProfileTestDoubles.h"
#include "SecretIndex.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

const QString Secret = QStringLiteral("kc-Secret-7f3a-你好");
QStringList g_log;

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    g_log.append(QString::fromUtf8(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

// Result of one job, waiting on the event loop.
SecretJob::Result finish(SecretJob* job, QString* value = nullptr)
{
    SecretJob::Result result = SecretJob::Result::Pending;
    QObject::connect(job, &SecretJob::finished, job, [&result, value](SecretJob* done) {
        result = done->result();
        if (value)
            *value = done->value();
    });
    (void)QTest::qWaitFor([&result] { return result != SecretJob::Result::Pending; }, 10000);
    return result;
}

bool waitFor(PendingOperation* operation, QString* requestId = nullptr)
{
    QSignalSpy ok(operation, &PendingOperation::succeeded);
    QSignalSpy failed(operation, &PendingOperation::failed);
    (void)QTest::qWaitFor([&] { return ok.size() + failed.size() > 0; }, 10000);
    if (requestId && !ok.isEmpty())
        *requestId = ok.first().first().toString();
    if (!failed.isEmpty())
        qWarning() << "operation failed:" << failed.first().first().value<ServiceError>().message;
    return !ok.isEmpty();
}

// What `secret-tool lookup` finds: QtKeychain stores the service as attribute "server", the key as "user".
QString secretToolLookup(const QString& key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
        { QStringLiteral("lookup"),
            QStringLiteral("server"),
            KeychainSecretStore::ServiceName,
            QStringLiteral("user"),
            key });
    tool.waitForFinished(10000);
    return QString::fromUtf8(tool.readAllStandardOutput());
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
            || qEnvironmentVariableIsSet("KC_SKIP_IF_UNAVAILABLE"))
            QSKIP("Needs a session bus with an unlocked Secret Service: run through tests/with-keyring.sh");
    }

    void roundTrip()
    {
        KeychainSecretStore store;
        const QString key = QStringLiteral("profile/round-trip/access-key-secret");
        QCOMPARE(finish(store.write(key, Secret)), SecretJob::Result::Ok);
        QString value;
        QCOMPARE(finish(store.read(key), &value), SecretJob::Result::Ok);
        QCOMPARE(value, Secret);
        QCOMPARE(secretToolLookup(key), Secret);
        QCOMPARE(finish(store.remove(key)), SecretJob::Result::Ok);
        QCOMPARE(finish(store.read(key)), SecretJob::Result::NotFound);
        QCOMPARE(finish(store.read(QStringLiteral("profile/never-written/bearer-token"))), SecretJob::Result::NotFound);
        QVERIFY(secretToolLookup(key).isEmpty());
    }

    void profileLifecycleLeavesNoTrace()
    {
        QTemporaryDir dir;
        const QString settingsPath = dir.filePath(QStringLiteral("apsara-accounts.ini"));
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        QLoggingCategory::setFilterRules(QStringLiteral("apsara.*=true"));
        QString output;
        QByteArray settingsSeen; // the settings file at each step, all searched at the end
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            KeychainSecretStore keychain;
            FakeProbe probe;
            probe.expectedSecret = Secret;
            AppProfileService service(&settings, &keychain, &probe);
            QSignalSpy availability(&service, &ProfileService::keychainAvailabilityChanged);
            service.checkKeychain();
            QVERIFY(availability.wait(10000));
            QVERIFY(service.keychainAvailable());

            Profile profile;
            profile.name = QStringLiteral("helpdesk");
            profile.accessKeyId = QStringLiteral("LTAI5tKeychainTest01");
            ProfileSecrets secrets;
            secrets.accessKeySecret = Secret;
            QVERIFY(waitFor(service.saveProfile(profile, secrets, {})));
            QCOMPARE(secretToolLookup(QStringLiteral("profile/helpdesk/access-key-secret")), Secret);
            settings.sync();
            settingsSeen += fileBytes(settingsPath);
            QVERIFY(settingsSeen.contains("LTAI5tKeychainTest01")); // proves we read the real settings file

            QString requestId;
            QVERIFY(waitFor(service.testConnection(profile, {}), &requestId)); // secret read back from the keychain
            QCOMPARE(requestId, QStringLiteral("REQ-0000-FAKE"));
            QCOMPARE(probe.lastSecrets.accessKeySecret, Secret);

            Profile renamed = profile;
            renamed.name = QStringLiteral("helpdesk-east");
            QVERIFY(waitFor(service.saveProfile(renamed, {}, profile.name)));
            QVERIFY(secretToolLookup(QStringLiteral("profile/helpdesk/access-key-secret")).isEmpty());
            QCOMPARE(secretToolLookup(QStringLiteral("profile/helpdesk-east/access-key-secret")), Secret);
            settings.sync();
            settingsSeen += fileBytes(settingsPath);

            QVERIFY(waitFor(service.removeProfile(renamed.name)));
            QVERIFY(secretToolLookup(QStringLiteral("profile/helpdesk-east/access-key-secret")).isEmpty());
            QVERIFY(SecretIndex(&settings).keys().isEmpty());
            QVERIFY(service.profiles().isEmpty());

            // The headless import's printed output, captured, for the same search.
            QTextStream out(&output);
            QTextStream err(&output);
            HeadlessImport import(&service, out, err);
            QSignalSpy finished(&import, &HeadlessImport::finished);
            import.start(QStringLiteral(APSARA_TEST_DATA_DIR "/aliyun/wellformed.json"));
            QVERIFY(finished.wait(10000));
            QCOMPARE(finished.first().first().toInt(), 0);
            QCOMPARE(secretToolLookup(QStringLiteral("profile/default/access-key-secret")),
                QStringLiteral("wellformed-secret-Qx81"));
            settings.sync();
            settingsSeen += fileBytes(settingsPath);
            QVERIFY(waitFor(service.removeProfile(QStringLiteral("default"))));
            QVERIFY(secretToolLookup(QStringLiteral("profile/default/access-key-secret")).isEmpty());
            settings.sync();
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(!g_log.isEmpty()); // the capture works: the service logs what it did
        QVERIFY(output.contains(QLatin1String("Imported default (mode AK)")));
        const QByteArray settingsFile = settingsSeen + fileBytes(settingsPath);
        QVERIFY(settingsFile.contains("profile/default/access-key-secret")); // the index names the key, no value
        for (const QString& needle : { Secret, QStringLiteral("wellformed-secret-Qx81") }) {
            QVERIFY(!settingsFile.contains(needle.toUtf8()));
            QVERIFY(!g_log.join(QLatin1Char('\n')).contains(needle));
            QVERIFY(!output.contains(needle));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
