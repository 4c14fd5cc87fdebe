#include "../models/CatalogueStub.h"
#include "AppProfileService.h"
#include "MemorySecretStore.h"
#include "MessageBox.h"
#include "ProfileDialog.h"
#include "ProfileTestDoubles.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestProfileDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    template<typename T>
    static T* child(ProfileDialog& dialog, const char* name)
    {
        T* widget = dialog.findChild<T*>(QLatin1String(name));
        Q_ASSERT(widget);
        return widget;
    }
    static QPushButton* saveButton(ProfileDialog& dialog)
    {
        return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addTestRenameDelete()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        MemorySecretStore keychain;
        FakeProbe probe;
        AppProfileService service(&settings, &keychain, &probe);
        ProfileDialog dialog(&service);

        QVERIFY(!saveButton(dialog)->isEnabled()); // empty form
        child<QLineEdit>(dialog, "name")->setText(QStringLiteral("ops"));
        child<QLineEdit>(dialog, "accessKeyId")->setText(QStringLiteral("LTAI5tDialogKey0001"));
        QVERIFY(!saveButton(dialog)->isEnabled()); // secret still missing
        child<QLineEdit>(dialog, "accessKeySecret")->setText(QStringLiteral("dialog-secret"));
        QVERIFY(saveButton(dialog)->isEnabled());
        child<QLineEdit>(dialog, "region")->setText(QStringLiteral("Hangzhou"));
        QVERIFY(!saveButton(dialog)->isEnabled());
        child<QLineEdit>(dialog, "region")->setText(QStringLiteral("cn-hangzhou"));
        child<QLineEdit>(dialog, "rdsEndpoint")->setText(QStringLiteral("not a url"));
        QVERIFY(!saveButton(dialog)->isEnabled());
        child<QLineEdit>(dialog, "rdsEndpoint")->setText(QStringLiteral("http://127.0.0.1:9000"));
        QVERIFY(saveButton(dialog)->isEnabled());

        saveButton(dialog)->click();
        QTRY_COMPARE(service.profiles().size(), 1);
        QTRY_VERIFY(child<QLineEdit>(dialog, "accessKeySecret")->text().isEmpty()); // never shown again
        QVERIFY(saveButton(dialog)->isEnabled()); // empty secret = keep the stored one

        child<QPushButton>(dialog, "testButton")->click();
        QTRY_VERIFY(child<QLabel>(dialog, "status")->text().contains(QLatin1String("REQ-0000-FAKE")));
        QCOMPARE(probe.lastSecrets.accessKeySecret, QStringLiteral("dialog-secret"));

        child<QLineEdit>(dialog, "name")->setText(QStringLiteral("ops-east"));
        saveButton(dialog)->click();
        QTRY_COMPARE(service.profiles().value(0).name, QStringLiteral("ops-east"));
        QTRY_VERIFY(keychain.contains(QStringLiteral("profile/ops-east/access-key-secret")));
        QTRY_COMPARE(child<QLabel>(dialog, "status")->text(), QStringLiteral("Saved."));
        QVERIFY(!keychain.contains(QStringLiteral("profile/ops/access-key-secret")));

        MessageBox::setNextAnswer(QMessageBox::No);
        child<QPushButton>(dialog, "deleteButton")->click();
        QCOMPARE(service.profiles().size(), 1);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>(dialog, "deleteButton")->click();
        QVERIFY2(MessageBox::lastAnsweredText().contains(QLatin1String("ops-east")),
            qPrintable(MessageBox::lastAnsweredText()));
        QTRY_VERIFY(service.profiles().isEmpty());
        QCOMPARE(keychain.size(), 0);
    }

    // Each field is named after its label; the Chinese labels end in a full-width colon after the mnemonic.
    void fieldsAreNamedWithoutMnemonicOrColon()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        MemorySecretStore keychain;
        AppProfileService service(&settings, &keychain, nullptr);
        {
            ProfileDialog english(&service);
            QCOMPARE(child<QLineEdit>(english, "accessKeyId")->accessibleName(), QStringLiteral("AccessKey ID"));
        }
        CatalogueStub chinese;
        chinese.add("ProfileDialog", "&Name:", QStringLiteral("名称(&N)："));
        chinese.add("ProfileDialog", "Access&Key ID:", QStringLiteral("AccessKey ID(&K)："));
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        ProfileDialog dialog(&service);
        QCoreApplication::removeTranslator(&chinese);
        QCOMPARE(child<QLineEdit>(dialog, "name")->accessibleName(), QStringLiteral("名称"));
        QCOMPARE(child<QLineEdit>(dialog, "accessKeyId")->accessibleName(), QStringLiteral("AccessKey ID"));
    }

    void noKeychainOffersSessionOnly()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
        UnavailableSecretStore keychain;
        AppProfileService service(&settings, &keychain, nullptr);
        service.checkKeychain();
        QTRY_VERIFY(!service.keychainAvailable());
        ProfileDialog dialog(&service);
        QVERIFY(!child<QLabel>(dialog, "keychainNotice")->isHidden());
        QVERIFY(child<QCheckBox>(dialog, "sessionOnly")->isChecked());
        child<QLineEdit>(dialog, "name")->setText(QStringLiteral("temp"));
        child<QLineEdit>(dialog, "accessKeyId")->setText(QStringLiteral("LTAI5tDialogKey0002"));
        child<QLineEdit>(dialog, "accessKeySecret")->setText(QStringLiteral("session-secret"));
        child<QCheckBox>(dialog, "sessionOnly")->setChecked(false);
        QVERIFY(!saveButton(dialog)->isEnabled()); // a saved profile needs the keychain
        child<QCheckBox>(dialog, "sessionOnly")->setChecked(true);
        saveButton(dialog)->click();
        QTRY_COMPARE(service.profiles().size(), 1);
        QVERIFY(service.profiles().first().sessionOnly);
        settings.sync();
        QVERIFY(!fileBytes(settings.fileName()).contains("temp"));
    }

    // Importing over a profile of the same name asks first; "No" imports nothing and says so.
    void importAsksBeforeReplacing()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        MemorySecretStore keychain;
        AppProfileService service(&settings, &keychain, nullptr);
        QVERIFY(saveExistingDefault(service, QStringLiteral("LTAI5tExistingKey01")));
        const QString file = QStringLiteral(APSARA_TEST_DATA_DIR "/aliyun/wellformed.json");
        QCOMPARE(service.importConflicts(file), QStringList { QStringLiteral("default") });

        ProfileDialog dialog(&service);
        MessageBox::setNextAnswer(QMessageBox::No);
        dialog.importFrom(file);
        QCOMPARE(service.profile(QStringLiteral("default"))->accessKeyId, QStringLiteral("LTAI5tExistingKey01"));
        QVERIFY(child<QLabel>(dialog, "status")->text().contains(QStringLiteral("Nothing was imported")));

        MessageBox::setNextAnswer(QMessageBox::Yes); // the question, asked at once
        dialog.importFrom(file);
        MessageBox::setNextAnswer(QMessageBox::Ok); // the summary, shown when the import is done
        QTRY_COMPARE(service.profile(QStringLiteral("default"))->accessKeyId, QStringLiteral("LTAI5tWellFormedKey01"));
    }

    // A keychain failure part-way leaves no profile of that import behind: all or nothing.
    void importIsAllOrNothing()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("d.ini")), QSettings::IniFormat);
        FailingAfterSecretStore keychain(1); // the first profile's secret is written, the second's is refused
        AppProfileService service(&settings, &keychain, nullptr);
        PendingOperation* import
            = service.importAliyunConfig(QStringLiteral(APSARA_TEST_DATA_DIR "/aliyun/several.json"));
        QSignalSpy failed(import, &PendingOperation::failed);
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().first().value<ServiceError>();
        QVERIFY2(error.message.contains(QStringLiteral("removed again")), qPrintable(error.message));
        QTRY_VERIFY(service.profiles().isEmpty());
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
