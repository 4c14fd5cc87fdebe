#include "OperationDialog.h"

#include "AccountService.h"
#include "ErrorBanner.h"
#include "MnemonicText.h"
#include "PendingOperation.h"
#include "UiLogging.h"
#include "WindowFit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

OperationDialog::OperationDialog(
    AccountService* service, const Instance& instance, const FieldCheck& allowed, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_instance(instance)
    , m_allowed(allowed)
    , m_banner(new ErrorBanner(this))
    , m_form(new QWidget(this))
    , m_busyBar(new QProgressBar(this))
    , m_busyLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    Q_ASSERT(service);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_cancel = m_buttons->button(QDialogButtonBox::Cancel);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setAccessibleName(tr("OK"));
    m_ok->setDefault(true);
    m_ok->setEnabled(false);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_form->setObjectName(QStringLiteral("form"));

    m_busyBar->setObjectName(QStringLiteral("busyBar"));
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->setRange(0, 0); // indeterminate: the server gives no progress
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(120);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setAccessibleName(tr("Working"));
    m_busyBar->hide();
    m_busyLabel->hide();

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busyBar);
    bottom->addWidget(m_busyLabel, 1);
    bottom->addWidget(m_buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_form, 1);
    layout->addLayout(bottom);

    // Wide enough that rules, hints and the strength label wrap sensibly, in English and in Chinese.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    WindowFit::install(this); // and tall enough for wrapped text at any font size

    connect(m_ok, &QPushButton::clicked, this, &OperationDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &OperationDialog::cancelClicked);
    connect(m_banner, &ErrorBanner::retryRequested, this, &OperationDialog::submit);
    if (!m_allowed.isValid())
        m_banner->showMessage(m_allowed.message);
}

OperationDialog::~OperationDialog()
{
    abandonPending();
}

void OperationDialog::reject()
{
    abandonPending();
    QDialog::reject();
}

void OperationDialog::submit()
{
    if (isBusy())
        return;
    updateOkButton(); // the rules once more: a date may have passed, a quota may have been reached
    if (!m_okAllowed)
        return;
    m_banner->clear();
    startOperation();
}

void OperationDialog::setOkText(const QString& text)
{
    m_ok->setText(text);
    m_ok->setAccessibleName(MnemonicText::withoutMnemonic(text));
}

void OperationDialog::setOkAllowed(bool valid)
{
    m_okAllowed = valid && m_allowed.isValid();
    m_ok->setEnabled(m_okAllowed && !isBusy());
}

void OperationDialog::run(PendingOperation* op, const QString& busyText, std::function<void(const QString&)> onSuccess)
{
    if (!op) {
        qCWarning(lcUi) << "The service returned no operation";
        return;
    }
    m_pending = op;
    setBusy(true, busyText);
    connect(op, &PendingOperation::succeeded, this, [this, onSuccess = std::move(onSuccess)](const QString& requestId) {
        m_pending.clear();
        setBusy(false);
        if (onSuccess)
            onSuccess(requestId);
        else
            operationDone(requestId);
    });
    connect(op, &PendingOperation::progressChanged, m_busyLabel, &QLabel::setText);
    connect(op, &PendingOperation::failed, this, [this, op](const ServiceError& error) {
        m_pending.clear();
        m_partialSummary = op->partialSummary();
        m_failureLead = op->failureLead();
        setBusy(false);
        operationFailed(error);
    });
}

void OperationDialog::operationDone(const QString& requestId)
{
    emit operationSucceeded(requestId);
    accept();
}

void OperationDialog::operationFailed(const ServiceError& error)
{
    m_banner->showError(error, m_failureLead, !m_partialSummary.isEmpty());
    growToFit();
}

void OperationDialog::growToFit()
{
    // Word-wrapped labels do not grow a dialog that is already shown; nothing may end up cut off.
    QLayout* top = layout();
    top->activate();
    const int needed = top->hasHeightForWidth() ? top->totalHeightForWidth(width()) : top->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void OperationDialog::setBusy(bool busy, const QString& text)
{
    if (busy && focusWidget())
        m_focusBeforeBusy = focusWidget();
    m_form->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(text);
    m_banner->setEnabled(!busy);
    m_cancel->setToolTip(busy ? tr("Cancel the call in progress") : QString());
    if (busy)
        m_ok->setEnabled(false);
    else
        updateOkButton();
    // Back where the user was, so the keyboard can go on (Esc, Tab, typing) after the call.
    if (!busy && m_focusBeforeBusy && m_focusBeforeBusy->isEnabled() && m_focusBeforeBusy->isVisibleTo(this))
        m_focusBeforeBusy->setFocus(Qt::OtherFocusReason);
    else if (!busy && !focusWidget())
        setFocus(Qt::OtherFocusReason);
}

void OperationDialog::cancelClicked()
{
    if (isBusy()) {
        // Stop the call but keep the dialog and its input; the operation reports Cancelled through failed().
        m_pending->cancel();
        return;
    }
    reject();
}

void OperationDialog::abandonPending()
{
    if (m_pending.isNull())
        return;
    PendingOperation* op = m_pending.data();
    disconnect(op, nullptr, this, nullptr); // the dialog is going away: nothing may call back into it
    m_pending.clear();
    op->cancel();
}
