#include "HeadlessImport.h"

#include "AliyunConfigImporter.h"
#include "AppProfileService.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

HeadlessImport::HeadlessImport(AppProfileService* service, QTextStream& out, QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_out(out)
    , m_err(err)
{
    connect(m_service, &ProfileService::keychainAvailabilityChanged, this, [this](bool available) {
        if (!m_waitingForKeychain)
            return;
        m_waitingForKeychain = false;
        if (!available)
            return finish(KeychainUnavailable,
                tr("The system keychain is not available (%1). Nothing was imported; the secrets are "
                   "never written to disk instead. Start or unlock the keyring (Secret Service) and try "
                   "again.")
                    .arg(m_service->keychainProblem()));
        writeProfiles();
    });
}

void HeadlessImport::start(const QString& filePath)
{
    // Deferred so that finished() is emitted on the event loop, after main() has called exec().
    QTimer::singleShot(0, this, [this, filePath] { run(filePath); });
}

void HeadlessImport::run(const QString& filePath)
{
    m_path = filePath.isEmpty() ? AliyunConfigImporter::defaultPath() : filePath;
    if (QFileInfo(m_path).isDir())
        return finish(Usage,
            tr("%1 is a folder. Usage: apsara-accounts --import-aliyun-config [FILE], where FILE is the "
               "aliyun CLI config.json (default ~/.aliyun/config.json).")
                .arg(QDir::toNativeSeparators(m_path)));
    const AliyunConfigImporter::Result parsed = AliyunConfigImporter::importFile(m_path);
    if (!parsed.ok())
        return finish(Failure, tr("Nothing was imported: %1").arg(parsed.error));
    if (parsed.profiles.isEmpty())
        return finish(Failure,
            tr("Nothing was imported: no profile in %1 can be used.").arg(QDir::toNativeSeparators(m_path))
                + QLatin1Char('\n') + AppProfileService::importSummary(parsed));
    QStringList existing;
    for (const AliyunConfigImporter::Imported& imported : parsed.profiles) {
        if (m_service->profile(imported.profile.name))
            existing << imported.profile.name;
    }
    const bool replace = existing.isEmpty() || (m_askReplace ? m_askReplace(existing) : askOnTerminal(existing));
    if (!replace)
        return finish(Failure,
            tr("Nothing was imported: profiles named %1 exist already and were not to be replaced.")
                .arg(existing.join(QStringLiteral(", "))));
    m_waitingForKeychain = true;
    m_service->checkKeychain();
}

bool HeadlessImport::askOnTerminal(const QStringList& existingNames)
{
    if (!isatty(STDIN_FILENO))
        return false;
    m_out << tr("Profiles named %1 exist already. Replace them with the ones from %2? [y/N] ")
                 .arg(existingNames.join(QStringLiteral(", ")), QDir::toNativeSeparators(m_path))
          << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y");
}

void HeadlessImport::writeProfiles()
{
    // Parsed again: the file is small, and this keeps no secret in a member while the keychain is asked.
    const AliyunConfigImporter::Result parsed = AliyunConfigImporter::importFile(m_path);
    if (!parsed.ok())
        return finish(Failure, tr("Nothing was imported: %1").arg(parsed.error));
    PendingOperation* operation = m_service->importProfiles(parsed);
    connect(operation, &PendingOperation::succeeded, this, [this](const QString& summary) {
        m_out << summary << Qt::endl;
        finish(Success);
    });
    connect(operation, &PendingOperation::failed, this, [this](const ServiceError& error) {
        finish(error.code == QLatin1String("KeychainUnavailable") ? KeychainUnavailable : Failure,
            tr("The import stopped: %1").arg(error.message));
    });
}

void HeadlessImport::finish(int exitCode, const QString& message)
{
    if (!message.isEmpty())
        m_err << message << Qt::endl;
    m_out.flush();
    m_err.flush();
    emit finished(exitCode);
}
