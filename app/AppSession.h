#pragma once

#include "AccountIndex.h"
#include "AccountIndexFile.h"
#include "AccountIndexSync.h"
#include "AccountSearchModel.h"
#include "AccountTableModel.h"
#include "ActivityLogModel.h"
#include "ApiConnectionProbe.h"
#include "AppProfileService.h"
#include "CallMeter.h"
#include "CallMeterModel.h"
#include "CommandLine.h"
#include "ConnectionSet.h"
#include "InstanceTreeModel.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "RateLimiterRegistry.h"
#include "RequestLog.h"
#include "RoutedAccountService.h"
#include "RoutedCredentialTester.h"

#include <QObject>
#include <QPointer>
#include <QSettings>

#include <memory>

class ConnectionsMenu;
class DemoSandbox;
class SecretStore;

// The composition root of the window: owns the models, the connections of the enabled profiles (ConnectionSet: a
// client and controller each), the profile service and (when the demo is enabled) the built-in sandbox. At start:
// --sandbox gives the demo, --profile that profile, the environment's credentials the "environment" profile;
// otherwise the profiles enabled last time (Connections menu, remembered without secrets), else the active
// profile, else the demo.
class AppSession : public QObject
{
    Q_OBJECT

public:
    static inline const QString DemoId = QStringLiteral("Demo"); // the demo's profile ID, in every language
    static inline const QString EnabledKey = QStringLiteral("Connections/enabled");

    // secrets: where saved profiles' secrets are read (null: the OS keychain); journeys pass a memory store.
    explicit AppSession(const CommandLine& commandLine, SecretStore* secrets = nullptr, QObject* parent = nullptr);
    ~AppSession() override;

    void start();
    // The AccountService the window uses: each call goes to the instance's profile's connection.
    AccountService* service() { return &m_service; }
    // Connects or disconnects a profile (DemoId for the demo), as the Connections menu does, and remembers it.
    void setConnectionEnabled(const QString& profileId, bool enabled);
    bool isDemo() const { return m_connections.ids() == QStringList { DemoId }; }
    // Find's index of every account, for journeys that check what Find and the access report work from.
    AccountIndex* accountIndex() { return &m_index; }
    // The built-in sandbox's address in demo mode (empty before it listens or outside demo mode), so a journey
    // can read what the sandbox holds through a client of its own.
    QUrl sandboxEndpoint() const;

signals:
    // The instance tree is filled for the first time, t milliseconds after the process started.
    void inventoryReady(qint64 millisecondsSinceProcessStart);
    // Demo mode could not start its sandbox, or no connection could be made at all.
    void fatalError(const QString& reason);

private:
    QStringList initialConnections();
    void enable(const QString& profileId);
    void enableDemo();
    void openDemo(const QUrl& endpoint);
    void openProfile(const Profile& profile, const std::optional<ProfileSecrets>& secrets, const QString& error);
    static QString missingSecret(const Profile& profile, const ProfileSecrets& secrets);
    void onActiveProfileChanged(const QString& name);
    void onProfilesChanged();
    void updateContext();
    void updateConnectionsMenu();
    void openProfiles();
    void onInventoryLoaded();
    void openScreenshotDialog();
    void loadAccountIndex();
    // The mode: --mode if given, else the one remembered for the profile (DBA at first).
    RoleMode modeFor(const QString& profile);
    void rememberMode(RoleMode mode);

    CommandLine m_commandLine;
    QSettings m_settings;
    KeychainSecretStore m_keychain;
    RateLimiterRegistry m_limiters; // one 100/s and one 10/s bucket per Alibaba Cloud account, for every client
    ApiConnectionProbe m_probe;
    AppProfileService m_profiles;
    RequestLog m_log;
    CallMeter m_meter;
    InstanceTreeModel m_tree;
    AccountTableModel m_accounts;
    ActivityLogModel m_activity;
    CallMeterModel m_usage;
    ConnectionSet m_connections;
    RoutedAccountService m_service;
    RoutedCredentialTester m_tester; // Test login
    AccountIndex m_index;
    AccountIndexFile m_indexFile;
    AccountSearchModel m_search;
    AccountIndexSync m_indexSync;
    QString m_contextName; // the first enabled profile: its remembered role mode is the window's
    std::unique_ptr<DemoSandbox> m_sandbox;
    QPointer<MainWindow> m_window;
    QPointer<ConnectionsMenu> m_menu;
    bool m_inventoryReported = false;
};
