#pragma once

#include "AccountRules.h"
#include "FieldCheck.h"

#include <QWidget>

class ClipboardGuard;
class FieldHint;
class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;

// A password with its confirmation, checked live against the engine's rules (KeePassXC PasswordWidget):
// show/hide (Ctrl+H), Generate (Ctrl+G, default length 20, only characters the engine accepts), a strength meter
// and a Caps Lock warning. The confirmation shows "keep typing" while it is a prefix of the password and an error
// only once it differs. While the password is shown the confirmation is hidden and follows the password.
class PasswordField : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordField(const EngineRules& rules, QWidget* parent = nullptr);

    QString password() const;
    void setPassword(const QString& password); // sets both fields

    FieldCheck passwordCheck() const;
    FieldCheck confirmationCheck() const;
    bool isValid() const { return passwordCheck().isValid() && confirmationCheck().isValid(); }

    void setReadOnly(bool readOnly);

    QLineEdit* passwordEdit() const { return m_password; }
    // The focusable parts in layout order (password, Show, Generate, confirmation), for the dialog's Tab order.
    QList<QWidget*> focusOrder() const;

    // Every way the password leaves the field (Ctrl+C, Ctrl+X, the context menu) goes through this guard: its
    // countdown, its privacy hints, its clearing. By default the field has one of its own.
    void setClipboardGuard(ClipboardGuard* guard);

    // The quality word for an entropy estimate, KeePassXC thresholds: <40 Poor, <75 Weak, <100 Good, else Excellent.
    static QString qualityText(double bits);

public slots:
    void setPasswordVisible(bool visible);
    void generate();

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void copyGuarded(bool cut);
    void showGuardedMenu(const QPoint& globalPos);
    void clearSelectionClipboard();
    void recheck();
    void updateStrength();

    AccountRules m_rules;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirmation = nullptr;
    ClipboardGuard* m_clipboardGuard = nullptr;
    QToolButton* m_toggle = nullptr;
    QToolButton* m_generate = nullptr;
    FieldHint* m_passwordHint = nullptr;
    FieldHint* m_confirmationHint = nullptr;
    QLabel* m_confirmationLabel = nullptr;
    QProgressBar* m_strength = nullptr;
    QLabel* m_strengthLabel = nullptr;
    QLabel* m_capsLock = nullptr;
    bool m_visible = false;
};
