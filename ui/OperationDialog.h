#pragma once

#include "FieldCheck.h"
#include "Instance.h"
#include "ServiceError.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class AccountService;
class ErrorBanner;
class PendingOperation;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

// Base of the account dialogs: runs one PendingOperation at a time without blocking. While busy the form is
// disabled, a busy line shows, OK is disabled and Cancel cancels the call (the dialog stays, input kept). On
// success the dialog accepts; on failure the ErrorBanner shows the error and every field keeps what was typed.
// Closing the dialog cancels the call. Each dialog rechecks all of its rules in one updateOkButton() slot; the
// instance policy's verdict on the operation (InstancePolicy) is one of them, kept here for every dialog.
class OperationDialog : public QDialog
{
    Q_OBJECT

public:
    ~OperationDialog() override;

    AccountService* service() const { return m_service; }
    const Instance& instance() const { return m_instance; }
    bool isBusy() const { return !m_pending.isNull(); }

    ErrorBanner* errorBanner() const { return m_banner; }
    QPushButton* okButton() const { return m_ok; }
    QPushButton* cancelButton() const { return m_cancel; }

public slots:
    void reject() override; // Esc, the window's close button, and Cancel while idle
    void submit(); // OK and Retry: checks the form once more, then startOperation()

signals:
    void operationSucceeded(const QString& requestId);

protected:
    // allowed: InstancePolicy's verdict on this operation. A refusal shows in the banner and keeps OK disabled.
    OperationDialog(AccountService* service, const Instance& instance, const FieldCheck& allowed, QWidget* parent);

    bool isAllowed() const { return m_allowed.isValid(); }

    // The dialog's inputs live in here: it is disabled as a whole while a call runs.
    QWidget* form() const { return m_form; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }
    void setOkText(const QString& text);
    // Enables OK when the form is valid, the policy allows the operation and no call runs; what every
    // updateOkButton() ends with.
    void setOkAllowed(bool valid);
    // Grows the dialog when new content (a banner, an explanation) appeared; never shrinks it.
    void growToFit();

    // Starts the dialog's call(s); called by submit() only when OK is allowed.
    virtual void startOperation() = 0;
    // Runs op; onSuccess (default: operationDone) receives the RequestId, e.g. to chain a second call.
    void run(PendingOperation* op, const QString& busyText, std::function<void(const QString&)> onSuccess = {});
    // Default: emit operationSucceeded() and accept().
    virtual void operationDone(const QString& requestId);
    // Default: show the error in the banner. Fields are never touched.
    virtual void operationFailed(const ServiceError& error);

protected slots:
    virtual void updateOkButton() = 0;

private:
    void setBusy(bool busy, const QString& text = {});
    void cancelClicked();
    void abandonPending();

    AccountService* m_service = nullptr;
    Instance m_instance;
    FieldCheck m_allowed;
    QPointer<PendingOperation> m_pending;
    QPointer<QWidget> m_focusBeforeBusy; // the form is disabled while busy, which takes the keyboard focus away
    QString m_partialSummary; // after a partial success: what applied and which step failed; else empty
    QString m_failureLead;
    bool m_okAllowed = false;

    ErrorBanner* m_banner = nullptr;
    QWidget* m_form = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QLabel* m_busyLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};
