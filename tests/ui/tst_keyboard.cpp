// Every dialog works from the keyboard: it opens with the focus in its first field, Tab walks the controls in the
// order the layout shows them, Enter has a default button to press, and Esc closes the dialog, cancelling its call.
#include "DialogGallery.h"
#include "OperationDialog.h"
#include "PasswordField.h"
#include "ResetPasswordDialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {

bool isInternalPart(const QWidget* widget)
{
    const QWidget* parent = widget->parentWidget();
    return widget->focusProxy()
        || (parent && (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent)));
}

bool takesTab(const QWidget* widget, const QWidget* dialog)
{
    return (widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(dialog) && widget->isEnabled()
        && widget->window() == dialog && !isInternalPart(widget);
}

// The controls Tab visits, in focus chain order, starting from the dialog's top-left control.
QList<QWidget*> tabCycle(QWidget* dialog)
{
    QList<QWidget*> cycle;
    QWidget* widget = dialog;
    for (int guard = 0; guard < 500; ++guard) {
        widget = widget->nextInFocusChain();
        if (widget == dialog)
            break;
        if (takesTab(widget, dialog) && !cycle.contains(widget))
            cycle << widget;
    }
    // Rotate so the cycle starts at the control nearest the top-left corner.
    const auto topLeft = std::min_element(cycle.cbegin(), cycle.cend(), [dialog](QWidget* a, QWidget* b) {
        const QPoint pa = a->mapTo(dialog, QPoint());
        const QPoint pb = b->mapTo(dialog, QPoint());
        return std::pair(pa.y(), pa.x()) < std::pair(pb.y(), pb.x());
    });
    if (topLeft != cycle.cend())
        std::rotate(cycle.begin(), cycle.begin() + (topLeft - cycle.cbegin()), cycle.end());
    return cycle;
}

// Tab moves forward in reading order: down, or to the right within the same band (a side column).
QStringList backwardSteps(QWidget* dialog)
{
    const QList<QWidget*> cycle = tabCycle(dialog);
    QStringList steps;
    for (int i = 1; i < cycle.size(); ++i) {
        const QRect from(cycle.at(i - 1)->mapTo(dialog, QPoint()), cycle.at(i - 1)->size());
        const QRect to(cycle.at(i)->mapTo(dialog, QPoint()), cycle.at(i)->size());
        const bool down = to.top() >= from.top() - 2;
        const bool right = to.left() >= from.right() - 2;
        if (!down && !right)
            steps << QStringLiteral("%1 -> %2")
                         .arg(cycle.at(i - 1)->accessibleName().isEmpty() ? cycle.at(i - 1)->objectName()
                                                                          : cycle.at(i - 1)->accessibleName(),
                             cycle.at(i)->accessibleName().isEmpty() ? cycle.at(i)->objectName()
                                                                     : cycle.at(i)->accessibleName());
    }
    return steps;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ApsaraAccountsTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
        QSettings().clear();
    }

    void dialog_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("firstField"); // accessible name of the control that has the focus at first
        QTest::newRow("create-account-rds") << QStringLiteral("create-account-rds") << QStringLiteral("Account name");
        QTest::newRow("create-account-redis")
            << QStringLiteral("create-account-redis") << QStringLiteral("Account name");
        QTest::newRow("reset-password") << QStringLiteral("reset-password") << QStringLiteral("Password");
        QTest::newRow("modify-privileges-rds")
            << QStringLiteral("modify-privileges-rds") << QStringLiteral("Database privileges");
        QTest::newRow("modify-privileges-redis")
            << QStringLiteral("modify-privileges-redis") << QStringLiteral("Privilege");
        QTest::newRow("edit-description") << QStringLiteral("edit-description") << QStringLiteral("Description");
        QTest::newRow("delete-account") << QStringLiteral("delete-account")
                                        << QStringLiteral("Account name to confirm");
        QTest::newRow("reset-privileged-account")
            << QStringLiteral("reset-privileged-account") << QStringLiteral("Password");
        QTest::newRow("operator-permission") << QStringLiteral("operator-permission") << QStringLiteral("Grant access");
        QTest::newRow("about") << QStringLiteral("about") << QStringLiteral("Close");
        QTest::newRow("call-meter") << QStringLiteral("call-meter") << QStringLiteral("Calls per action");
        QTest::newRow("shortcuts") << QStringLiteral("shortcuts") << QStringLiteral("Keyboard shortcuts");
        QTest::newRow("profiles") << QStringLiteral("profiles") << QStringLiteral("Profiles");
    }

    void dialog()
    {
        QFETCH(QString, name);
        QFETCH(QString, firstField);
        DialogGallery gallery;
        std::unique_ptr<QDialog> dialog = gallery.make(name);
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));

        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        const QString focusName = focus->accessibleName().isEmpty()
            ? QString(qobject_cast<QAbstractButton*>(focus) ? qobject_cast<QAbstractButton*>(focus)->text() : QString())
                  .remove(QLatin1Char('&'))
            : focus->accessibleName();
        QCOMPARE(focusName, firstField);

        const QStringList backward = backwardSteps(dialog.get());
        QVERIFY2(backward.isEmpty(), qPrintable(backward.join(QStringLiteral("; "))));

        const QList<QPushButton*> buttons = dialog->findChildren<QPushButton*>();
        QVERIFY2(std::any_of(buttons.cbegin(), buttons.cend(), [](QPushButton* b) { return b->isDefault(); }),
            "no default button for Enter");

        // Alt+the underlined letter of a label moves to its field.
        int mnemonics = 0;
        for (QLabel* label : dialog->findChildren<QLabel*>()) {
            QWidget* buddy = label->buddy();
            const qsizetype amp = label->text().indexOf(QLatin1Char('&'));
            if (!buddy || amp < 0 || !label->isVisibleTo(dialog.get()) || !buddy->isEnabled())
                continue;
            const QChar letter = label->text().at(amp + 1).toUpper();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key(letter.unicode()), Qt::AltModifier);
            QVERIFY2(buddy->hasFocus(), qPrintable(label->text()));
            ++mnemonics;
        }
        if (name != QLatin1String("about") && name != QLatin1String("call-meter") && name != QLatin1String("shortcuts"))
            QVERIFY(mnemonics > 0);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
    }

    void tabOrderCheckFindsAJumpBack()
    {
        QDialog dialog;
        auto* first = new QLineEdit(&dialog);
        auto* second = new QLineEdit(&dialog);
        first->setGeometry(10, 10, 100, 20);
        second->setGeometry(10, 50, 100, 20);
        dialog.show();
        QVERIFY(backwardSteps(&dialog).isEmpty());
        QWidget::setTabOrder(second, first); // second first: Tab jumps up
        auto* third = new QLineEdit(&dialog);
        third->setGeometry(10, 90, 100, 20);
        third->show();
        QWidget::setTabOrder(first, third);
        QCOMPARE(backwardSteps(&dialog).size(), 1);
    }

    void escapeCancelsTheRunningCall()
    {
        DialogGallery gallery;
        std::unique_ptr<QDialog> made = gallery.make(QStringLiteral("reset-password"));
        auto* dialog = qobject_cast<ResetPasswordDialog*>(made.get());
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_G, Qt::ControlModifier); // generate
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // the default button: Reset Password
        QVERIFY(dialog->isBusy());
        QCOMPARE(gallery.service()->calls.size(), 1);
        QVERIFY(gallery.service()->lastIsOpen());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QCOMPARE(gallery.service()->cancelRequests, 1);
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
