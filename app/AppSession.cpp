#include "AppSession.h"

#include "AboutDialog.h"
#include "AccountActions.h"
#include "AppLogging.h"
#include "CallMeterDialog.h"
#include "DemoSandbox.h"
#include "EnvironmentProfile.h"
#include "FindPanel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ProcessClock.h"
#include "ProfileDialog.h"

#include <QAction>
#include <QLineEdit>
#include <QTimer>

AppSession::AppSession(const CommandLine& commandLine, QObject* parent)
    : QObject(parent)
    , m_commandLine(commandLine)
    , m_profiles(&m_settings, &m_keychain, &m_probe)
    , m_meter(&m_settings)
    , m_controller(&m_client, &m_tree, &m_accounts)
    , m_credentials(&m_client)
    , m_indexFile(AccountIndexFile::defaultPath())
    , m_search(&m_index)
    , m_indexSync(&m_accounts, &m_tree, &m_index, &m_indexFile)
{
    loadAccountIndex();
    m_probe.setRateLimiters(&m_limiters);
    m_client.setRequestLog(&m_log);
    m_client.setCallMeter(&m_meter);
    connect(&m_log, &RequestLog::recorded, &m_activity, &ActivityLogModel::append);
    connect(&m_meter, &CallMeter::changed, this, [this] { m_usage.setUsages(m_meter.usage()); });
    m_usage.setUsages(m_meter.usage());
    connect(&m_controller, &AccountController::inventoryLoaded, this, &AppSession::onInventoryLoaded);
    connect(&m_profiles, &ProfileService::activeProfileChanged, this, &AppSession::connectProfile);
}

AppSession::~AppSession()
{
    delete m_window; // before the models and the controller it shows
}

void AppSession::start()
{
    m_window = new MainWindow(&m_controller, &m_tree, &m_accounts);
    m_window->setActivityModel(&m_activity);
    m_window->setCallMeterModel(&m_usage);
    m_window->setCredentialTester(&m_credentials);
    m_window->setSearchModel(&m_search);
    connect(m_window, &MainWindow::roleModeChanged, &m_controller, &AccountController::setRoleMode);
    m_window->setRoleMode(m_commandLine.mode.value_or(RoleMode::Dba));
    m_controller.setRoleMode(m_window->roleMode());
    connect(m_window, &MainWindow::roleModeChanged, this, &AppSession::rememberMode);
    m_window->restoreSettings();
    connect(m_window, &MainWindow::profilesRequested, this, &AppSession::openProfiles);
    connect(m_window, &MainWindow::connectRequested, this, &AppSession::openProfiles);
    connect(&m_profiles, &ProfileService::keychainAvailabilityChanged, this, [this](bool available) {
        if (!available && !m_demo && m_window)
            MessageBox::warning(m_window,
                tr("No keychain"),
                tr("The system keychain is not available (%1). Saved profiles cannot be opened; "
                   "you can use a session-only profile, which is never written to disk.")
                    .arg(m_profiles.keychainProblem()));
    });

    const bool hasEnvironment = m_profiles.addEnvironmentProfile();
    QString profile = m_commandLine.profile;
    if (profile.isEmpty() && !m_commandLine.sandbox)
        profile = hasEnvironment ? QStringLiteral("environment") : m_profiles.activeProfileName();
    if (m_commandLine.sandbox || profile.isEmpty()) {
        startDemo();
    } else {
        m_profiles.checkKeychain();
        connectProfile(profile);
    }
    m_window->show();
}

QUrl AppSession::sandboxEndpoint() const
{
    return m_sandbox ? m_sandbox->endpoint() : QUrl();
}

void AppSession::startDemo()
{
    m_demo = true;
    m_window->setContext(
        tr("Demo"), m_commandLine.region.isEmpty() ? QStringLiteral("cn-hangzhou") : m_commandLine.region, true);
    m_sandbox = std::make_unique<DemoSandbox>(m_commandLine.sandboxOptions);
    connect(m_sandbox.get(), &DemoSandbox::ready, this, [this](const QUrl& endpoint) {
        QMap<QString, QUrl> endpoints { { QStringLiteral("rds"), endpoint },
            { QStringLiteral("r-kvstore"), endpoint } };
        useConnection(Credentials::accessKey(QLatin1String(SandboxOptions::DemoAccessKeyId),
                          QLatin1String(SandboxOptions::DemoAccessKeySecret)),
            endpoints,
            m_commandLine.region,
            tr("Demo"),
            true);
    });
    connect(m_sandbox.get(), &DemoSandbox::failed, this, [this](const QString& reason) {
        emit fatalError(tr("The built-in sandbox did not start: %1").arg(reason));
    });
    m_sandbox->start();
}

void AppSession::connectProfile(const QString& name)
{
    const std::optional<Profile> profile = m_profiles.profile(name);
    if (!profile) {
        MessageBox::warning(m_window,
            tr("Unknown profile"),
            tr("There is no profile named '%1'. Showing demo data instead.").arg(name));
        if (!m_sandbox)
            startDemo();
        return;
    }
    m_profiles.loadSecrets(
        name, this, [this, profile](const std::optional<ProfileSecrets>& secrets, const QString& error) {
            if (!secrets) {
                MessageBox::warning(m_window,
                    tr("Cannot read the profile's secret"),
                    tr("The secret of profile '%1' could not be read from the keychain: %2").arg(profile->name, error));
                return;
            }
            QMap<QString, QUrl> endpoints;
            for (auto it = profile->endpointOverrides.cbegin(); it != profile->endpointOverrides.cend(); ++it)
                endpoints.insert(it.key(), QUrl(it.value()));
            for (auto it = m_commandLine.endpoints.cbegin(); it != m_commandLine.endpoints.cend(); ++it)
                endpoints.insert(it.key(), it.value());
            const QString region = m_commandLine.region.isEmpty() ? profile->defaultRegion : m_commandLine.region;
            useConnection(Credentials::fromProfile(*profile, *secrets), endpoints, region, profile->name, false);
        });
}

void AppSession::useConnection(const Credentials& credentials,
    const QMap<QString, QUrl>& endpoints,
    const QString& region,
    const QString& contextName,
    bool demo)
{
    m_demo = demo;
    const QString activeRegion = region.isEmpty() ? QStringLiteral("cn-hangzhou") : region;
    QString error;
    if (!m_client.endpoints().setOverrides(endpoints, &error)) {
        MessageBox::warning(m_window, tr("Invalid endpoint"), error);
        return;
    }
    // Calls in flight keep the old credentials; cancel them and say which changes may have been applied.
    const QString cancelled = ApiClient::describeCancelled(m_client.cancelAll());
    if (!cancelled.isEmpty())
        MessageBox::warning(m_window, tr("Changes cancelled"), cancelled);
    m_client.setCredentials(credentials);
    m_client.setRateLimiter(m_limiters.limiterFor(credentials));
    m_client.setRegion(activeRegion);
    // Find's index and the remembered mode key the demo by a name that does not change with the language.
    m_contextName = demo ? QStringLiteral("Demo") : contextName;
    m_indexSync.setProfile(m_contextName);
    if (m_window) {
        m_window->setContext(contextName, activeRegion, demo);
        m_window->setFindProfile(m_contextName);
        m_window->setRoleMode(modeFor(m_contextName));
    }
    qCInfo(lcApp) << "connected as" << contextName << (demo ? "(demo)" : "");
    m_controller.refreshInventory();
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

void AppSession::onInventoryLoaded()
{
    if (m_inventoryReported)
        return;
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
