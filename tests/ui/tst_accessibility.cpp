// Walks every widget of the main window and of every dialog, as a screen reader user meets them: each control that
// takes focus has an accessible name, no label shows a literal "&" (a mnemonic without a buddy), and no two visible
// controls of a window claim the same Alt+letter.
#include "AccountTableModel.h"
#include "ActivityDock.h"
#include "ActivityLogModel.h"
#include "Appearance.h"
#include "DemoBanner.h"
#include "DialogGallery.h"
#include "DialogSamples.h"
#include "ErrorBanner.h"
#include "FieldHint.h"
#include "InstanceTreeModel.h"
#include "MainWindow.h"
#include "SampleWindow.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

#include <cmath>
#include <memory>

namespace {

QString describe(const QWidget* widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

// Qt's own parts of compound widgets: they take focus on behalf of their owner, which carries the name.
bool isInternalPart(const QWidget* widget)
{
    if (widget->focusProxy())
        return true;
    const QWidget* parent = widget->parentWidget();
    if (parent && (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent)))
        return true;
    const QString className = QString::fromLatin1(widget->metaObject()->className());
    return className == QLatin1String("QDockWidgetTitleButton") || className == QLatin1String("QToolBarExtension");
}

bool isRichText(const QLabel* label)
{
    return label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

// The letter after a single "&" ("&&" is a literal ampersand), or a null QChar.
QChar mnemonicOf(const QString& text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(?<!&)(?:&&)*&([^&\\s])"));
    const QRegularExpressionMatch match = mnemonic.match(text);
    return match.hasMatch() ? match.captured(1).at(0).toLower() : QChar();
}

QStringList unnamedFocusableControls(QWidget* top)
{
    QStringList problems;
    QList<QWidget*> widgets = top->findChildren<QWidget*>();
    widgets.prepend(top);
    for (QWidget* widget : widgets) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || isInternalPart(widget))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            problems << describe(widget) + QStringLiteral(" takes focus but has no accessible name");
    }
    return problems;
}

QStringList labelsWithLiteralAmpersand(QWidget* top)
{
    QStringList problems;
    for (const QLabel* label : top->findChildren<QLabel*>()) {
        if (!label->buddy() && !isRichText(label) && !mnemonicOf(label->text()).isNull())
            problems << describe(label) + QStringLiteral(" shows a literal & in \"%1\"").arg(label->text());
    }
    return problems;
}

QStringList duplicateMnemonics(QWidget* top)
{
    QHash<QChar, QStringList> owners;
    for (QWidget* widget : top->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(top) || widget->window() != top)
            continue;
        QString text;
        if (const auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            text = label->text();
        else if (const auto* button = qobject_cast<QAbstractButton*>(widget))
            text = button->text();
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            owners[letter] << text;
    }
    if (auto* window = qobject_cast<QMainWindow*>(top)) {
        for (const QAction* menu : window->menuBar()->actions()) {
            if (const QChar letter = mnemonicOf(menu->text()); !letter.isNull())
                owners[letter] << menu->text();
        }
    }
    QStringList problems;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            problems << QStringLiteral("Alt+%1 is claimed by %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    }
    return problems;
}

QStringList problemsOf(QWidget* top)
{
    return unnamedFocusableControls(top) + labelsWithLiteralAmpersand(top) + duplicateMnemonics(top);
}

// WCAG 2 contrast ratio of two colours (1 to 21); 4.5 is the minimum for body text.
double contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ApsaraAccountsTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
        QSettings().clear();
    }

    void checkerFindsTheProblemsItLooksFor()
    {
        // The checks themselves: a bare line edit, a buddy-less "&Name:" and two "&Save" buttons are reported.
        QDialog dialog;
        auto* label = new QLabel(QStringLiteral("&Name:"), &dialog);
        auto* edit = new QLineEdit(&dialog);
        auto* first = new QPushButton(QStringLiteral("&Save"), &dialog);
        auto* second = new QPushButton(QStringLiteral("&Send"), &dialog);
        dialog.show();
        const QStringList problems = problemsOf(&dialog);
        QCOMPARE(problems.size(), 3);
        label->setBuddy(edit);
        second->setText(QStringLiteral("S&end"));
        QVERIFY2(problemsOf(&dialog).isEmpty(), qPrintable(problemsOf(&dialog).join(QLatin1Char('\n'))));
        Q_UNUSED(first);
    }

    void bannersAndHintsStayReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light palette") << false;
        QTest::newRow("dark palette") << true;
    }

    // The demo banner, the error banner and an error hint against their own backgrounds, in both palettes.
    void bannersAndHintsStayReadable()
    {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        if (dark)
            QApplication::setPalette(Appearance::darkPalette());
        QWidget window;
        auto* demo = new DemoBanner(&window);
        auto* banner = new ErrorBanner(&window);
        auto* hint = new FieldHint(&window);
        ServiceError error;
        error.category = ServiceError::Category::Conflict;
        error.code = QStringLiteral("InvalidAccountName.Duplicate");
        error.requestId = QStringLiteral("REQ-1");
        banner->showError(error);
        hint->setCheck(FieldCheck::invalid(QStringLiteral("Too short.")));
        const QColor windowColour = window.palette().color(QPalette::Window);
        const auto* demoText = demo->findChild<QLabel*>();
        const double demoContrast = contrast(
            demoText->palette().color(demoText->foregroundRole()), demo->palette().color(demo->backgroundRole()));
        const auto* errorText = banner->findChild<QLabel*>(QStringLiteral("errorText"));
        const double errorContrast
            = contrast(errorText->palette().color(QPalette::WindowText), banner->palette().color(QPalette::Window));
        const double hintContrast = contrast(hint->palette().color(QPalette::WindowText), windowColour);
        QApplication::setPalette(original);
        QVERIFY2(demoContrast >= 4.5, qPrintable(QString::number(demoContrast)));
        QVERIFY2(errorContrast >= 4.5, qPrintable(QString::number(errorContrast)));
        QVERIFY2(hintContrast >= 4.5, qPrintable(QString::number(hintContrast)));
        // The banner's background is tinted, so it stands out from the window without relying on the text colour.
        QVERIFY(banner->palette().color(QPalette::Window) != windowColour);
    }

    void statusIconsAreDescribed()
    {
        AccountTableModel accounts;
        const Account locked = DialogSamples::sampleAccount(
            QStringLiteral("pgm-pg"), QStringLiteral("bi_analyst"), QStringLiteral("Normal"), QStringLiteral("Locked"));
        const Account ready = DialogSamples::sampleAccount(QStringLiteral("pgm-pg"), QStringLiteral("etl"));
        accounts.setAccounts(QStringLiteral("pgm-pg"), { locked, ready });
        const QModelIndex lockedStatus = accounts.index(
            accounts.rowOf(QStringLiteral("pgm-pg"), QStringLiteral("bi_analyst")), AccountTableModel::StatusColumn);
        const QModelIndex readyStatus = accounts.index(
            accounts.rowOf(QStringLiteral("pgm-pg"), QStringLiteral("etl")), AccountTableModel::StatusColumn);
        QVERIFY(lockedStatus.data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("Locked")));
        QCOMPARE(readyStatus.data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("Ready to use"));
        QCOMPARE(lockedStatus.data().toString(), QStringLiteral("Locked")); // the text is there beside the icon
    }

    void mainWindow()
    {
        SampleWindow sample;
        QVERIFY(sample.show());
        const QStringList problems = problemsOf(sample.window());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void dialog_data() { DialogGallery::addTestRows(); }

    void dialog()
    {
        DialogGallery gallery;
        const std::unique_ptr<QDialog> dialog = gallery.showTestRow(DialogGallery::ErrorBeforeShowing);
        QVERIFY(dialog);
        const QStringList problems = problemsOf(dialog.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
