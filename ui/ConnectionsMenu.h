#pragma once

#include <QMenu>
#include <QStringList>

// Connections menu: one checkable entry per saved profile, plus the built-in demo; every checked one is connected
// at once and shown as a profile node in the instance tree. Toggling emits enabledChanged; the app remembers it.
class ConnectionsMenu : public QMenu
{
    Q_OBJECT

public:
    explicit ConnectionsMenu(QWidget* parent = nullptr);

    // One entry per ID (in this order) with its label; the checked ones are those in enabled.
    void setEntries(const QStringList& ids, const QStringList& labels, const QStringList& enabled);

signals:
    void enabledChanged(const QString& id, bool enabled);
    void manageRequested();
};
