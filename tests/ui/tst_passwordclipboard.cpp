// Every way a password leaves its field goes through the clipboard guard: Ctrl+C, Ctrl+X and the context menu
// on a shown (e.g. generated) password; a hidden one is never copied; the PRIMARY selection does not keep it.
#include "ClipboardGuard.h"
#include "NamedChild.h"
#include "PasswordField.h"
#include "RuleTable.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QTest>

class TestPasswordClipboard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void ctrlCGoesThroughTheGuard();
    void hiddenPasswordIsNeverCopied();
    void contextMenuCopyGoesThroughTheGuard();

private:
    std::unique_ptr<PasswordField> m_field;
};

namespace {
const QString kPassword = QStringLiteral("Gen3rated#Pass99");
}

void TestPasswordClipboard::init()
{
    QGuiApplication::clipboard()->clear();
    m_field = std::make_unique<PasswordField>(RuleTable::forEngine(Engine::MySQL));
    m_field->setPassword(kPassword);
    m_field->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_field.get()));
    m_field->passwordEdit()->setFocus();
}

void TestPasswordClipboard::ctrlCGoesThroughTheGuard()
{
    m_field->setPasswordVisible(true);
    QTest::keySequence(m_field->passwordEdit(), QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), kPassword);
    QVERIFY(namedChild<ClipboardGuard>(m_field.get(), "passwordClipboardGuard")
                ->isActive()); // so it counts down and is cleared
    const QMimeData* data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
    namedChild<ClipboardGuard>(m_field.get(), "passwordClipboardGuard")->clearNow();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestPasswordClipboard::hiddenPasswordIsNeverCopied()
{
    m_field->setPasswordVisible(false);
    m_field->passwordEdit()->selectAll();
    QTest::keySequence(m_field->passwordEdit(), QKeySequence::Copy);
    QTest::keySequence(m_field->passwordEdit(), QKeySequence::Cut);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!namedChild<ClipboardGuard>(m_field.get(), "passwordClipboardGuard")->isActive());
    QCOMPARE(m_field->password(), kPassword);
}

void TestPasswordClipboard::contextMenuCopyGoesThroughTheGuard()
{
    m_field->setPasswordVisible(true);
    QLineEdit* edit = m_field->passwordEdit();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(5, 5), edit->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(edit, &event);
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) != nullptr);
    QAction* copy = nullptr;
    for (QAction* action : menu->actions()) {
        const QString accel = QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText);
        if (action->objectName() == QLatin1String("edit-copy") || action->text().endsWith(QLatin1Char('\t') + accel))
            copy = action;
    }
    QVERIFY(copy);
    QVERIFY(copy->isEnabled());
    copy->trigger();
    menu->close();
    QCOMPARE(QGuiApplication::clipboard()->text(), kPassword);
    QVERIFY(namedChild<ClipboardGuard>(m_field.get(), "passwordClipboardGuard")->isActive());
}

QTEST_MAIN(TestPasswordClipboard)
#include "tst_passwordclipboard.moc"
