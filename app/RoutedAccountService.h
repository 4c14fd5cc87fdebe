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

    PendingOperation* createAccount(const Instance& instance, const AccountDraft& draft) override;
    PendingOperation* resetPassword(const Instance& instance, const QString& account, const QString& password) override;
    PendingOperation* modifyPrivileges(
        const Instance& instance, const QString& account, const PrivilegeChange& change) override;
    PendingOperation* modifyDescription(
        const Instance& instance, const QString& account, const QString& description) override;
    PendingOperation* deleteAccount(const Instance& instance, const QString& account) override;
    PendingOperation* setAccountLocked(const Instance& instance, const QString& account, bool locked) override;
    PendingOperation* resetPrivilegedAccount(
        const Instance& instance, const QString& account, const QString& password) override;
    PendingOperation* grantOperatorPermission(const Instance& instance, const OperatorPermission& permission) override;
    PendingOperation* revokeOperatorPermission(const Instance& instance) override;
    QStringList reservedAccountNames(const Instance& instance) const override;
    bool reservedAccountNamesAreBuiltIn(const Instance& instance) const override;
    void fetchOperatorPermission(const Instance& instance,
        QObject* context,
        std::function<void(const std::optional<OperatorPermission>&)> done) override;
    void readAccount(const Instance& instance,
        const QString& name,
        QObject* context,
        std::function<void(const std::optional<Account>& account, const std::optional<ServiceError>& error)> done)
        override;
    void setReadBackEachWrite(bool on) override;
    void refreshInventory() override;
    void refreshAccounts(const Instance& instance) override;

private:
    void watch(ProfileConnection* connection);
    AccountService* serviceFor(const Instance& instance) const;
    // An operation that fails at once: the instance's profile is not enabled (any more).
    PendingOperation* notConnected(const QString& action, const Instance& instance);
    // Hands a write to the instance's connection, or fails it at once when that profile is not connected.
    template<typename Write>
    PendingOperation* route(const Instance& instance, const QString& action, Write write);

    ConnectionSet* m_connections;
    QSet<QString> m_loading; // profile IDs with list loads in flight
    bool m_readBackEachWrite = true;
};
