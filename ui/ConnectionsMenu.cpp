#include "ConnectionsMenu.h"

#include <QAction>

ConnectionsMenu::ConnectionsMenu(QWidget* parent)
    : QMenu(tr("&Connections"), parent)
{
    setObjectName(QStringLiteral("connectionsMenu"));
    setToolTipsVisible(true);
}

void ConnectionsMenu::setEntries(const QStringList& ids, const QStringList& labels, const QStringList& enabled)
{
    clear();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString& id = ids.at(i);
        QAction* action = addAction(labels.value(i, id));
        action->setObjectName(QStringLiteral("connection:") + id);
        action->setData(id);
        action->setCheckable(true);
        action->setChecked(enabled.contains(id));
        action->setStatusTip(tr("Connect %1 alongside the other checked profiles").arg(labels.value(i, id)));
        // Queued: the app rebuilds this menu in answer, which must not delete the action while it is signalling.
        connect(
            action,
            &QAction::toggled,
            this,
            [this, id](bool on) { emit enabledChanged(id, on); },
            Qt::QueuedConnection);
    }
    addSeparator();
    QAction* manage = addAction(tr("&Profiles…"));
    manage->setObjectName(QStringLiteral("connectionsManage"));
    connect(manage, &QAction::triggered, this, &ConnectionsMenu::manageRequested);
}
