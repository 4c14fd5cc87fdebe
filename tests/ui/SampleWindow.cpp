#include "SampleWindow.h"

#include "ActivityDock.h"
#include "DialogSamples.h"

#include <QTest>

namespace {

Account sampleAccount()
{
    Account user = DialogSamples::sampleAccount(QStringLiteral("rm-mysql"), QStringLiteral("app_user"));
    user.description = QStringLiteral("Orders service");
    user.lastRequestId = QStringLiteral("8A1B2C3D-4E5F-6789-ABCD-EF0123456789");
    user.privileges = { DatabasePrivilege { QStringLiteral("orders"), QStringLiteral("ReadWrite"), {} } };
    return user;
}

} // namespace

SampleWindow::SampleWindow(const QString& instanceDescription)
    : m_window(&m_service, &m_instances, &m_accounts)
{
    m_instances.setRegions({ Region { QStringLiteral("cn-hangzhou"), QStringLiteral("China (Hangzhou)"), {} } });
    m_instances.setInstances(QStringLiteral("cn-hangzhou"),
        { DialogSamples::sampleInstance(QStringLiteral("rm-mysql"), Engine::MySQL, instanceDescription),
            DialogSamples::sampleInstance(QStringLiteral("r-cache"), Engine::Redis, instanceDescription) });
    m_accounts.setAccounts(QStringLiteral("rm-mysql"), { sampleAccount() });
    m_window.setActivityModel(&m_activity);
    m_window.setCallMeterModel(&m_meter);
    m_window.setContext(QStringLiteral("Demo"), QStringLiteral("cn-hangzhou"), true);
}

SampleWindow::~SampleWindow()
{
    m_window.setCallMeterModel(nullptr);
}

bool SampleWindow::show()
{
    m_window.show();
    m_window.findChild<ActivityDock*>(QStringLiteral("activityDock"))->show();
    return QTest::qWaitForWindowExposed(&m_window)
        && m_window.selectAccount(QStringLiteral("rm-mysql"), QStringLiteral("app_user"));
}
