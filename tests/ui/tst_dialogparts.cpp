// Drives the real widgets with QTest key and mouse events against FakeAccountService. Parts every dialog uses: the
// MessageBox seam and the FieldHint error colour.
#include "AccountHeader.h"
#include "AccountRules.h"
#include "ClipboardGuard.h"
#include "CreateAccountDialog.h"
#include "DatabaseGrantTable.h"
#include "DeleteAccountDialog.h"
#include "DialogSamples.h"
#include "EditDescriptionDialog.h"
#include "ErrorBanner.h"
#include "FakeAccountService.h"
#include "FieldHint.h"
#include "MessageBox.h"
#include "MnemonicText.h"
#include "ModifyPrivilegesDialog.h"
#include "OperatorPermissionDialog.h"
#include "PasswordField.h"
#include "PasswordGenerator.h"
#include "ResetPasswordDialog.h"
#include "ResetPrivilegedAccountDialog.h"
#include "RuleTable.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace DialogSamples;

class TstDialogParts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void messageBoxSeamAnswersWithoutAHuman();
    void fieldHintErrorColourFollowsDarkPalette();
    void mnemonicsLeaveNoTraceInNames_data();
    void mnemonicsLeaveNoTraceInNames();
};

void TstDialogParts::init()
{
    QGuiApplication::clipboard()->clear();
}

void TstDialogParts::messageBoxSeamAnswersWithoutAHuman()
{
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QCOMPARE(MessageBox::question(nullptr, QStringLiteral("Lock"), QStringLiteral("Lock app_user?")), QMessageBox::Yes);
    QCOMPARE(MessageBox::lastAnsweredText(), QStringLiteral("Lock app_user?"));

    // The answer is used once: the next box is a real one. Close it from a timer, as a human would.
    bool sawRealBox = false;
    QTimer::singleShot(0, this, [&sawRealBox] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        sawRealBox = box->text() == QStringLiteral("Really?");
        box->button(QMessageBox::No)->click();
    });
    QCOMPARE(MessageBox::question(nullptr, QStringLiteral("Lock"), QStringLiteral("Really?")), QMessageBox::No);
    QVERIFY(sawRealBox);
}

void TstDialogParts::fieldHintErrorColourFollowsDarkPalette()
{
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    // The error colour must stand out against the window in both palettes.
    QVERIFY(FieldHint::errorColor(light).lightness() < 128);
    QVERIFY(FieldHint::errorColor(dark).lightness() > 128);

    FieldHint hint;
    hint.setRuleText(QStringLiteral("rule"));
    QCOMPARE(hint.text(), QStringLiteral("rule"));
    hint.setCheck(FieldCheck::intermediate(QStringLiteral("keep typing")));
    QVERIFY(!hint.isShowingError());
    QCOMPARE(hint.palette().color(QPalette::WindowText), FieldHint::mutedColor(hint.palette()));
    hint.setCheck(FieldCheck::invalid(QStringLiteral("broken")));
    QVERIFY(hint.isShowingError());
    QCOMPARE(hint.text(), QStringLiteral("broken"));
    QCOMPARE(hint.palette().color(QPalette::WindowText), FieldHint::errorColor(hint.palette()));
}

// What a screen reader says for a label: English marks the key inside the word, the Chinese catalogue appends it.
void TstDialogParts::mnemonicsLeaveNoTraceInNames_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field");
    QTest::newRow("english") << QStringLiteral("&Reset Password…") << QStringLiteral("Reset Password…")
                             << QStringLiteral("Reset Password…");
    QTest::newRow("inside") << QStringLiteral("De&lete Account...") << QStringLiteral("Delete Account...")
                            << QStringLiteral("Delete Account...");
    QTest::newRow("appended") << QStringLiteral("Reset Password(&R)…") << QStringLiteral("Reset Password…")
                              << QStringLiteral("Reset Password…");
    QTest::newRow("chinese") << QStringLiteral("重置密码(&R)...") << QStringLiteral("重置密码...")
                             << QStringLiteral("重置密码...");
    QTest::newRow("spaced") << QStringLiteral("Save (&S)") << QStringLiteral("Save") << QStringLiteral("Save");
    QTest::newRow("full-width parentheses")
        << QStringLiteral("保存（&S）") << QStringLiteral("保存") << QStringLiteral("保存");
    QTest::newRow("mid-sentence") << QStringLiteral("当前视图(&V)：%1") << QStringLiteral("当前视图：%1")
                                  << QStringLiteral("当前视图：%1");
    QTest::newRow("colon") << QStringLiteral("&Name:") << QStringLiteral("Name:") << QStringLiteral("Name");
    QTest::newRow("full-width colon") << QStringLiteral("名称(&N)：") << QStringLiteral("名称：")
                                      << QStringLiteral("名称");
    QTest::newRow("literal ampersand") << QStringLiteral("R&&D (&R)") << QStringLiteral("R&D") << QStringLiteral("R&D");
    QTest::newRow("parenthesis not a mnemonic")
        << QStringLiteral("Grant (&&)") << QStringLiteral("Grant (&)") << QStringLiteral("Grant (&)");
}

void TstDialogParts::mnemonicsLeaveNoTraceInNames()
{
    QFETCH(QString, label);
    QFETCH(QString, name);
    QFETCH(QString, field);
    QCOMPARE(MnemonicText::withoutMnemonic(label), name);
    QCOMPARE(MnemonicText::fieldName(label), field);
}

QTEST_MAIN(TstDialogParts)
#include "tst_dialogparts.moc"
