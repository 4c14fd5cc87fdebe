#include "JourneyFixture.h"

#include "../ui/NamedChild.h"
#include "AccountClient.h"
#include "AccountTableModel.h"
#include "ActivityDock.h"
#include "ActivityLogModel.h"
#include "ApiCall.h"
#include "ApiClient.h"
#include "ApiRequest.h"
#include "AppProfileService.h"
#include "CommandLine.h"
#include "DemoSandbox.h"
#include "ErrorBanner.h"
#include "InstanceTreeModel.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "SandboxOptions.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeView>

JourneyFixture::JourneyFixture(const QStringList& arguments)
    : m_arguments(arguments)
    , m_secrets(std::make_unique<MemorySecretStore>())
{
}

JourneyFixture::~JourneyFixture()
{
    if (MainWindow* shown = window())
        shown->close();
    m_session.reset();
}

MainWindow* JourneyFixture::window() const
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* main = qobject_cast<MainWindow*>(widget))
            return main;
    }
    return nullptr;
}

void JourneyFixture::isolateEnvironment(const QString& dir)
{
    for (const char* name : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" })
        qputenv(name, (dir + QLatin1Char('/') + QLatin1String(name)).toUtf8());
    for (const char* name : { "ALIBABA_CLOUD_ACCESS_KEY_ID",
             "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
             "ALIBABA_CLOUD_SECURITY_TOKEN",
             "ALIYUN_API_KEY" })
        qunsetenv(name);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LANGUAGE", "en");
}

void JourneyFixture::describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("apsara-accounts"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("apsara-accounts.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("apsara-accounts"));
}

bool JourneyFixture::start()
{
    const CommandLine commandLine = CommandLine::parse(QStringList { QStringLiteral("apsara-accounts") } + m_arguments);
    if (commandLine.outcome != CommandLine::Outcome::Run) {
        qWarning() << "command line refused:" << commandLine.errorText;
        return false;
    }
    m_session = std::make_unique<AppSession>(commandLine, m_secrets.get());
    QSignalSpy ready(m_session.get(), &AppSession::inventoryReady);
    QObject::connect(m_session->service(),
        &AccountService::loadingChanged,
        m_session.get(),
        [this](bool loading, const QString& what) {
            if (loading)
                m_loadingTexts << what;
        });
    m_session->start();
    return ready.wait(StartTimeoutMs) || !ready.isEmpty();
}

bool JourneyFixture::addProfile(const Profile& profile, const ProfileSecrets& secrets)
{
    QSettings settings;
    AppProfileService profiles(&settings, m_secrets.get(), nullptr);
    std::optional<bool> saved;
    PendingOperation* operation = profiles.saveProfile(profile, secrets, {});
    QObject::connect(operation, &PendingOperation::succeeded, [&saved] { saved = true; });
    QObject::connect(operation, &PendingOperation::failed, [&saved](const ServiceError& error) {
        qWarning() << "saving the profile failed:" << error.summary();
        saved = false;
    });
    return QTest::qWaitFor([&] { return saved.has_value(); }, CallTimeoutMs) && *saved;
}

void JourneyFixture::enableConnections(const QStringList& profileIds)
{
    QSettings().setValue(AppSession::EnabledKey, profileIds);
}

QUrl JourneyFixture::startCloudAccount(
    const QString& stateFile, const QString& accessKeyId, const QString& accessKeySecret)
{
    const QString copy = m_scratch.filePath(QStringLiteral("cloud-%1.json").arg(m_clouds.size()));
    if (!QFile::copy(stateFile, copy)) {
        qWarning() << "cannot copy" << stateFile;
        return {};
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    SandboxOptions options;
    options.stateFile = copy;
    options.accessKeys.insert(accessKeyId, accessKeySecret);
    auto sandbox = std::make_unique<DemoSandbox>(options);
    QSignalSpy ready(sandbox.get(), &DemoSandbox::ready);
    sandbox->start();
    if (ready.isEmpty() && !ready.wait(StartTimeoutMs))
        return {};
    const QUrl endpoint = sandbox->endpoint();
    m_clouds.push_back(std::move(sandbox));
    return endpoint;
}

AccountActions* JourneyFixture::actions() const
{
    return window()->actions();
}

InstanceTreeModel* JourneyFixture::instances() const
{
    return qobject_cast<InstanceTreeModel*>(namedChild<QTreeView>(window(), "instanceTree")->model());
}

AccountTableModel* JourneyFixture::accounts() const
{
    const auto* filter = qobject_cast<QAbstractProxyModel*>(namedChild<QTableView>(window(), "accountTable")->model());
    return filter ? qobject_cast<AccountTableModel*>(filter->sourceModel()) : nullptr;
}

ActivityLogModel* JourneyFixture::activity() const
{
    return qobject_cast<ActivityLogModel*>(namedChild<ActivityDock>(window(), "activityDock")->table()->model());
}

bool JourneyFixture::openInstance(const QString& instanceId)
{
    if (!window()->selectInstance(instanceId))
        return false;
    const std::optional<Instance> known = instance(instanceId);
    if (!known)
        return false;
    // The accounts arrive with the prefetch or the load the selection starts; databases with the latter.
    return QTest::qWaitFor(
        [&] {
            const std::optional<Instance> now = instance(instanceId);
            const bool databases = now && (now->product == Product::Redis || !now->databases.isEmpty());
            return databases && accounts()->accountCount(instanceId) > 0;
        },
        CallTimeoutMs);
}

bool JourneyFixture::selectAccount(const QString& instanceId, const QString& name)
{
    return window()->selectAccount(instanceId, name);
}

std::optional<Instance> JourneyFixture::instance(const QString& instanceId) const
{
    InstanceTreeModel* tree = instances();
    const QModelIndex index = tree->indexOfInstance(instanceId);
    if (!index.isValid())
        return std::nullopt;
    return tree->instanceAt(index);
}

std::optional<Account> JourneyFixture::shown(const QString& instanceId, const QString& name) const
{
    AccountTableModel* model = accounts();
    const int row = model->rowOf(instanceId, name);
    if (row < 0)
        return std::nullopt;
    return model->accountAt(row);
}

bool JourneyFixture::waitForStatus(
    const QString& instanceId, const QString& name, const QString& status, int timeoutMs) const
{
    return QTest::qWaitFor(
        [&] {
            const std::optional<Account> account = shown(instanceId, name);
            return account && account->status == status;
        },
        timeoutMs);
}

// A client of the journey's own, signed with the demo key, on the session's sandbox.
static void connectClient(ApiClient& client, const QUrl& endpoint, const QString& region)
{
    client.setCredentials(Credentials::accessKey(
        QLatin1String(SandboxOptions::DemoAccessKeyId), QLatin1String(SandboxOptions::DemoAccessKeySecret)));
    client.setRegion(region.isEmpty() ? QStringLiteral("cn-hangzhou") : region);
    client.endpoints().setOverrides({ { QStringLiteral("rds"), endpoint }, { QStringLiteral("r-kvstore"), endpoint } });
}

QJsonObject JourneyFixture::heldRaw(Product product, const QString& action, const QString& instanceId) const
{
    ApiClient client;
    const std::optional<Instance> known = instance(instanceId);
    connectClient(client, m_session->sandboxEndpoint(), known ? known->regionId : QString());
    ApiRequest request;
    request.product = product;
    request.action = action;
    request.parameters
        = { { product == Product::Rds ? QStringLiteral("DBInstanceId") : QStringLiteral("InstanceId"), instanceId } };
    request.target = instanceId;
    std::optional<QJsonObject> body;
    ApiCall* call = client.send(request);
    QObject::connect(call, &ApiCall::finished, call, [&body](const QJsonObject& b, const QString&) { body = b; });
    QObject::connect(call, &ApiCall::failed, call, [&body](const ServiceError&) { body = QJsonObject(); });
    if (!QTest::qWaitFor([&] { return body.has_value(); }, CallTimeoutMs))
        return {};
    return *body;
}

QList<Account> JourneyFixture::heldAccounts(const Instance& instance, const QUrl& cloud) const
{
    ApiClient client;
    connectClient(client, cloud.isEmpty() ? m_session->sandboxEndpoint() : cloud, instance.regionId);
    std::optional<ApiResult<QList<Account>>> result;
    QObject context;
    auto done = [&result](const ApiResult<QList<Account>>& r) { result = r; };
    AccountClient accounts(&client, instance.product);
    accounts.describeAccounts(instance.id, &context, done);
    if (!QTest::qWaitFor([&] { return result.has_value(); }, CallTimeoutMs) || !result || !result->ok()) {
        qWarning() << "reading the sandbox failed:" << (result && result->error ? result->error->summary() : QString());
        return {};
    }
    return result->value;
}

std::optional<Account> JourneyFixture::held(const Instance& instance, const QString& name, const QUrl& cloud) const
{
    for (const Account& account : heldAccounts(instance, cloud)) {
        if (account.name == name)
            return account;
    }
    return std::nullopt;
}

bool JourneyFixture::closes(const QPointer<OperationDialog>& dialog, int timeoutMs) const
{
    const bool closed = QTest::qWaitFor(
        [&] {
            return dialog.isNull() || !dialog->isVisible()
                || namedChild<QLabel>(dialog->errorBanner(), "errorDetails")->isVisible();
        },
        timeoutMs);
    if (closed && (dialog.isNull() || !dialog->isVisible()))
        return true;
    if (dialog)
        qWarning().noquote() << "the dialog stayed open:"
                             << namedChild<QLabel>(dialog->errorBanner(), "errorText")->text()
                             << namedChild<QLabel>(dialog->errorBanner(), "errorAction")->text()
                             << dialog->errorBanner()->detailsText();
    return false;
}

QStringList JourneyFixture::failedCalls() const
{
    QStringList failed;
    for (const CallRecord& record : activity()->records()) {
        if (!record.ok)
            failed << record.action + QLatin1Char(' ') + record.errorCode;
    }
    return failed;
}

int JourneyFixture::activityCount(const QString& action) const
{
    return int(activityRequestIds(action).size());
}

QStringList JourneyFixture::activityRequestIds(const QString& action) const
{
    QStringList ids;
    for (const CallRecord& record : activity()->records()) {
        if (record.action == action)
            ids << record.requestId;
    }
    return ids;
}
