#pragma once

#include "AccountController.h"
#include "AccountIndex.h"
#include "AccountIndexFile.h"
#include "AccountIndexSync.h"
#include "AccountSearchModel.h"
#include "AccountTableModel.h"
#include "ActivityLogModel.h"
#include "ApiClient.h"
#include "ApiConnectionProbe.h"
#include "AppProfileService.h"
#include "CallMeter.h"
#include "CallMeterModel.h"
#include "CommandLine.h"
#include "CredentialProbe.h"
#include "InstanceTreeModel.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "RateLimiterRegistry.h"
#include "RequestLog.h"

#include <QObject>
#include <QPointer>
#include <QSettings>

#include <memory>

class DemoSandbox;

// The composition root of the window: owns the models, the OpenAPI client, the controller, the profile service and
// (in demo mode) the built-in sandbox, and decides at start which connection to use: --sandbox or no profile at all
// gives demo mode; otherwise --profile, the active profile, or the environment.
class AppSession : public QObject
{
    Q_OBJECT

public:
    explicit AppSession(const CommandLine& commandLine, QObject* parent = nullptr);
    ~AppSession() override;

    void start();
    MainWindow* window() const { return m_window; }
    AccountController* controller() { return &m_controller; }
    bool isDemo() const { return m_demo; }
    // What the window shows, for journey tests that check what the user sees.
    AccountTableModel* accounts() { return &m_accounts; }
    InstanceTreeModel* instances() { return &m_tree; }
    ActivityLogModel* activity() { return &m_activity; }
    AccountIndex* accountIndex() { return &m_index; }
    AccountIndexSync* accountIndexSync() { return &m_indexSync; }
    // The built-in sandbox's address in demo mode (empty before it listens or outside demo mode), so a journey
    // can read what the sandbox holds through a client of its own.
    QUrl sandboxEndpoint() const;

signals:
    // The instance tree is filled for the first time, t milliseconds after the process started.
    void inventoryReady(qint64 millisecondsSinceProcessStart);
    // Demo mode could not start its sandbox, or no connection could be made at all.
    void fatalError(const QString& reason);

private:
    void startDemo();
    void connectProfile(const QString& name);
    void useConnection(const Credentials& credentials,
        const QMap<QString, QUrl>& endpoints,
        const QString& region,
        const QString& contextName,
        bool demo);
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
    ApiClient m_client;
    InstanceTreeModel m_tree;
    AccountTableModel m_accounts;
    ActivityLogModel m_activity;
    CallMeterModel m_usage;
    AccountController m_controller;
    CredentialProbe m_credentials; // Test login
    AccountIndex m_index;
    AccountIndexFile m_indexFile;
    AccountSearchModel m_search;
    AccountIndexSync m_indexSync;
    QString m_contextName; // the profile the window shows ("Demo" in demo mode)
    std::unique_ptr<DemoSandbox> m_sandbox;
    QPointer<MainWindow> m_window;
    bool m_demo = false;
    bool m_inventoryReported = false;
};
