#include "PasswordField.h"

#include "AnnouncementLabel.h"
#include "ClipboardGuard.h"
#include "FieldHint.h"
#include "FocusChain.h"
#include "PasswordGenerator.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace {
constexpr int kMeterMaximumBits = 128;
}

PasswordField::PasswordField(const EngineRules& rules, QWidget* parent)
    : QWidget(parent)
    , m_rules(rules)
    , m_password(new QLineEdit(this))
    , m_confirmation(new QLineEdit(this))
    , m_toggle(new QToolButton(this))
    , m_generate(new QToolButton(this))
    , m_passwordHint(new FieldHint(this))
    , m_confirmationHint(new FieldHint(this))
    , m_confirmationLabel(new QLabel(tr("Confir&m:"), this))
    , m_strength(new QProgressBar(this))
    , m_strengthLabel(new QLabel(this))
    , m_capsLock(new QLabel(tr("Caps Lock is on"), this))
{
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(std::max(m_rules.rules().passwordMaxLength * 2, 64)); // room to show "too long"
    m_confirmation->setObjectName(QStringLiteral("confirmationEdit"));
    m_confirmation->setAccessibleName(tr("Confirm password"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_confirmation->setMaxLength(m_password->maxLength());
    m_confirmationLabel->setBuddy(m_confirmation);
    m_passwordHint->setObjectName(QStringLiteral("passwordHint"));
    m_passwordHint->setAccessibleName(tr("Password rule"));
    m_confirmationHint->setObjectName(QStringLiteral("confirmationHint"));
    m_confirmationHint->setAccessibleName(tr("Confirmation rule"));

    auto* toggleAction = new QAction(tr("Show"), this);
    toggleAction->setCheckable(true);
    toggleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    toggleAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    toggleAction->setToolTip(tr("Show or hide the password (Ctrl+H)"));
    m_toggle->setDefaultAction(toggleAction);
    m_toggle->setObjectName(QStringLiteral("showPasswordButton"));
    m_toggle->setAccessibleName(tr("Show password"));
    m_toggle->setAccessibleDescription(toggleAction->toolTip());
    addAction(toggleAction);
    connect(toggleAction, &QAction::toggled, this, &PasswordField::setPasswordVisible);

    auto* generateAction = new QAction(tr("Generate"), this);
    generateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    generateAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    generateAction->setToolTip(tr("Generate a password that meets the engine's rules (Ctrl+G)"));
    m_generate->setDefaultAction(generateAction);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setAccessibleName(tr("Generate password"));
    m_generate->setAccessibleDescription(generateAction->toolTip());
    addAction(generateAction);
    connect(generateAction, &QAction::triggered, this, &PasswordField::generate);

    m_strength->setObjectName(QStringLiteral("strengthBar"));
    m_strength->setAccessibleName(tr("Password strength"));
    m_strength->setRange(0, kMeterMaximumBits);
    m_strength->setTextVisible(false);
    m_strength->setMaximumHeight(m_strength->fontMetrics().height() / 2 + 2);
    m_strengthLabel->setObjectName(QStringLiteral("strengthLabel"));
    m_strengthLabel->setAccessibleName(tr("Password strength"));
    m_capsLock->setObjectName(QStringLiteral("capsLockWarning"));
    m_capsLock->setAccessibleName(tr("Caps Lock warning"));
    m_capsLock->setAccessibleDescription(m_capsLock->text());
    m_capsLock->hide();

    auto* passwordRow = new QHBoxLayout;
    passwordRow->setContentsMargins(0, 0, 0, 0);
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_toggle);
    passwordRow->addWidget(m_generate);
    auto* strengthRow = new QHBoxLayout;
    strengthRow->setContentsMargins(0, 0, 0, 0);
    strengthRow->addWidget(m_strength, 1);
    strengthRow->addWidget(m_strengthLabel);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(passwordRow, 0, 0, 1, 2);
    layout->addLayout(strengthRow, 1, 0, 1, 2);
    layout->addWidget(m_passwordHint, 2, 0, 1, 2);
    layout->addWidget(m_capsLock, 3, 0, 1, 2);
    layout->addWidget(m_confirmationLabel, 4, 0);
    layout->addWidget(m_confirmation, 4, 1);
    layout->addWidget(m_confirmationHint, 5, 0, 1, 2);
    setFocusProxy(m_password);
    FocusChain::set(focusOrder());

    m_password->installEventFilter(this);
    m_clipboardGuard = new ClipboardGuard(this);
    m_clipboardGuard->setObjectName(QStringLiteral("passwordClipboardGuard"));
    m_confirmation->installEventFilter(this);
    connect(m_password, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_visible)
            m_confirmation->setText(text); // hidden and following while the password is shown
        recheck();
    });
    connect(m_confirmation, &QLineEdit::textChanged, this, &PasswordField::recheck);
    recheck();
}

QList<QWidget*> PasswordField::focusOrder() const
{
    return { m_password, m_toggle, m_generate, m_confirmation };
}

QString PasswordField::password() const
{
    return m_password->text();
}

void PasswordField::setPassword(const QString& password)
{
    m_password->setText(password);
    m_confirmation->setText(password);
}

FieldCheck PasswordField::passwordCheck() const
{
    return m_rules.checkPassword(m_password->text());
}

FieldCheck PasswordField::confirmationCheck() const
{
    // AccountRules is prefix-aware: "matches so far" while the confirmation is still being typed.
    return m_rules.checkConfirmation(m_password->text(), m_confirmation->text());
}

void PasswordField::setReadOnly(bool readOnly)
{
    m_password->setReadOnly(readOnly);
    m_confirmation->setReadOnly(readOnly);
    m_generate->setEnabled(!readOnly);
}

QString PasswordField::qualityText(double bits)
{
    if (bits < 40)
        return tr("Poor");
    if (bits < 75)
        return tr("Weak");
    if (bits < 100)
        return tr("Good");
    return tr("Excellent");
}

void PasswordField::setPasswordVisible(bool visible)
{
    m_visible = visible;
    m_password->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    m_toggle->defaultAction()->setChecked(visible);
    m_toggle->defaultAction()->setText(visible ? tr("Hide") : tr("Show"));
    m_toggle->setAccessibleName(visible ? tr("Hide password") : tr("Show password"));
    // The user can read what is typed, so a second copy adds nothing (KeePassXC does the same).
    if (visible)
        m_confirmation->setText(m_password->text());
    m_confirmationLabel->setVisible(!visible);
    m_confirmation->setVisible(!visible);
    m_confirmationHint->setVisible(!visible);
    recheck();
}

void PasswordField::generate()
{
    PasswordGenerator generator(m_rules.rules());
    generator.setLength(std::clamp(
        PasswordGenerator::DefaultLength, m_rules.rules().passwordMinLength, m_rules.rules().passwordMaxLength));
    const QString password = generator.generate();
    if (password.isEmpty())
        return;
    setPasswordVisible(true); // a generated password is meant to be read and handed over
    setPassword(password);
}

void PasswordField::setClipboardGuard(ClipboardGuard* guard)
{
    if (guard)
        m_clipboardGuard = guard;
}

void PasswordField::copyGuarded(bool cut)
{
    // A hidden password is never copied (as QLineEdit does); a shown one only through the guard.
    if (!m_visible)
        return;
    const QString text = m_password->hasSelectedText() ? m_password->selectedText() : m_password->text();
    if (text.isEmpty())
        return;
    m_clipboardGuard->copy(text);
    if (cut && !m_password->isReadOnly() && m_password->hasSelectedText())
        m_password->del();
}

void PasswordField::showGuardedMenu(const QPoint& globalPos)
{
    // The standard menu, with Copy and Cut rerouted to the guard.
    QMenu* menu = m_password->createStandardContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // Qt names the actions from 6.5 on; before, their text ends in the shortcut ("&Copy\tCtrl+C").
    auto is = [](const QAction* action, QKeySequence::StandardKey key, QLatin1String name) {
        const QString accel = QKeySequence(key).toString(QKeySequence::NativeText);
        return action->objectName() == name || (!accel.isEmpty() && action->text().endsWith(QLatin1Char('\t') + accel));
    };
    for (QAction* action : menu->actions()) {
        const bool cut = is(action, QKeySequence::Cut, QLatin1String("edit-cut"));
        if (!cut && !is(action, QKeySequence::Copy, QLatin1String("edit-copy")))
            continue;
        action->disconnect();
        action->setEnabled(m_visible && !m_password->text().isEmpty() && (!cut || !m_password->isReadOnly()));
        connect(action, &QAction::triggered, this, [this, cut] { copyGuarded(cut); });
    }
    menu->popup(globalPos);
}

// X11 copies a selection to the PRIMARY clipboard on its own; a password must not stay there.
void PasswordField::clearSelectionClipboard()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard->supportsSelection())
        return;
    const QString selected = clipboard->text(QClipboard::Selection);
    if (!selected.isEmpty() && m_password->text().contains(selected))
        clipboard->clear(QClipboard::Selection);
}

bool PasswordField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_password) {
        if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            const bool copy = key->matches(QKeySequence::Copy);
            const bool cut = key->matches(QKeySequence::Cut);
            if (copy || cut) {
                if (event->type() == QEvent::KeyPress)
                    copyGuarded(cut);
                event->accept();
                return event->type() == QEvent::KeyPress; // the override is accepted so the press comes here
            }
        }
        if (event->type() == QEvent::ContextMenu) {
            showGuardedMenu(static_cast<QContextMenuEvent*>(event)->globalPos());
            return true;
        }
        if (event->type() == QEvent::MouseButtonRelease)
            QTimer::singleShot(0, this, &PasswordField::clearSelectionClipboard);
    }
    // Qt has no portable Caps Lock query; a letter whose case disagrees with Shift is the tell-tale sign.
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const QString text = key->text();
        if (text.size() == 1 && text.at(0).isLetter() && text.at(0).toUpper() != text.at(0).toLower()) {
            const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
            const bool capsLock = text.at(0).isUpper() != shift;
            if (capsLock && m_capsLock->isHidden())
                AnnouncementLabel::raiseAlert(m_capsLock); // heard, not only seen
            m_capsLock->setVisible(capsLock);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PasswordField::recheck()
{
    m_passwordHint->setCheck(
        m_password->text().isEmpty() ? FieldCheck::intermediate(m_rules.passwordRuleText()) : passwordCheck());
    m_confirmationHint->setCheck(confirmationCheck());
    updateStrength();
    emit changed();
}

void PasswordField::updateStrength()
{
    const QString password = m_password->text();
    const double bits = password.isEmpty() ? 0.0 : PasswordGenerator::entropyBits(password);
    m_strength->setValue(std::min(kMeterMaximumBits, static_cast<int>(std::lround(bits))));
    const QString text = password.isEmpty()
        ? QString()
        : tr("%1 (%2 bits)").arg(qualityText(bits)).arg(static_cast<int>(std::lround(bits)));
    m_strengthLabel->setText(text);
    m_strength->setToolTip(text);
    // The meter's colour and length are not the only signal: the quality word is its description and its label.
    m_strength->setAccessibleDescription(password.isEmpty() ? tr("No password entered yet") : text);
}
