#pragma once

#include "AccountService.h"

#include <QSet>

class ConnectionSet;
class ProfileConnection;

// The AccountService the window talks to when several profiles are enabled: each call goes to the AccountService
// of the instance's profile (ConnectionSet), so a Find result or a tree node of any enabled profile can be acted on
// at once. List loads report as one: loading while any connection loads. Background errors come from a connection
// only after its inventory loaded; errors while loading stay on the profile's node.
class RoutedAccountService : public AccountService
{
    Q_OBJECT

public:
    explicit RoutedAccountService(ConnectionSet* connections, QObject* parent = nullptr);

    PendingOperation* submit(const Instance& instance, const AccountWrite& write) override;
    QStringList reservedAccountNames(const Instance& instance) const override;
    bool reservedAccountNamesAreBuiltIn(const Instance& instance) const override;
    void fetchOperatorPermission(const Instance& instance, QObject* context, OperatorPermissionDone done) override;
    void readAccount(const Instance& instance, const QString& name, QObject* context, AccountReadDone done) override;
    void setReadBackEachWrite(bool on) override;
    void refreshInventory() override;
    void refreshAccounts(const Instance& instance) override;

private:
    void watch(ProfileConnection* connection);
    AccountService* serviceFor(const Instance& instance) const;
    // An operation that fails at once: the instance's profile is not enabled (any more).
    PendingOperation* notConnected(const QString& action, const Instance& instance);

    ConnectionSet* m_connections;
    QSet<QString> m_loading; // profile IDs with list loads in flight
    bool m_readBackEachWrite = true;
};
