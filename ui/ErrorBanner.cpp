#include "ErrorBanner.h"

#include "AnnouncementLabel.h"
#include "ErrorCatalog.h"
#include "FieldHint.h"
#include "SecretMask.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_action(new QLabel(this))
    , m_details(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy deta&ils"), this))
    , m_retry(new QPushButton(tr("Retr&y"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Error"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    for (QLabel* label : { m_text, m_action, m_details }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_text->setObjectName(QStringLiteral("errorText"));
    m_action->setObjectName(QStringLiteral("errorAction"));
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_text->setAccessibleName(tr("Error message"));
    m_action->setAccessibleName(tr("Recommended action"));
    m_details->setAccessibleName(tr("Error code and RequestId"));
    m_copy->setObjectName(QStringLiteral("copyErrorButton"));
    m_copy->setAccessibleName(tr("Copy error details"));
    m_copy->setToolTip(tr("Copy the message, Code and RequestId for support"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Retry"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_retry);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_action);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    connect(m_copy, &QPushButton::clicked, this, &ErrorBanner::copyDetails);
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    applyColours();
    hide();
}

void ErrorBanner::showError(const ServiceError& error, const QString& lead, bool resumable)
{
    m_error = error;
    //: %1 what applied and what failed ("etl_v2 was created; granting Read/Write on app_db failed"), %2 why
    m_text->setText(lead.isEmpty() ? error.userText() : tr("%1: %2").arg(lead, error.userText()));
    QString action = error.recommendedAction();
    if (resumable) {
        const QString resume = tr("Retry continues from the step that failed; what was done is not sent again.");
        action = action.isEmpty() ? resume : action + QLatin1Char(' ') + resume;
    }
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
    m_details->setText(detailsText());
    m_details->show();
    m_copy->show();
    // A partial success resumes at the failed step, which re-reads the account before sending anything.
    m_retry->setVisible(resumable || (error.isRetrySafe() && !ErrorCatalog::outcomeUnknown(error)));
    show();
    announce();
}

void ErrorBanner::showMessage(const QString& text)
{
    m_error.reset();
    m_text->setText(text);
    m_action->hide();
    m_details->hide();
    m_copy->hide();
    m_retry->hide();
    show();
    announce();
}

// Screen readers hear the error as it appears; the description carries the text and the advice.
void ErrorBanner::announce()
{
    const QString advice = m_action->isHidden() ? QString() : QString(QLatin1Char(' ') + m_action->text());
    setAccessibleDescription(m_text->text() + advice);
    AnnouncementLabel::raiseAlert(this);
}

QString ErrorBanner::detailsText() const
{
    if (!m_error)
        return {};
    QStringList parts;
    if (!m_error->code.isEmpty())
        parts << tr("Code: %1").arg(m_error->code);
    if (m_error->httpStatus > 0)
        parts << tr("HTTP %1").arg(m_error->httpStatus);
    parts << tr("RequestId: %1")
                 .arg(m_error->requestId.isEmpty() ? tr("none (no answer from the server)") : m_error->requestId);
    return parts.join(QStringLiteral(" · "));
}

void ErrorBanner::clear()
{
    m_error.reset();
    hide();
}

void ErrorBanner::copyDetails() const
{
    // The one line support asks for; masked, because a server message can echo what was sent.
    QString text = m_error ? m_error->summary() : m_text->text();
    if (m_error && !m_error->requestId.isEmpty() && !text.contains(m_error->requestId))
        text += QStringLiteral(" RequestId: ") + m_error->requestId;
    QGuiApplication::clipboard()->setText(SecretMask::maskText(text));
}

void ErrorBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
}

void ErrorBanner::applyColours()
{
    // A tint of the error colour over the window colour: readable in light and dark palettes alike.
    QPalette p = QApplication::palette(this);
    const QColor window = p.color(QPalette::Window);
    const QColor error = FieldHint::errorColor(p);
    const auto mix = [](int a, int b) { return (a * 85 + b * 15) / 100; };
    p.setColor(QPalette::Window,
        QColor(mix(window.red(), error.red()), mix(window.green(), error.green()), mix(window.blue(), error.blue())));
    setPalette(p);
}
