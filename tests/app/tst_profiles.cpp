#include "AliyunConfigImporter.h"
#include "AppProfileService.h"
#include "EnvironmentProfile.h"
#include "HeadlessImport.h"
#include "KeychainSecretStore.h"
#include "MemorySecretStore.h"
#include "ProfileStore.h"
#include "ProfileTestDoubles.h"
#include "SecretIndex.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(APSARA_TEST_DATA_DIR "/aliyun/") + QLatin1String(name);
}

Profile accessKeyProfile(const QString& name)
{
    Profile p;
    p.name = name;
    p.accessKeyId = QStringLiteral("LTAI5tUnitTestKey001");
    p.defaultRegion = QStringLiteral("cn-shanghai");
    p.signingMethod = Profile::SigningMethod::RpcHmacSha1;
    p.endpointOverrides.insert(QStringLiteral("rds"), QStringLiteral("http://127.0.0.1:9000"));
    return p;
}

bool waitFor(PendingOperation* operation, QString* requestId = nullptr, ServiceError* error = nullptr)
{
    QSignalSpy ok(operation, &PendingOperation::succeeded);
    QSignalSpy failed(operation, &PendingOperation::failed);
    if (!QTest::qWaitFor([&] { return ok.size() + failed.size() > 0; }, 5000))
        return false;
    if (requestId && !ok.isEmpty())
        *requestId = ok.first().first().toString();
    if (error && !failed.isEmpty())
        *error = failed.first().first().value<ServiceError>();
    return !ok.isEmpty();
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QFile::remove(settingsPath()); }

    void profileStoreRoundTrip()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        QVERIFY(store.profiles().isEmpty());
        Profile p = accessKeyProfile(QStringLiteral("ops"));
        QVERIFY(store.save(p));
        QCOMPARE(store.profile(QStringLiteral("ops")), p);
        store.setActiveProfileName(QStringLiteral("ops"));

        QVERIFY(store.rename(QStringLiteral("ops"), QStringLiteral("ops-2")));
        QVERIFY(!store.contains(QStringLiteral("ops")));
        p.name = QStringLiteral("ops-2");
        QCOMPARE(store.profile(QStringLiteral("ops-2")), p);
        QCOMPARE(store.activeProfileName(), QStringLiteral("ops-2"));

        Profile session = accessKeyProfile(QStringLiteral("temp"));
        session.sessionOnly = true;
        QVERIFY(!store.save(session));
        QVERIFY(!store.contains(QStringLiteral("temp")));

        store.remove(QStringLiteral("ops-2"));
        QVERIFY(store.names().isEmpty());
        QVERIFY(store.activeProfileName().isEmpty());
    }

    void profileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("usable");
        QTest::newRow("plain") << QStringLiteral("prod-east") << true;
        QTest::newRow("chinese") << QStringLiteral("生产环境") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("backslash") << QStringLiteral("a\\b") << false;
        QTest::newRow("padded") << QStringLiteral(" ops") << false;
        QTest::newRow("long") << QString(65, QLatin1Char('x')) << false;
    }

    void profileNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, usable);
        QCOMPARE(ProfileStore::nameProblem(name).isEmpty(), usable);
    }

    void secretIndexListsOnlyItsProfile()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SecretIndex index(&settings);
        index.add(QStringLiteral("profile/a/access-key-secret"));
        index.add(QStringLiteral("profile/ab/access-key-secret"));
        index.add(QStringLiteral("profile/a/security-token"));
        index.add(QStringLiteral("profile/a/security-token"));
        QCOMPARE(index.keys().size(), 3);
        QCOMPARE(index.keysOfProfile(QStringLiteral("a")),
            QStringList({ QStringLiteral("profile/a/access-key-secret"), QStringLiteral("profile/a/security-token") }));
        index.remove(QStringLiteral("profile/a/security-token"));
        QVERIFY(!index.contains(QStringLiteral("profile/a/security-token")));
        QCOMPARE(index.keysOfProfile(QStringLiteral("ab")).size(), 1);
    }

    void memoryStoreAnswersAsynchronously()
    {
        MemorySecretStore store;
        SecretJob* missing = store.read(QStringLiteral("k"));
        QSignalSpy missingSpy(missing, &SecretJob::finished);
        QCOMPARE(missing->result(), SecretJob::Result::Pending); // never answered inside the call
        QVERIFY(missingSpy.wait());
        QCOMPARE(missingSpy.first().first().value<SecretJob*>(), missing);

        bool readOk = false;
        QString value;
        connect(
            store.write(QStringLiteral("k"), QStringLiteral("v-你好")), &SecretJob::finished, this, [&](SecretJob*) {
                connect(store.read(QStringLiteral("k")), &SecretJob::finished, this, [&](SecretJob* job) {
                    readOk = job->result() == SecretJob::Result::Ok;
                    value = job->value();
                });
            });
        QTRY_VERIFY(readOk);
        QCOMPARE(value, QStringLiteral("v-你好"));
        SecretJob::Result removed = SecretJob::Result::Pending;
        connect(store.remove(QStringLiteral("k")), &SecretJob::finished, this, [&](SecretJob* job) {
            removed = job->result();
        });
        QTRY_COMPARE(removed, SecretJob::Result::Ok);
        QVERIFY(!store.contains(QStringLiteral("k")));
    }

    void environmentProfile()
    {
        qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5tEnvironment001");
        qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret-value");
        qputenv("ALIBABA_CLOUD_SECURITY_TOKEN", "env-token-value");
        qputenv("ALIBABA_CLOUD_REGION_ID", "eu-central-1");
        std::optional<EnvironmentProfile> env = EnvironmentProfile::fromEnvironment();
        QVERIFY(env);
        QCOMPARE(env->profile.name, QStringLiteral("environment"));
        QVERIFY(env->profile.sessionOnly);
        QCOMPARE(env->profile.authMode, Profile::AuthMode::Sts);
        QCOMPARE(env->profile.defaultRegion, QStringLiteral("eu-central-1"));
        QCOMPARE(env->secrets.accessKeySecret, QStringLiteral("env-secret-value"));

        // The environment profile is offered but never reaches the settings file.
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            MemorySecretStore keychain;
            AppProfileService service(&settings, &keychain, nullptr);
            QVERIFY(service.addEnvironmentProfile());
            QCOMPARE(service.profiles().size(), 1);
            service.activateProfile(QStringLiteral("environment"));
            QCOMPARE(service.activeProfileName(), QStringLiteral("environment"));
            QTRY_VERIFY(!keychain.contains(QStringLiteral("profile/environment/access-key-secret")));
            settings.sync();
        }
        QVERIFY(!fileBytes(settingsPath()).contains("env-"));
        QVERIFY(!fileBytes(settingsPath()).contains("environment"));

        qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
        qunsetenv("ALIBABA_CLOUD_SECURITY_TOKEN");
        QVERIFY(!EnvironmentProfile::fromEnvironment()); // an ID without its secret is not a credential
        qputenv("ALIYUN_API_KEY", "env-bearer");
        qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_ID");
        env = EnvironmentProfile::fromEnvironment();
        QVERIFY(env);
        QCOMPARE(env->profile.authMode, Profile::AuthMode::BearerToken);
        QCOMPARE(env->secrets.bearerToken, QStringLiteral("env-bearer"));
        qunsetenv("ALIYUN_API_KEY");
        qunsetenv("ALIBABA_CLOUD_REGION_ID");
        QVERIFY(!EnvironmentProfile::fromEnvironment());
    }

    void importWellFormed()
    {
        const auto result = AliyunConfigImporter::importFile(fixture("wellformed.json"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.current, QStringLiteral("default"));
        QCOMPARE(result.profiles.size(), 1);
        const auto& imported = result.profiles.first();
        QCOMPARE(imported.profile.name, QStringLiteral("default"));
        QCOMPARE(imported.profile.accessKeyId, QStringLiteral("LTAI5tWellFormedKey01"));
        QCOMPARE(imported.profile.defaultRegion, QStringLiteral("cn-shanghai"));
        QCOMPARE(imported.secrets.accessKeySecret, QStringLiteral("wellformed-secret-Qx81"));
        QVERIFY(imported.secrets.securityToken.isEmpty());
        QVERIFY(result.skipped.isEmpty());
    }

    void importSeveralAndSkipUnmappable()
    {
        const auto result = AliyunConfigImporter::importFile(fixture("several.json"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QStringList names;
        for (const auto& p : result.profiles)
            names.append(p.profile.name);
        QCOMPARE(names, QStringList({ QStringLiteral("default"), QStringLiteral("sts"), QStringLiteral("bearer") }));
        QCOMPARE(result.profiles.at(1).profile.authMode, Profile::AuthMode::Sts);
        QCOMPARE(result.profiles.at(1).secrets.securityToken, QStringLiteral("several-sts-token-2"));
        QCOMPARE(result.profiles.at(2).profile.authMode, Profile::AuthMode::BearerToken);
        QCOMPARE(result.profiles.at(2).secrets.bearerToken, QStringLiteral("several-bearer-token-3"));
        QCOMPARE(result.skipped.size(), 4);
        QCOMPARE(result.skipped.at(0).name, QStringLiteral("role"));
        QVERIFY(result.skipped.at(0).reason.contains(QLatin1String("RamRoleArn")));
        QVERIFY(result.skipped.at(1).reason.contains(QLatin1String("ECS")));
        QVERIFY(result.skipped.at(2).reason.contains(QLatin1String("CloudSSO")));
        QVERIFY(result.skipped.at(3).reason.contains(QLatin1String("unknown mode 'Telepathy'")));
    }

    void importRejectsBadFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing field") << fixture("missing-fields.json")
                                       << QStringLiteral("profiles[1] (\"broken\"): \"access_key_secret\" is missing");
        QTest::newRow("profiles not array")
            << fixture("wrong-type-profiles.json") << QStringLiteral("\"profiles\" must be an array, found an object");
        QTest::newRow("key id number") << fixture("wrong-type-key-id.json")
                                       << QStringLiteral("\"access_key_id\" must be a string, found a number");
        QTest::newRow("not json") << fixture("not-json.json") << QStringLiteral("not valid JSON");
        QTest::newRow("no file") << fixture("does-not-exist.json") << QStringLiteral("does not exist");
    }

    void importRejectsBadFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const auto result = AliyunConfigImporter::importFile(file);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QVERIFY(result.profiles.isEmpty()); // the valid profiles before the bad one are not handed on either
        QVERIFY(result.skipped.isEmpty());
    }

    void importUnknownModesOnlyIsNothingToImport()
    {
        const auto result = AliyunConfigImporter::importFile(fixture("unknown-modes.json"));
        QVERIFY(result.ok());
        QVERIFY(result.profiles.isEmpty());
        QCOMPARE(result.skipped.size(), 3);
        QVERIFY(result.skipped.at(0).reason.contains(QLatin1String("OIDC")));
        QVERIFY(result.skipped.at(2).reason.contains(QLatin1String("Quantum")));
    }

    void importUnreadableFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.json"));
        QVERIFY(QFile::copy(fixture("wellformed.json"), path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        if (QFileInfo(path).isReadable())
            QSKIP("Running with rights that read any file (root): cannot make a file unreadable.");
        const auto result = AliyunConfigImporter::importFile(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("cannot be read")), qPrintable(result.error));
        QVERIFY(result.profiles.isEmpty());
    }

    void serviceLifecycleKeepsSecretsOutOfSettings()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MemorySecretStore keychain;
        FakeProbe probe;
        probe.expectedSecret = QStringLiteral("lifecycle-secret-1");
        AppProfileService service(&settings, &keychain, &probe);
        QSignalSpy changed(&service, &ProfileService::profilesChanged);

        ProfileSecrets secrets;
        secrets.accessKeySecret = QStringLiteral("lifecycle-secret-1");
        secrets.securityToken = QStringLiteral("ignored-for-AccessKey-mode");
        QVERIFY(waitFor(service.saveProfile(accessKeyProfile(QStringLiteral("ops")), secrets, {})));
        QCOMPARE(changed.size(), 1);
        QVERIFY(keychain.contains(QStringLiteral("profile/ops/access-key-secret")));
        QVERIFY(!keychain.contains(QStringLiteral("profile/ops/security-token")));
        QVERIFY(service.hasStoredSecret(QStringLiteral("ops"), QStringLiteral("access-key-secret")));
        service.activateProfile(QStringLiteral("ops"));

        // Empty secrets on a saved profile mean "the stored one".
        QString requestId;
        QVERIFY(waitFor(service.testConnection(accessKeyProfile(QStringLiteral("ops")), {}), &requestId));
        QCOMPARE(requestId, QStringLiteral("REQ-0000-FAKE"));
        QCOMPARE(probe.lastSecrets.accessKeySecret, QStringLiteral("lifecycle-secret-1"));

        QVERIFY(!service.checkProfileName(QStringLiteral("ops"), {}).isValid());
        QVERIFY(service.checkProfileName(QStringLiteral("ops"), QStringLiteral("ops")).isValid());

        QVERIFY(waitFor(service.saveProfile(accessKeyProfile(QStringLiteral("ops-east")), {}, QStringLiteral("ops"))));
        QVERIFY(!keychain.contains(QStringLiteral("profile/ops/access-key-secret")));
        QVERIFY(keychain.contains(QStringLiteral("profile/ops-east/access-key-secret")));
        QCOMPARE(service.activeProfileName(), QStringLiteral("ops-east"));
        QCOMPARE(SecretIndex(&settings).keys(), QStringList { QStringLiteral("profile/ops-east/access-key-secret") });

        settings.sync();
        QVERIFY(!fileBytes(settingsPath()).contains("lifecycle-secret-1"));
        QVERIFY(fileBytes(settingsPath()).contains("LTAI5tUnitTestKey001"));

        QVERIFY(waitFor(service.removeProfile(QStringLiteral("ops-east"))));
        QCOMPARE(keychain.size(), 0);
        QVERIFY(SecretIndex(&settings).keys().isEmpty());
        QVERIFY(service.profiles().isEmpty());
    }

    void serviceRefusesIncompleteProfile()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MemorySecretStore keychain;
        AppProfileService service(&settings, &keychain, nullptr);
        ServiceError error;
        QVERIFY(!waitFor(service.saveProfile(accessKeyProfile(QStringLiteral("ops")), {}, {}), nullptr, &error));
        QCOMPARE(error.code, QStringLiteral("MissingCredential"));
        QVERIFY(error.message.contains(QLatin1String("AccessKey secret")));
        QVERIFY(service.profiles().isEmpty());
    }

    void noSecretService()
    {
        const QByteArray savedBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/apsara-test-bus");
        KeychainSecretStore keychain;
        QElapsedTimer timer;
        timer.start();
        SecretJob* job = keychain.write(QStringLiteral("profile/x/access-key-secret"), QStringLiteral("nope"));
        QSignalSpy spy(job, &SecretJob::finished);
        SecretJob::Result result = SecretJob::Result::Pending;
        connect(job, &SecretJob::finished, this, [&result](SecretJob* done) { result = done->result(); });
        QVERIFY(spy.wait(3000));
        qInfo() << "No Secret Service reported after" << timer.elapsed() << "ms (one retry included)";
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(result, SecretJob::Result::Unavailable);

        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            AppProfileService service(&settings, &keychain, nullptr);
            QSignalSpy availability(&service, &ProfileService::keychainAvailabilityChanged);
            service.checkKeychain();
            QVERIFY(availability.wait(3000));
            QCOMPARE(availability.first().first().toBool(), false);
            QVERIFY(!service.keychainAvailable());

            ProfileSecrets secrets;
            secrets.accessKeySecret = QStringLiteral("no-keychain-secret");
            ServiceError error;
            QVERIFY(
                !waitFor(service.saveProfile(accessKeyProfile(QStringLiteral("saved")), secrets, {}), nullptr, &error));
            QCOMPARE(error.code, QStringLiteral("KeychainUnavailable"));
            QVERIFY(error.message.contains(QLatin1String("session-only")));

            Profile session = accessKeyProfile(QStringLiteral("session"));
            session.sessionOnly = true;
            QVERIFY(waitFor(service.saveProfile(session, secrets, {})));
            QCOMPARE(service.profiles().size(), 1);
            QVERIFY(service.profiles().first().sessionOnly);
            settings.sync();
        }
        const QByteArray written = fileBytes(settingsPath());
        QVERIFY(!written.contains("no-keychain-secret"));
        QVERIFY(!written.contains("saved"));
        QVERIFY(!written.contains("session"));
        qputenv("DBUS_SESSION_BUS_ADDRESS", savedBus);
    }

    void headlessImportExitCodes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("keychainThere");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("imports") << fixture("several.json") << true << 0
                                 << QStringLiteral("Imported sts (mode StsToken)");
        QTest::newRow("folder") << QStringLiteral(APSARA_TEST_DATA_DIR) << true << 2 << QStringLiteral("Usage:");
        QTest::newRow("not json") << fixture("not-json.json") << true << 1 << QStringLiteral("not valid JSON");
        QTest::newRow("missing") << fixture("nope.json") << true << 1 << QStringLiteral("does not exist");
        QTest::newRow("nothing usable") << fixture("unknown-modes.json") << true << 1
                                        << QStringLiteral("Skipped c: unknown mode 'Quantum'");
        QTest::newRow("no keychain") << fixture("several.json") << false << 3
                                     << QStringLiteral("keychain is not available");
    }

    void headlessImportExitCodes()
    {
        QFETCH(QString, file);
        QFETCH(bool, keychainThere);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MemorySecretStore memory;
        UnavailableSecretStore missing;
        SecretStore* keychain = keychainThere ? static_cast<SecretStore*>(&memory) : &missing;
        AppProfileService service(&settings, keychain, nullptr);
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        HeadlessImport import(&service, out, err);
        QSignalSpy finished(&import, &HeadlessImport::finished);
        import.start(file);
        QCOMPARE(finished.size(), 0); // runs on the event loop
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toInt(), exitCode);
        const QString all = outText + errText;
        QVERIFY2(all.contains(expected), qPrintable(all));
        for (const char* secret : { "several-ak-secret-1",
                 "several-sts-secret-2",
                 "several-sts-token-2",
                 "several-bearer-token-3",
                 "role-secret" })
            QVERIFY(!all.contains(QLatin1String(secret)));
        if (exitCode == 0) {
            QCOMPARE(service.profiles().size(), 3);
            QCOMPARE(service.activeProfileName(), QStringLiteral("sts")); // "current" of the file
            QVERIFY(memory.contains(QStringLiteral("profile/bearer/bearer-token")));
            QVERIFY(outText.contains(QLatin1String("Skipped role")));
        } else {
            QVERIFY(service.profiles().isEmpty()); // nothing half-written
            QCOMPARE(memory.size(), 0);
        }
        settings.sync();
        QVERIFY(!fileBytes(settingsPath()).contains("several-"));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
