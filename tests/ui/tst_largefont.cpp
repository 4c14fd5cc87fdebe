// At 150 % font size nothing may be cut off: every visible label's text fits its geometry (wrapped labels are tall
// enough for their width) and every button is as wide as its text needs, in the main window and every dialog.
#include "AccountTableModel.h"
#include "ActivityDock.h"
#include "ActivityLogModel.h"
#include "Appearance.h"
#include "DemoBanner.h"
#include "DialogGallery.h"
#include "DialogSamples.h"
#include "InstanceTreeModel.h"
#include "MainWindow.h"
#include "SampleWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {

QString describe(const QWidget* widget, const QString& text)
{
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text.left(60));
}

QStringList clippedTexts(QWidget* top)
{
    QStringList problems;
    for (QLabel* label : top->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(top) || label->text().isEmpty() || label->window() != top)
            continue;
        const QSize size = label->size();
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(size.width());
            if (needed > size.height())
                problems << describe(label, label->text())
                        + QStringLiteral(" needs %1 px of height at width %2, has %3")
                              .arg(needed)
                              .arg(size.width())
                              .arg(size.height());
        } else if (const QSize needed = label->minimumSizeHint();
                   needed.width() > size.width() || needed.height() > size.height()) {
            problems << describe(label, label->text())
                    + QStringLiteral(" needs %1x%2, has %3x%4")
                          .arg(needed.width())
                          .arg(needed.height())
                          .arg(size.width())
                          .arg(size.height());
        }
    }
    for (QAbstractButton* button : top->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(top) || button->text().isEmpty() || button->window() != top)
            continue;
        const QSize needed = button->sizeHint();
        if (needed.width() > button->width() || needed.height() > button->height())
            problems << describe(button, button->text())
                    + QStringLiteral(" needs %1x%2, has %3x%4")
                          .arg(needed.width())
                          .arg(needed.height())
                          .arg(button->width())
                          .arg(button->height());
    }
    return problems;
}

} // namespace

class TestLargeFont : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ApsaraAccountsTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_largefont"));
        QSettings().clear();
        m_normalPointSize = QApplication::font().pointSizeF();
        Appearance::scaleFont(*qApp, 1.5);
        QCOMPARE(QApplication::font().pointSizeF(), m_normalPointSize * 1.5);
    }

    void checkerFindsAClippedLabel()
    {
        QWidget window;
        auto* label = new QLabel(QStringLiteral("A label far too long for its box"), &window);
        label->setGeometry(0, 0, 40, 10);
        window.show();
        QCOMPARE(clippedTexts(&window).size(), 1);
        label->resize(label->minimumSizeHint());
        QVERIFY(clippedTexts(&window).isEmpty());
    }

    void mainWindow()
    {
        SampleWindow sample(QStringLiteral("Shop primary database"));
        QVERIFY(sample.show());
        QStringList problems;
        (void)QTest::qWaitFor([&] { return (problems = clippedTexts(sample.window())).isEmpty(); }, 1000);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void dialog_data() { DialogGallery::addTestRows(); }

    void dialog()
    {
        DialogGallery gallery;
        // The error appears while the dialog is open, as it does for real.
        const std::unique_ptr<QDialog> dialog = gallery.showTestRow(DialogGallery::ErrorWhileShown);
        QVERIFY(dialog);
        QCoreApplication::processEvents();
        QStringList problems;
        // Layouts settle over a few event loop turns; give them until the wait times out.
        (void)QTest::qWaitFor([&] { return (problems = clippedTexts(dialog.get())).isEmpty(); }, 1000);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private:
    qreal m_normalPointSize = 0;
};

QTEST_MAIN(TestLargeFont)
#include "tst_largefont.moc"
