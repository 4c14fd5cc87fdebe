// Help > RAM policy for this role: the dialog shows the mode's exact document, switches with the role box, and
// saves what it shows.
#include "NamedChild.h"
#include "RamPolicy.h"
#include "RamPolicyDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

class TestRamPolicyDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsSwitchesAndSavesTheModesDocument()
    {
        RamPolicyDialog dialog(RoleMode::Helpdesk);
        dialog.show();
        auto* document = dialog.findChild<QPlainTextEdit*>(QStringLiteral("policyDocument"));
        auto* role = dialog.findChild<QComboBox*>(QStringLiteral("roleBox"));
        QVERIFY(document);
        QVERIFY(role);
        QCOMPARE(document->toPlainText().toUtf8(), RamPolicy::document(RoleMode::Helpdesk));
        QVERIFY(document->toPlainText().contains(QLatin1String("\"rds:ResetAccountPassword\"")));
        QVERIFY(!document->toPlainText().contains(QLatin1String("DeleteAccount")));

        role->setCurrentIndex(role->findData(QStringLiteral("dba")));
        QCOMPARE(document->toPlainText().toUtf8(), RamPolicy::document(RoleMode::Dba));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dba.json"));
        QVERIFY(dialog.saveTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), RamPolicy::document(RoleMode::Dba));
        QVERIFY(namedChild<QLabel>(dialog, "policyStatus")->text().contains(QLatin1String("dba.json")));

        QVERIFY(!dialog.saveTo(dir.filePath(QStringLiteral("missing/dir/x.json"))));
        QVERIFY(namedChild<QLabel>(dialog, "policyStatus")->text().startsWith(QLatin1String("Could not save")));
    }
};

QTEST_MAIN(TestRamPolicyDialog)
#include "tst_rampolicydialog.moc"
