#include "WindowFit.h"

#include <QEvent>
#include <QLayout>
#include <QWidget>

#include <algorithm>

WindowFit* WindowFit::install(QWidget* window)
{
    return new WindowFit(window);
}

WindowFit::WindowFit(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_baseMinimumWidth(window->minimumWidth())
{
    window->installEventFilter(this);
}

bool WindowFit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::Show:
        case QEvent::Resize:
        case QEvent::LayoutRequest:
        case QEvent::FontChange:
            fit();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void WindowFit::fit()
{
    QLayout* layout = m_window->layout();
    if (!layout || m_fitting)
        return;
    m_fitting = true;
    layout->activate();
    const int width = std::max(m_baseMinimumWidth, layout->totalMinimumSize().width());
    m_window->setMinimumWidth(width);
    const int targetWidth = std::max(width, m_window->width());
    const int height
        = layout->hasHeightForWidth() ? layout->totalHeightForWidth(targetWidth) : layout->totalMinimumSize().height();
    m_window->setMinimumHeight(height);
    if (targetWidth > m_window->width() || height > m_window->height())
        m_window->resize(targetWidth, std::max(height, m_window->height()));
    m_fitting = false;
}
