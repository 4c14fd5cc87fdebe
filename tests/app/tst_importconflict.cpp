// The headless aliyun import asks before it replaces a profile of the same name, and a "no" imports nothing.
#include "AppProfileService.h"
#include "HeadlessImport.h"
#include "MemorySecretStore.h"
#include "PendingOperation.h"
#include "ProfileTestDoubles.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

class TestImportConflict : public QObject
{
    Q_OBJECT

private slots:
    void declinedReplaceImportsNothing();
    void acceptedReplaceReplaces();

private:
    // Runs the import of wellformed.json (profile "default") over an existing "default"; returns the exit code.
    int importOverExisting(bool answer, QStringList* asked, Profile* after);
};

int TestImportConflict::importOverExisting(bool answer, QStringList* asked, Profile* after)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MemorySecretStore memory;
    AppProfileService service(&settings, &memory, nullptr);
    if (!saveExistingDefault(service, QStringLiteral("LTAIexistingKey")))
        return -1;
    QString text;
    QTextStream out(&text);
    QTextStream err(&text);
    HeadlessImport import(&service, out, err);
    import.setReplaceQuestion([answer, asked](const QStringList& names) {
        *asked = names;
    return answer;
});
QSignalSpy finished(&import, &HeadlessImport::finished);
import.start(QStringLiteral(APSARA_TEST_DATA_DIR "/aliyun/wellformed.json"));
if (!finished.wait(5000))
    return -1;
*after = service.profile(QStringLiteral("default")).value_or(Profile {});
return finished.first().first().toInt();
}

void TestImportConflict::declinedReplaceImportsNothing()
{
    QStringList asked;
    Profile after;
    QCOMPARE(importOverExisting(false, &asked, &after), int(HeadlessImport::Failure));
    QCOMPARE(asked, QStringList { QStringLiteral("default") });
    QCOMPARE(after.accessKeyId, QStringLiteral("LTAIexistingKey"));
}

void TestImportConflict::acceptedReplaceReplaces()
{
    QStringList asked;
    Profile after;
    QCOMPARE(importOverExisting(true, &asked, &after), int(HeadlessImport::Success));
    QCOMPARE(asked, QStringList { QStringLiteral("default") });
    QCOMPARE(after.accessKeyId, QStringLiteral("LTAI5tWellFormedKey01"));
}

QTEST_GUILESS_MAIN(TestImportConflict)
#include "tst_importconflict.moc"
