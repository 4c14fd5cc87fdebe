#pragma once

#include "AliyunConfigImporter.h"

#include <QCoreApplication>

class AppProfileService;
class PendingOperation;

// Imports the profiles of an aliyun CLI config through AppProfileService, one after another, all or nothing: a
// failure part-way removes the profiles this import created. Its texts keep the AppProfileService translation
// context.
class AliyunProfileImport
{
    Q_DECLARE_TR_FUNCTIONS(AppProfileService)

public:
    explicit AliyunProfileImport(AppProfileService* service);

    // The file's profiles that would replace existing ones.
    QStringList conflicts(const QString& filePath) const;
    PendingOperation* importFile(const QString& filePath);
    // Writes already parsed profiles (replacing same-named ones); the operation succeeds with the summary.
    PendingOperation* importProfiles(const AliyunConfigImporter::Result& parsed);
    // One line per profile imported or skipped, and why.
    static QString summary(const AliyunConfigImporter::Result& parsed);

private:
    void importNext(PendingOperation* operation,
        QList<AliyunConfigImporter::Imported> remaining,
        const QString& summary,
        const QString& current,
        QStringList created);

    AppProfileService* m_service;
};
