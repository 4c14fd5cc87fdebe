#include "AliyunProfileImport.h"

#include "AccountText.h"
#include "AppProfileService.h"
#include "PendingOperation.h"

#include <QPointer>
#include <QTimer>

AliyunProfileImport::AliyunProfileImport(AppProfileService* service)
    : m_service(service)
{
}

QString AliyunProfileImport::summary(const AliyunConfigImporter::Result& parsed)
{
    QStringList lines;
    for (const AliyunConfigImporter::Imported& imported : parsed.profiles)
        lines.append(tr("Imported %1 (mode %2)").arg(imported.profile.name, imported.mode));
    for (const AliyunConfigImporter::Skipped& skipped : parsed.skipped)
        lines.append(tr("Skipped %1: %2").arg(skipped.name, skipped.reason));
    return lines.join(QLatin1Char('\n'));
}

PendingOperation* AliyunProfileImport::importFile(const QString& filePath)
{
    const AliyunConfigImporter::Result parsed
        = AliyunConfigImporter::importFile(filePath.isEmpty() ? AliyunConfigImporter::defaultPath() : filePath);
    if (!parsed.ok())
        return AppProfileService::failLater(m_service->newOperation(QStringLiteral("ImportAliyunConfig")),
            ServiceError::Category::InvalidInput,
            QStringLiteral("InvalidAliyunConfig"),
            parsed.error);
    return importProfiles(parsed);
}

QStringList AliyunProfileImport::conflicts(const QString& filePath) const
{
    const AliyunConfigImporter::Result parsed
        = AliyunConfigImporter::importFile(filePath.isEmpty() ? AliyunConfigImporter::defaultPath() : filePath);
    QStringList existing;
    for (const AliyunConfigImporter::Imported& imported : parsed.profiles) {
        if (m_service->profile(imported.profile.name))
            existing << imported.profile.name;
    }
    return existing;
}

PendingOperation* AliyunProfileImport::importProfiles(const AliyunConfigImporter::Result& parsed)
{
    auto* operation = m_service->newOperation(QStringLiteral("ImportAliyunConfig"));
    if (parsed.profiles.isEmpty())
        return AppProfileService::failLater(operation,
            ServiceError::Category::InvalidInput,
            QStringLiteral("NothingToImport"),
            tr("No profile can be imported.") + QLatin1Char('\n') + summary(parsed));
    QTimer::singleShot(0, operation, [this, operation, parsed] {
        importNext(operation, parsed.profiles, summary(parsed), parsed.current, {});
    });
    return operation;
}

void AliyunProfileImport::importNext(PendingOperation* operation,
    QList<AliyunConfigImporter::Imported> remaining,
    const QString& summary,
    const QString& current,
    QStringList created)
{
    if (remaining.isEmpty()) {
        if (m_service->activeProfileName().isEmpty() && m_service->profile(current))
            m_service->activateProfile(current);
        operation->succeed(summary);
        return;
    }
    const AliyunConfigImporter::Imported next = remaining.takeFirst();
    const QString previous = m_service->profile(next.profile.name) ? next.profile.name : QString();
    if (previous.isEmpty())
        created << next.profile.name;
    PendingOperation* saved = m_service->saveProfile(next.profile, next.secrets, previous);
    QPointer<PendingOperation> guarded(operation);
    QObject::connect(
        saved, &PendingOperation::succeeded, m_service, [this, guarded, remaining, summary, current, created] {
            if (guarded)
                importNext(guarded, remaining, summary, current, created);
        });
    // All or nothing: the profiles this import created before the failure are removed again.
    QObject::connect(saved, &PendingOperation::failed, m_service, [this, guarded, created](ServiceError error) {
        for (const QString& name : created) {
            if (m_service->profile(name))
                m_service->removeProfile(name);
        }
        if (!created.isEmpty())
            error.message += QLatin1Char('\n')
                + tr("The profiles imported before this failure were removed again: %1.")
                      .arg(AccountText::list(created));
        if (guarded)
            guarded->fail(error);
    });
}
