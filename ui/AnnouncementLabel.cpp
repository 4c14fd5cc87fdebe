#include "AnnouncementLabel.h"

#include <QAccessible>

AnnouncementLabel::AnnouncementLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("announcementLabel"));
    setTextFormat(Qt::PlainText);
    setAccessibleDescription(tr("The latest change"));
}

void AnnouncementLabel::announce(const QString& text)
{
    setText(text);
    setAccessibleName(text);
    raiseAlert(this);
}

void AnnouncementLabel::raiseAlert(QWidget* widget)
{
    // A widget of a window that is not shown yet is read out with the window; an event now would come too early.
    if (!widget->isVisible())
        return;
    QAccessibleEvent nameChanged(widget, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    QAccessibleEvent alert(widget, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}
