#pragma once

#include "AccountController.h"
#include "ApiClient.h"
#include "ConnectionStatus.h"
#include "CredentialProbe.h"
#include "InstanceTreeModel.h"

#include <QMap>
#include <QObject>
#include <QUrl>

class AccountTableModel;
class CallMeter;
class RateLimiterRegistry;
class RequestLog;

// One enabled profile's connection: an OpenAPI client of its own (credentials, region, endpoints, and the rate
// limiter of its cloud account from the shared registry), the AccountController that acts for it over an inventory
// tree of its own, Test login on its client, and its status. Accounts go to the window's shared table (instance IDs
// are unique across cloud accounts); ConnectionSet mirrors the tree under the profile's node of the window's tree.
class ProfileConnection : public QObject
{
    Q_OBJECT

public:
    // What every connection of the session shares; each must outlive the connection.
    struct Shared
    {
        AccountTableModel* accounts = nullptr;
        RequestLog* log = nullptr;
        CallMeter* meter = nullptr;
        RateLimiterRegistry* limiters = nullptr;
    };

    ProfileConnection(const QString& id, const QString& label, const Shared& shared, QObject* parent = nullptr);
    ~ProfileConnection() override;

    QString id() const { return m_id; } // the profile's name, "Demo" for the built-in sandbox
    QString label() const { return m_label; } // what its node says
    QString region() const { return m_client.region(); }
    AccountController* controller() { return &m_controller; }
    ApiClient* client() { return &m_client; }
    InstanceTreeModel* instances() { return &m_instances; }
    CredentialProbe* credentialProbe() { return &m_credentials; }
    ConnectionStatus status() const { return m_status; }
    bool isOpen() const { return m_open; }

    // Signs with these credentials from now on and loads the inventory in the background; false (and Failed) when
    // an endpoint override is not a valid URL.
    bool open(const Credentials& credentials, const QMap<QString, QUrl>& endpoints, const QString& region);
    // Loads the inventory again (F5); a connection that never opened (no secret) stays as it is.
    void refresh();
    // The connection cannot open: its secret is missing or the keychain could not be read.
    void setStatus(const ConnectionStatus& status);

signals:
    void statusChanged(const ConnectionStatus& status);
    // The inventory finished loading (every region's instances listed, or the listing failed).
    void inventoryLoaded();
    // A background call failed after the inventory had loaded (a list of accounts, polling): worth a message box.
    // Failures while loading end up in the status instead, so one profile's errors never stop the others.
    void backgroundError(const ServiceError& error);

private:
    void onBackgroundError(const ServiceError& error);
    void onInventoryLoaded();

    QString m_id;
    QString m_label;
    RateLimiterRegistry* m_limiters;
    ApiClient m_client;
    InstanceTreeModel m_instances;
    AccountController m_controller;
    CredentialProbe m_credentials;
    ConnectionStatus m_status;
    bool m_open = false;
};
