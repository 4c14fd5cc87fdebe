#include "ResetPasswordDialog.h"

#include "AccountHeader.h"
#include "AccountService.h"
#include "AnnouncementLabel.h"
#include "ClipboardGuard.h"
#include "FocusChain.h"
#include "InstancePolicy.h"
#include "PasswordField.h"
#include "RuleTable.h"
#include "TestLoginOffer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ResetPasswordDialog::ResetPasswordDialog(
    AccountService* service, const Instance& instance, const Account& account, QWidget* parent)
    : AccountDialog(service, instance, account, InstancePolicy::canModifyAccount(instance, account), parent)
    , m_header(new AccountHeader(instance, account, form()))
    , m_password(new PasswordField(RuleTable::forEngine(instance.engine), form()))
    , m_copy(new QPushButton(tr("C&opy"), form()))
    , m_clear(new QPushButton(tr("C&lear now"), form()))
    , m_countdown(new QLabel(form()))
    , m_doneLabel(new QLabel(form()))
    , m_clipboardNotice(new AnnouncementLabel(form()))
    , m_clipboard(new ClipboardGuard(this))
{
    setWindowTitle(tr("Reset Password of %1").arg(account.name));
    setObjectName(QStringLiteral("ResetPasswordDialog"));
    setOkText(tr("&Reset Password"));

    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setAccessibleName(tr("New password"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_clipboard->setObjectName(QStringLiteral("clipboardGuard"));
    m_copy->setAccessibleName(tr("Copy password"));
    m_copy->setToolTip(tr("Copy the password; the clipboard is cleared after %n seconds",
        nullptr,
        static_cast<int>(ClipboardGuard::DefaultTimeout.count() / 1000)));
    m_clear->setObjectName(QStringLiteral("clearClipboardButton"));
    m_clear->setAccessibleName(tr("Clear the clipboard now"));
    m_clear->setEnabled(false);
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    m_countdown->setAccessibleName(tr("Clipboard countdown"));
    m_doneLabel->setObjectName(QStringLiteral("doneLabel"));
    m_doneLabel->setAccessibleName(tr("Result"));
    m_doneLabel->setWordWrap(true);
    m_doneLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_doneLabel->hide();

    auto* newPasswordLabel = new QLabel(tr("&New password:"), form());
    newPasswordLabel->setBuddy(m_password->passwordEdit());
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copy);
    copyRow->addWidget(m_clear);
    copyRow->addWidget(m_countdown, 1);
    copyRow->addWidget(m_clipboardNotice);

    auto* layout = new QVBoxLayout(form());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addSpacing(8);
    layout->addWidget(newPasswordLabel);
    layout->addWidget(m_password);
    layout->addLayout(copyRow);
    layout->addWidget(m_doneLabel);

    connect(m_password, &PasswordField::changed, this, &ResetPasswordDialog::updateOkButton);
    connect(m_copy, &QPushButton::clicked, this, &ResetPasswordDialog::copyPassword);
    m_password->setClipboardGuard(m_clipboard); // Ctrl+C and the context menu share the Copy button's countdown
    connect(m_clear, &QPushButton::clicked, m_clipboard, &ClipboardGuard::clearNow);
    connect(m_clipboard, &ClipboardGuard::countdown, this, &ResetPasswordDialog::showCountdown);
    connect(m_clipboard, &ClipboardGuard::cleared, this, &ResetPasswordDialog::showCleared);

    FocusChain::setWithButtons(m_password->focusOrder() + QList<QWidget*> { m_copy, m_clear }, buttonBox());
    m_password->setFocus();
    updateOkButton();
}

void ResetPasswordDialog::copyPassword()
{
    if (!m_password->passwordCheck().isValid())
        return;
    m_clipboardNotice->clear();
    m_clipboard->copy(m_password->password());
}

void ResetPasswordDialog::reject()
{
    if (m_done) {
        accept();
        return;
    }
    OperationDialog::reject();
}

void ResetPasswordDialog::showCountdown(int secondsLeft)
{
    m_clear->setEnabled(secondsLeft > 0);
    m_countdown->setText(secondsLeft > 0 ? tr("Clipboard clears in %n s", nullptr, secondsLeft) : QString());
}

void ResetPasswordDialog::showCleared(bool wasOurs)
{
    if (wasOurs)
        m_clipboardNotice->announce(tr("Clipboard cleared."));
}

void ResetPasswordDialog::updateOkButton()
{
    m_copy->setEnabled(m_password->passwordCheck().isValid());
    setOkAllowed(!m_done && m_password->isValid());
}

void ResetPasswordDialog::startOperation()
{
    run(service()->submit(instance(), ResetPasswordWrite { account().name, m_password->password() }),
        tr("Resetting the password of %1…").arg(account().name));
}

void ResetPasswordDialog::operationDone(const QString& requestId)
{
    // Stay open: the helpdesk still has to hand the password over. Only Copy and Close remain.
    m_done = true;
    m_password->setReadOnly(true);
    m_doneLabel->setText(tr("The password of %1 has been reset (RequestId %2). Hand it over now: it is not "
                            "stored anywhere.")
                             .arg(account().name, requestId));
    m_doneLabel->show();
    if (m_tester) {
        m_offer = new TestLoginOffer(m_tester, instance(), account(), m_password->password(), form());
        form()->layout()->addWidget(m_offer);
    }
    okButton()->hide();
    cancelButton()->setText(tr("&Close"));
    cancelButton()->setAccessibleName(tr("Close"));
    cancelButton()->setDefault(true);
    emit operationSucceeded(requestId);
    updateOkButton();
    growToFit();
}
