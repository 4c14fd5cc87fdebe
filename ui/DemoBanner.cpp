#include "DemoBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

DemoBanner::DemoBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_connectButton(new QPushButton(tr("&Connect account..."), this))
{
    setObjectName(QStringLiteral("demoBanner"));
    setAccessibleName(tr("Demo mode banner"));
    setFrameShape(QFrame::StyledPanel);
    // Tooltip colours: a highlighted strip that the platform adapts to light and dark palettes.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    m_text->setText(tr("<b>Demo data.</b> Connect your Alibaba Cloud account to manage your own instances."));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setAccessibleName(tr("Demo data. Connect your Alibaba Cloud account"));
    m_connectButton->setAccessibleName(tr("Connect your Alibaba Cloud account"));

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_connectButton);
    connect(m_connectButton, &QPushButton::clicked, this, &DemoBanner::connectRequested);
}
