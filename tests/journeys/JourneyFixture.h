#pragma once

#include "Account.h"
#include "AppSession.h"
#include "Instance.h"
#include "OperationDialog.h"
#include "Profile.h"

#include <QApplication>
#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

class AccountActions;
class AccountTableModel;
class ActivityLogModel;
class DemoSandbox;
class InstanceTreeModel;
class MemorySecretStore;

// One user's session for a journey: AppSession started exactly as main() starts it, from a command line a user
// could type (no arguments: demo mode on the built-in sandbox, demo data, throttling on, the default delays).
// Helpers find what the user sees (rows, dialogs) and read what the sandbox holds through a client of their own.
// Every wait is on the event loop with a bound (QTest::qWaitFor), never a sleep.
class JourneyFixture
{
public:
    static constexpr int StartTimeoutMs = 20000;
    static constexpr int CallTimeoutMs = 15000;

    // arguments: the options after the program name, e.g. {"--rds-lag", "3"}.
    explicit JourneyFixture(const QStringList& arguments = {});
    ~JourneyFixture();

    // Starts the session; true once the instance tree is filled.
    bool start();

    // Before start(): a profile the user saved earlier, as the profile dialog saves it (the secret to the keychain,
    // which a journey plays with a memory store, since an offscreen test has no Secret Service).
    bool addProfile(const Profile& profile, const ProfileSecrets& secrets);
    // Before start(): the profiles the Connections menu had checked when the app last closed (AppSession::DemoId
    // for the demo).
    static void enableConnections(const QStringList& profileIds);
    // Another cloud account: a sandbox of its own on loopback holding the inventory of stateFile (copied first:
    // the sandbox writes its state back) and accepting one more AccessKey pair. Returns its address.
    QUrl startCloudAccount(const QString& stateFile, const QString& accessKeyId, const QString& accessKeySecret);

    AppSession* session() const { return m_session.get(); }
    // The main window the session opened: the top-level MainWindow the user sees.
    MainWindow* window() const;
    AccountActions* actions() const;
    // What the window shows, read through its views: the instance tree, the account table (under its filter) and
    // the activity log.
    InstanceTreeModel* instances() const;
    AccountTableModel* accounts() const;
    ActivityLogModel* activity() const;

    // Selects the instance in the tree (as a click would) and waits for its accounts to be listed.
    bool openInstance(const QString& instanceId);
    // Selects the account's row in the table; false when it is not listed.
    bool selectAccount(const QString& instanceId, const QString& name);
    std::optional<Instance> instance(const QString& instanceId) const;
    // The row the table shows for the account, as the model holds it.
    std::optional<Account> shown(const QString& instanceId, const QString& name) const;
    bool waitForStatus(
        const QString& instanceId, const QString& name, const QString& status, int timeoutMs = CallTimeoutMs) const;

    // What the sandbox holds, read through a separate client (a real signed DescribeAccounts over loopback); cloud:
    // another cloud account's sandbox (startCloudAccount), else the session's.
    std::optional<Account> held(const Instance& instance, const QString& name, const QUrl& cloud = {}) const;
    QList<Account> heldAccounts(const Instance& instance, const QUrl& cloud = {}) const;

    // A read's answer as the sandbox sends it (e.g. DescribeDBInstanceAttribute), for what no parser keeps.
    QJsonObject heldRaw(Product product, const QString& action, const QString& instanceId) const;

    // A part of the window by its object name (the name accessibility tools see); null if the window has none.
    template<typename Widget>
    Widget* part(const QString& objectName) const
    {
        return window()->template findChild<Widget*>(objectName);
    }

    // The dialog the window opened last of this type, once it is visible.
    template<typename Dialog>
    QPointer<Dialog> dialog(int timeoutMs = 5000) const
    {
        Dialog* found = nullptr;
        const bool visible = QTest::qWaitFor(
            [&] {
                const QList<Dialog*> all = window()->template findChildren<Dialog*>();
                for (Dialog* d : all) {
                    if (d->isVisible())
                        found = d;
                }
                return found != nullptr;
            },
            timeoutMs);
        return QPointer<Dialog>(visible ? found : nullptr);
    }

    // Before QApplication: settings, data and keychain-free environment of a first start, in dir.
    static void isolateEnvironment(const QString& dir);
    // The application's names, as main() sets them (QSettings paths depend on them).
    static void describeApplication();

    // True once the dialog has closed after its call succeeded (dialogs delete themselves on close); on a timeout
    // or an error banner it says what the banner shows.
    bool closes(const QPointer<OperationDialog>& dialog, int timeoutMs = CallTimeoutMs) const;
    template<typename Dialog>
    bool closes(const QPointer<Dialog>& dialog, int timeoutMs = CallTimeoutMs) const
    {
        return closes(QPointer<OperationDialog>(dialog.data()), timeoutMs);
    }

    // Every "Loading …" text the status bar showed since start().
    QStringList loadingTexts() const { return m_loadingTexts; }
    // The calls of the session that failed, as "Action Code" (empty: every call succeeded).
    QStringList failedCalls() const;

    // Number of activity rows for an action (what the Activity dock lists).
    int activityCount(const QString& action) const;
    // RequestIds of the activity rows for an action, oldest first.
    QStringList activityRequestIds(const QString& action) const;

private:
    QStringList m_arguments;
    QTemporaryDir m_scratch;
    std::unique_ptr<MemorySecretStore> m_secrets; // the keychain of the journey's profiles; outlives the session
    std::vector<std::unique_ptr<DemoSandbox>> m_clouds;
    std::unique_ptr<AppSession> m_session;
    QStringList m_loadingTexts;
};

// main() of a journey executable: an isolated settings and data home (no profile: the first start of a new user),
// no credentials from the environment, English, offscreen.
#define JOURNEY_MAIN(TestClass)                                                                                        \
    int main(int argc, char** argv)                                                                                    \
    {                                                                                                                  \
        QTemporaryDir home;                                                                                            \
        JourneyFixture::isolateEnvironment(home.path());                                                               \
        QApplication app(argc, argv);                                                                                  \
        JourneyFixture::describeApplication();                                                                         \
        TestClass test;                                                                                                \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
