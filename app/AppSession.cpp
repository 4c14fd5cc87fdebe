#include "AppSession.h"

#include "AboutDialog.h"
#include "AccountActions.h"
#include "AccountText.h"
#include "AppLogging.h"
#include "CallMeterDialog.h"
#include "ConnectionsMenu.h"
#include "DemoSandbox.h"
#include "EnvironmentProfile.h"
#include "FindPanel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ProcessClock.h"
#include "ProfileDialog.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QTimer>

AppSession::AppSession(const CommandLine& commandLine, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_commandLine(commandLine)
    , m_profiles(&m_settings, secrets ? secrets : &m_keychain, &m_probe)
    , m_meter(&m_settings)
    , m_connections(&m_tree, { &m_accounts, &m_log, &m_meter, &m_limiters })
    , m_service(&m_connections)
    , m_tester(&m_connections)
    , m_indexFile(AccountIndexFile::defaultPath())
    , m_search(&m_index)
    , m_indexSync(&m_accounts, &m_tree, &m_index, &m_indexFile)
{
    loadAccountIndex();
    m_probe.setRateLimiters(&m_limiters);
    connect(&m_log, &RequestLog::recorded, &m_activity, &ActivityLogModel::append);
    connect(&m_meter, &CallMeter::changed, this, [this] { m_usage.setUsages(m_meter.usage()); });
    m_usage.setUsages(m_meter.usage());
    connect(&m_connections, &ConnectionSet::inventoryLoaded, this, &AppSession::onInventoryLoaded);
    connect(&m_connections, &ConnectionSet::statusChanged, this, &AppSession::onInventoryLoaded);
    connect(&m_profiles, &ProfileService::activeProfileChanged, this, &AppSession::onActiveProfileChanged);
    connect(&m_profiles, &ProfileService::profilesChanged, this, &AppSession::onProfilesChanged);
}

AppSession::~AppSession()
{
    delete m_window; // before the models and the connections it shows
}

void AppSession::start()
{
    m_window = new MainWindow(&m_service, &m_tree, &m_accounts);
    m_window->setActivityModel(&m_activity);
    m_window->setCallMeterModel(&m_usage);
    m_window->setCredentialTester(&m_tester);
    m_window->setSearchModel(&m_search);
    connect(m_window, &MainWindow::roleModeChanged, &m_connections, &ConnectionSet::setRoleMode);
    m_window->setRoleMode(m_commandLine.mode.value_or(RoleMode::Dba));
    m_connections.setRoleMode(m_window->roleMode());
    connect(m_window, &MainWindow::roleModeChanged, this, &AppSession::rememberMode);
    m_window->restoreSettings();
    connect(m_window, &MainWindow::profilesRequested, this, &AppSession::openProfiles);
    connect(m_window, &MainWindow::connectRequested, this, &AppSession::openProfiles);
    connect(&m_profiles, &ProfileService::keychainAvailabilityChanged, this, [this](bool available) {
        if (!available && !isDemo() && m_window)
            MessageBox::warning(m_window,
                tr("No keychain"),
                tr("The system keychain is not available (%1). Saved profiles cannot be opened; "
                   "you can use a session-only profile, which is never written to disk.")
                    .arg(m_profiles.keychainProblem()));
    });
    m_menu = new ConnectionsMenu(m_window);
    const QList<QAction*> menus = m_window->menuBar()->actions();
    m_window->menuBar()->insertMenu(menus.value(1), m_menu); // after File
    connect(m_menu, &ConnectionsMenu::enabledChanged, this, &AppSession::setConnectionEnabled);
    connect(m_menu, &ConnectionsMenu::manageRequested, this, &AppSession::openProfiles);

    const QStringList wanted = initialConnections();
    if (wanted != QStringList { DemoId })
        m_profiles.checkKeychain();
    for (const QString& id : wanted)
        enable(id);
    updateContext();
    updateConnectionsMenu();
    m_window->show();
}

QUrl AppSession::sandboxEndpoint() const
{
    return m_sandbox ? m_sandbox->endpoint() : QUrl();
}

QStringList AppSession::initialConnections()
{
    const bool hasEnvironment = m_profiles.addEnvironmentProfile();
    if (m_commandLine.sandbox)
        return { DemoId };
    if (!m_commandLine.profile.isEmpty())
        return { m_commandLine.profile };
    if (hasEnvironment)
        return { EnvironmentProfile::Name };
    QStringList enabled;
    for (const QString& id : m_settings.value(EnabledKey).toStringList()) {
        if (id == DemoId || m_profiles.profile(id))
            enabled << id;
    }
    if (!enabled.isEmpty())
        return enabled;
    const QString active = m_profiles.activeProfileName();
    return { active.isEmpty() ? DemoId : active };
}

void AppSession::setConnectionEnabled(const QString& profileId, bool enabled)
{
    if (enabled)
        enable(profileId);
    else
        m_connections.remove(profileId);
    m_settings.setValue(EnabledKey, m_connections.ids()); // names only: no secret reaches the settings
    updateContext();
    updateConnectionsMenu();
}

void AppSession::enable(const QString& profileId)
{
    if (m_connections.connection(profileId))
        return;
    if (profileId == DemoId) {
        enableDemo();
        return;
    }
    const std::optional<Profile> profile = m_profiles.profile(profileId);
    if (!profile) {
        MessageBox::warning(m_window,
            tr("Unknown profile"),
            tr("There is no profile named '%1'. Showing demo data instead.").arg(profileId));
        if (m_connections.ids().isEmpty())
            enableDemo();
        return;
    }
    ProfileConnection* connection = m_connections.add(profileId, profileId);
    // The secret is read in the background; a profile without one says so on its node and blocks no other.
    m_profiles.loadSecrets(
        profileId, connection, [this, profile](const std::optional<ProfileSecrets>& secrets, const QString& error) {
            openProfile(*profile, secrets, error);
        });
}

void AppSession::openProfile(const Profile& profile, const std::optional<ProfileSecrets>& secrets, const QString& error)
{
    ProfileConnection* connection = m_connections.connection(profile.name);
    if (!connection)
        return;
    if (!secrets) {
        connection->setStatus({ ConnectionStatus::Phase::Failed,
            tr("The secret could not be read from the system keychain: %1").arg(error),
            QStringLiteral("KeychainUnavailable"),
            {} });
        return;
    }
    if (const QString missing = missingSecret(profile, *secrets); !missing.isEmpty()) {
        connection->setStatus({ ConnectionStatus::Phase::MissingSecret, missing, {}, {} });
        return;
    }
    QMap<QString, QUrl> endpoints;
    for (auto it = profile.endpointOverrides.cbegin(); it != profile.endpointOverrides.cend(); ++it)
        endpoints.insert(it.key(), QUrl(it.value()));
    for (auto it = m_commandLine.endpoints.cbegin(); it != m_commandLine.endpoints.cend(); ++it)
        endpoints.insert(it.key(), it.value());
    const QString region = m_commandLine.region.isEmpty() ? profile.defaultRegion : m_commandLine.region;
    connection->open(Credentials::fromProfile(profile, *secrets), endpoints, region);
    updateContext();
}

QString AppSession::missingSecret(const Profile& profile, const ProfileSecrets& secrets)
{
    switch (profile.authMode) {
    case Profile::AuthMode::AccessKey:
        if (secrets.accessKeySecret.isEmpty())
            return tr("The keychain holds no AccessKey secret for this profile: edit the profile to enter it.");
        break;
    case Profile::AuthMode::Sts:
        if (secrets.accessKeySecret.isEmpty() || secrets.securityToken.isEmpty())
            return tr("The keychain holds no AccessKey secret or STS token for this profile: edit the profile to "
                      "enter them.");
        break;
    case Profile::AuthMode::BearerToken:
        if (secrets.bearerToken.isEmpty())
            return tr("The keychain holds no bearer token for this profile: edit the profile to enter it.");
        break;
    }
    return {};
}

void AppSession::enableDemo()
{
    m_connections.add(DemoId, tr("Demo"));
    if (m_sandbox) {
        if (!m_sandbox->endpoint().isEmpty())
            openDemo(m_sandbox->endpoint());
        return;
    }
    m_sandbox = std::make_unique<DemoSandbox>(m_commandLine.sandboxOptions);
    connect(m_sandbox.get(), &DemoSandbox::ready, this, &AppSession::openDemo);
    connect(m_sandbox.get(), &DemoSandbox::failed, this, [this](const QString& reason) {
        const QString text = tr("The built-in sandbox did not start: %1").arg(reason);
        if (ProfileConnection* demo = m_connections.connection(DemoId))
            demo->setStatus({ ConnectionStatus::Phase::Failed, text, {}, {} });
        if (isDemo())
            emit fatalError(text);
    });
    m_sandbox->start();
}

void AppSession::openDemo(const QUrl& endpoint)
{
    ProfileConnection* demo = m_connections.connection(DemoId);
    if (!demo || demo->isOpen())
        return;
    const QMap<QString, QUrl> endpoints { { QStringLiteral("rds"), endpoint },
        { QStringLiteral("r-kvstore"), endpoint } };
    demo->open(Credentials::accessKey(
                   QLatin1String(SandboxOptions::DemoAccessKeyId), QLatin1String(SandboxOptions::DemoAccessKeySecret)),
        endpoints,
        m_commandLine.region);
    updateContext();
}

// The profile dialog's "use this profile": connect it too; it replaces the demo when the demo was all there was.
void AppSession::onActiveProfileChanged(const QString& name)
{
    if (name.isEmpty() || m_connections.connection(name))
        return;
    const bool demoOnly = isDemo();
    enable(name);
    if (demoOnly && m_connections.connection(name))
        m_connections.remove(DemoId);
    m_settings.setValue(EnabledKey, m_connections.ids());
    updateContext();
    updateConnectionsMenu();
}

void AppSession::onProfilesChanged()
{
    for (const QString& id : m_connections.ids()) {
        if (id != DemoId && !m_profiles.profile(id))
            m_connections.remove(id); // deleted, or renamed (the new name is enabled through activeProfileChanged)
    }
    updateContext();
    updateConnectionsMenu();
}

void AppSession::updateContext()
{
    if (!m_window)
        return;
    const QList<ProfileConnection*> all = m_connections.connections();
    QStringList labels;
    for (ProfileConnection* connection : all)
        labels << connection->label();
    QString region = all.isEmpty() ? QString() : all.constFirst()->region();
    if (region.isEmpty())
        region = m_commandLine.region.isEmpty() ? QStringLiteral("cn-hangzhou") : m_commandLine.region;
    m_window->setContext(AccountText::list(labels), region, isDemo());
    // With one connection Find acts only on its profile; with several the window routes each result to its own.
    m_window->setFindProfile(all.size() == 1 ? all.constFirst()->id() : QString());
    const QString primary = all.isEmpty() ? QString() : all.constFirst()->id();
    if (primary != m_contextName) {
        m_contextName = primary;
        if (!primary.isEmpty())
            m_window->setRoleMode(modeFor(primary));
    }
}

void AppSession::updateConnectionsMenu()
{
    if (!m_menu)
        return;
    QStringList ids { DemoId };
    QStringList labels { tr("Demo (built-in sandbox)") };
    for (const Profile& profile : m_profiles.profiles()) {
        ids << profile.name;
        labels << profile.name;
    }
    m_menu->setEntries(ids, labels, m_connections.ids());
}

void AppSession::loadAccountIndex()
{
    const AccountIndexFile::Loaded loaded = m_indexFile.load();
    if (!loaded.error.isEmpty())
        qCWarning(lcApp) << "account index unreadable (" << loaded.error << "), set aside as" << loaded.setAsidePath
                         << "; it is rebuilt as accounts load";
    m_index.reset(loaded.rows);
}

RoleMode AppSession::modeFor(const QString& profile)
{
    if (m_commandLine.mode)
        return *m_commandLine.mode;
    const QString key = QStringLiteral("RoleModes/") + QString::fromLatin1(QUrl::toPercentEncoding(profile));
    return RoleModes::fromWireName(m_settings.value(key).toString()).value_or(RoleMode::Dba);
}

void AppSession::rememberMode(RoleMode mode)
{
    if (m_contextName.isEmpty())
        return;
    const QString key = QStringLiteral("RoleModes/") + QString::fromLatin1(QUrl::toPercentEncoding(m_contextName));
    m_settings.setValue(key, RoleModes::wireName(mode));
}

void AppSession::openProfiles()
{
    auto* dialog = new ProfileDialog(&m_profiles, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// The tree is filled once no enabled profile is still loading (those without a secret never start).
void AppSession::onInventoryLoaded()
{
    if (m_inventoryReported || m_connections.ids().isEmpty())
        return;
    for (ProfileConnection* connection : m_connections.connections()) {
        if (connection->status().phase == ConnectionStatus::Phase::Loading)
            return;
    }
    m_inventoryReported = true;
    emit inventoryReady(ProcessClock::elapsedMs());
    if (!m_commandLine.screenshotDialog.isEmpty())
        QTimer::singleShot(300, this, &AppSession::openScreenshotDialog);
}

// Developer aid for scripts/screenshots.sh: show the window with a sensible selection and open one dialog.
void AppSession::openScreenshotDialog()
{
    const QString name = m_commandLine.screenshotDialog;
    const QString mysql = QStringLiteral("rm-bp1k8x3n2q7w4e5r6");
    if (name == QLatin1String("helpdesk") || name == QLatin1String("find-results")) {
        // Once the background loads have filled Find's index: a typical query of each role.
        QTimer::singleShot(1500, this, [this, name] {
            if (name == QLatin1String("helpdesk"))
                m_window->setRoleMode(RoleMode::Helpdesk);
            else
                m_window->findEverywhereAction()->trigger();
            m_window->findPanel()->queryField()->setText(
                name == QLatin1String("helpdesk") ? QStringLiteral("crm") : QStringLiteral("db:orders"));
        });
        return;
    }
    if (name == QLatin1String("ram-policy")) {
        m_window->ramPolicyAction()->trigger();
        return;
    }
    m_window->selectInstance(mysql);
    AccountActions* actions = m_window->actions();
    auto afterAccounts = [this, actions, name, mysql] {
        m_window->selectAccount(mysql, QStringLiteral("app_rw"));
        if (name == QLatin1String("about"))
            actions->about->trigger();
        else if (name == QLatin1String("keyboard-shortcuts"))
            actions->shortcuts->trigger();
        else if (name == QLatin1String("profiles"))
            actions->profiles->trigger();
        else if (name == QLatin1String("create-account"))
            actions->newAccount->trigger();
        else if (name == QLatin1String("reset-password"))
            actions->resetPassword->trigger();
        else if (name == QLatin1String("modify-privileges"))
            actions->modifyPrivileges->trigger();
        else if (name == QLatin1String("edit-description"))
            actions->editDescription->trigger();
        else if (name == QLatin1String("delete-account"))
            actions->deleteAccount->trigger();
        else if (name == QLatin1String("call-meter"))
            actions->callMeter->trigger();
        else if (name == QLatin1String("operator-permission"))
            actions->operatorPermission->trigger();
        else if (name == QLatin1String("reset-privileged-account")) {
            m_window->selectAccount(mysql, QStringLiteral("dba_super"));
            actions->resetPrivilegedAccount->trigger();
        } else if (name != QLatin1String("main-window"))
            qCWarning(lcApp) << "unknown screenshot dialog" << name;
    };
    // The instance's accounts and databases load after selecting it.
    QTimer::singleShot(700, this, afterAccounts);
}
