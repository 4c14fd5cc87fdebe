// Drives the real widgets with QTest key and mouse events against FakeAccountService. Edit description dialog: a change
// is required; destroying it while busy cancels the call.
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
#include "ModifyPrivilegesDialog.h"
#include "NamedChild.h"
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

class TstEditDescriptionDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void editDescriptionRequiresAChange();
    void destroyingWhileBusyCancels();
};

void TstEditDescriptionDialog::init()
{
    QGuiApplication::clipboard()->clear();
}

void TstEditDescriptionDialog::editDescriptionRequiresAChange()
{
    FakeAccountService service;
    EditDescriptionDialog dialog(&service, mysqlInstance(), mysqlAccount());
    dialog.show();
    QCOMPARE(namedChild<QLineEdit>(dialog, "descriptionEdit")->text(), QStringLiteral("Shop backend"));
    QVERIFY(!dialog.okButton()->isEnabled());
    // The hint must not call the description optional here: the API needs one.
    QStringList rules;
    for (const FieldHint* hint : dialog.findChildren<FieldHint*>())
        rules.append(hint->text());
    QVERIFY2(rules.contains(AccountRules(Engine::MySQL).descriptionRuleText(true)), qPrintable(rules.join(u'|')));
    QVERIFY(!rules.join(u'|').contains(QStringLiteral("Optional")));
    retype(namedChild<QLineEdit>(dialog, "descriptionEdit"), QStringLiteral("1 backend"));
    QVERIFY(dialog.findChild<FieldHint*>(QStringLiteral("descriptionHint"))->isShowingError());
    QVERIFY(!dialog.okButton()->isEnabled());
    retype(namedChild<QLineEdit>(dialog, "descriptionEdit"), QString());
    QVERIFY(!dialog.okButton()->isEnabled()); // the API needs a description
    namedChild<QLineEdit>(dialog, "descriptionEdit")->insert(QStringLiteral("订单服务")); // QTest types ASCII only
    QVERIFY(!dialog.findChild<FieldHint*>(QStringLiteral("descriptionHint"))->isShowingError());
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(service.lastCall().as<ModifyDescriptionWrite>().description, QStringLiteral("订单服务"));
}

void TstEditDescriptionDialog::destroyingWhileBusyCancels()
{
    FakeAccountService service;
    auto* dialog = new EditDescriptionDialog(&service, mysqlInstance(), mysqlAccount());
    retype(namedChild<QLineEdit>(dialog, "descriptionEdit"), QStringLiteral("Billing service"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(service.lastIsOpen());
    delete dialog;
    QCOMPARE(service.cancelRequests, 1);
}

QTEST_MAIN(TstEditDescriptionDialog)
#include "tst_editdescriptiondialog.moc"
