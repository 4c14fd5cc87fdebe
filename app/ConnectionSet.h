#pragma once

#include "ProfileConnection.h"
#include "RoleMode.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class AccountService;
class AccountTableModel;
class InstanceTreeModel;

// The connections of the enabled profiles, by profile ID (the profile's name; "Demo" for the built-in sandbox), in
// the order they were enabled. Owns them, mirrors each one's inventory and status into the window's tree under its
// profile's node, and finds the one that acts for a profile or an instance. Removing a connection drops its node and
// the accounts only it listed.
class ConnectionSet : public QObject
{
    Q_OBJECT

public:
    ConnectionSet(InstanceTreeModel* tree,
        const ProfileConnection::Shared& shared,
        QObject* parent = nullptr); // tree and shared must outlive the set
    ~ConnectionSet() override;

    // Adds the profile's connection (not opened yet: the caller opens it or sets why it cannot); an existing one
    // is returned as it is.
    ProfileConnection* add(const QString& profileId, const QString& label);
    void remove(const QString& profileId);
    ProfileConnection* connection(const QString& profileId) const;
    QList<ProfileConnection*> connections() const;
    QStringList ids() const;
    // The AccountService that acts for the profile (its AccountController); null when the profile is not enabled.
    AccountService* serviceFor(const QString& profileId) const;
    // The connection for an instance the window passes: its profile's, else the first that lists its ID.
    ProfileConnection* connectionFor(const Instance& instance) const;

    // Every connection, those added later too, works in this role mode.
    void setRoleMode(RoleMode mode);

signals:
    void added(ProfileConnection* connection);
    void removed(const QString& profileId);
    // A connection's inventory finished loading (or failed to).
    void inventoryLoaded(const QString& profileId);
    void statusChanged(const QString& profileId, const ConnectionStatus& status);

private:
    void mirror(ProfileConnection* connection);

    InstanceTreeModel* m_tree;
    ProfileConnection::Shared m_shared;
    std::vector<std::unique_ptr<ProfileConnection>> m_connections;
    RoleMode m_mode = RoleMode::Dba;
};
