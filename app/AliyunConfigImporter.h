#pragma once

#include "Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QJsonObject;

// Reads the aliyun CLI configuration (~/.aliyun/config.json) into profiles. It only reads: every profile is
// checked before any is returned, so a bad file yields an error and nothing to write.
class AliyunConfigImporter
{
    Q_DECLARE_TR_FUNCTIONS(AliyunConfigImporter)

public:
    struct Imported
    {
        Profile profile;
        ProfileSecrets secrets;
        QString mode; // the CLI's mode name, e.g. "AK", for the report
    };
    struct Skipped
    {
        QString name;
        QString reason;
    };
    struct Result
    {
        QString error; // non-empty: nothing can be imported, and why
        QString current;
        QList<Imported> profiles;
        QList<Skipped> skipped;

        bool ok() const { return error.isEmpty(); }
    };

    static constexpr qint64 MaxFileBytes = 1024 * 1024; // a real config.json is a few KiB
    static QString defaultPath(); // ~/.aliyun/config.json
    static Result importFile(const QString& path);
    static Result importJson(const QByteArray& json);

private:
    static QString checkProfile(const QJsonObject& entry, const QString& where, Result& result);
};
