#include "DialogGallery.h"

#include "AboutDialog.h"
#include "CallMeterDialog.h"
#include "CreateAccountDialog.h"
#include "DeleteAccountDialog.h"
#include "DialogSamples.h"
#include "EditDescriptionDialog.h"
#include "ErrorBanner.h"
#include "ModifyPrivilegesDialog.h"
#include "OperationDialog.h"
#include "OperatorPermissionDialog.h"
#include "Product.h"
#include "ProfileDialog.h"
#include "ResetPasswordDialog.h"
#include "ResetPrivilegedAccountDialog.h"
#include "ShortcutsDialog.h"

#include <QTest>
#include <QTimer>

namespace {

// Two profiles, a working keychain, and operations that never finish: enough to lay the dialog out.
class StubProfileService : public ProfileService
{
public:
    QList<Profile> profiles() const override
    {
        Profile prod;
        prod.name = QStringLiteral("prod");
        prod.accessKeyId = QStringLiteral("LTAI5tExampleKeyId");
        prod.defaultRegion = QStringLiteral("cn-hangzhou");
        Profile test = prod;
        test.name = QStringLiteral("test");
        return { prod, test };
    }
    QString activeProfileName() const override { return QStringLiteral("prod"); }
    bool keychainAvailable() const override { return true; }
    PendingOperation* saveProfile(const Profile&, const ProfileSecrets&, const QString&) override { return pending(); }
    PendingOperation* removeProfile(const QString&) override { return pending(); }
    PendingOperation* testConnection(const Profile&, const ProfileSecrets&) override { return pending(); }
    void activateProfile(const QString&) override { }
    FieldCheck checkProfileName(const QString& name, const QString&) const override
    {
        return name.isEmpty() ? FieldCheck::intermediate(QStringLiteral("Enter a name.")) : FieldCheck::valid();
    }
    bool hasStoredSecret(const QString&, const QString&) const override { return true; }
    PendingOperation* importAliyunConfig(const QString&) override { return pending(); }

private:
    PendingOperation* pending() { return new PendingOperation(QStringLiteral("Stub"), this); }
};

Instance mysql()
{
    Instance i = DialogSamples::sampleInstance(
        QStringLiteral("rm-bp1k8x3n2q7w4e5r6"), Engine::MySQL, QStringLiteral("Shop primary"));
    i.databases = { Database { QStringLiteral("app_db"), QStringLiteral("Running"), {}, {} },
        Database { QStringLiteral("reporting"), QStringLiteral("Running"), {}, {} } };
    return i;
}

Instance redis()
{
    return DialogSamples::sampleInstance(QStringLiteral("r-bp1demo"), Engine::Redis);
}

Account account(const QString& instanceId, const QString& name, const QString& type)
{
    Account a = DialogSamples::sampleAccount(instanceId, name, type);
    a.description = QStringLiteral("Shop backend");
    a.privileges = { DatabasePrivilege { QStringLiteral("app_db"), QStringLiteral("ReadWrite"), {} } };
    return a;
}

} // namespace

DialogGallery::DialogGallery()
    : m_profiles(std::make_unique<StubProfileService>())
{
    m_meter.setUsages({ CallUsage { QStringLiteral("rds"), QStringLiteral("CreateAccount"), 3, 3, 0.001, 0 } });
}

DialogGallery::~DialogGallery() = default;

QStringList DialogGallery::names()
{
    return { QStringLiteral("create-account-rds"),
        QStringLiteral("create-account-redis"),
        QStringLiteral("reset-password"),
        QStringLiteral("modify-privileges-rds"),
        QStringLiteral("modify-privileges-redis"),
        QStringLiteral("edit-description"),
        QStringLiteral("delete-account"),
        QStringLiteral("reset-privileged-account"),
        QStringLiteral("operator-permission"),
        QStringLiteral("about"),
        QStringLiteral("call-meter"),
        QStringLiteral("shortcuts"),
        QStringLiteral("profiles") };
}

void DialogGallery::addTestRows()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("withError");
    for (const QString& name : names()) {
        QTest::newRow(qPrintable(name)) << name << false;
        QTest::newRow(qPrintable(name + QStringLiteral(" with an error"))) << name << true;
    }
}

std::unique_ptr<QDialog> DialogGallery::showTestRow(ErrorTiming timing)
{
    QFETCH(QString, name);
    QFETCH(bool, withError);
    std::unique_ptr<QDialog> dialog = make(name);
    if (!dialog)
        return nullptr;
    if (withError && timing == ErrorBeforeShowing)
        showServiceError(dialog.get());
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    if (withError && timing == ErrorWhileShown)
        showServiceError(dialog.get());
    return dialog;
}

std::unique_ptr<QDialog> DialogGallery::make(const QString& name, QWidget* parent)
{
    const Account user = account(mysql().id, QStringLiteral("app_rw"), QStringLiteral("Normal"));
    if (name == QLatin1String("create-account-rds"))
        return std::make_unique<CreateAccountDialog>(&m_service, mysql(), 2, parent);
    if (name == QLatin1String("create-account-redis"))
        return std::make_unique<CreateAccountDialog>(&m_service, redis(), 2, parent);
    if (name == QLatin1String("reset-password"))
        return std::make_unique<ResetPasswordDialog>(&m_service, mysql(), user, parent);
    if (name == QLatin1String("modify-privileges-rds"))
        return std::make_unique<ModifyPrivilegesDialog>(&m_service, mysql(), user, parent);
    if (name == QLatin1String("modify-privileges-redis")) {
        Account cache = account(redis().id, QStringLiteral("cache_ro"), QStringLiteral("Normal"));
        cache.privileges = { DatabasePrivilege { QString(), QStringLiteral("RoleReadOnly"), {} } };
        return std::make_unique<ModifyPrivilegesDialog>(&m_service, redis(), cache, parent);
    }
    if (name == QLatin1String("edit-description"))
        return std::make_unique<EditDescriptionDialog>(&m_service, mysql(), user, parent);
    if (name == QLatin1String("delete-account"))
        return std::make_unique<DeleteAccountDialog>(&m_service, mysql(), user, parent);
    if (name == QLatin1String("reset-privileged-account"))
        return std::make_unique<ResetPrivilegedAccountDialog>(
            &m_service, mysql(), account(mysql().id, QStringLiteral("dba_super"), QStringLiteral("Super")), parent);
    if (name == QLatin1String("operator-permission"))
        return std::make_unique<OperatorPermissionDialog>(&m_service, mysql(), parent);
    if (name == QLatin1String("about"))
        return std::make_unique<AboutDialog>(parent);
    if (name == QLatin1String("call-meter"))
        return std::make_unique<CallMeterDialog>(&m_meter, parent);
    if (name == QLatin1String("shortcuts"))
        return std::make_unique<ShortcutsDialog>(m_actions.allActions(), parent);
    if (name == QLatin1String("profiles"))
        return std::make_unique<ProfileDialog>(m_profiles.get(), parent);
    return nullptr;
}

void DialogGallery::showServiceError(QDialog* dialog)
{
    auto* operation = qobject_cast<OperationDialog*>(dialog);
    if (!operation)
        return;
    ServiceError error;
    error.category = ServiceError::Category::Throttled;
    error.httpStatus = 503;
    error.code = QStringLiteral("ServiceUnavailable");
    error.message = QStringLiteral("The request has failed due to a temporary failure of the server.");
    error.requestId = QStringLiteral("8A1B2C3D-4E5F-6789-ABCD-EF0123456789");
    operation->errorBanner()->showError(error);
}
