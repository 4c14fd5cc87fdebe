#include "AliyunConfigImporter.h"

#include "ProfileRules.h"
#include "ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace {

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return AliyunConfigImporter::tr("null");
    case QJsonValue::Bool:
        return AliyunConfigImporter::tr("a boolean");
    case QJsonValue::Double:
        return AliyunConfigImporter::tr("a number");
    case QJsonValue::String:
        return AliyunConfigImporter::tr("a string");
    case QJsonValue::Array:
        return AliyunConfigImporter::tr("an array");
    case QJsonValue::Object:
        return AliyunConfigImporter::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return AliyunConfigImporter::tr("nothing");
}

// Why a mode of the CLI has no equivalent here (empty for the modes we map).
QString unsupportedReason(const QString& mode)
{
    if (mode == QLatin1String("RamRoleArn") || mode == QLatin1String("ChainableRamRoleArn"))
        return AliyunConfigImporter::tr("mode %1 assumes a RAM role through STS, which this application does not do; "
                                        "create an AccessKey or STS profile instead.")
            .arg(mode);
    if (mode == QLatin1String("EcsRamRole"))
        return AliyunConfigImporter::tr("mode EcsRamRole reads credentials from the ECS instance metadata service, "
                                        "which exists only on an ECS instance.");
    if (mode == QLatin1String("External") || mode == QLatin1String("CredentialsURI"))
        return AliyunConfigImporter::tr("mode %1 obtains credentials from an external program or URL at each call, "
                                        "which this application does not run.")
            .arg(mode);
    if (mode == QLatin1String("OIDC") || mode == QLatin1String("CloudSSO") || mode == QLatin1String("OAuth"))
        return AliyunConfigImporter::tr(
            "mode %1 needs an interactive sign-in flow that this application does not support.")
            .arg(mode);
    if (mode == QLatin1String("RsaKeyPair"))
        return AliyunConfigImporter::tr("mode RsaKeyPair is deprecated by Alibaba Cloud and not supported.");
    if (mode == QLatin1String("Anonymous"))
        return AliyunConfigImporter::tr("mode Anonymous has no credentials; account management needs signed calls.");
    return AliyunConfigImporter::tr("unknown mode '%1'.").arg(mode);
}

bool isMappedMode(const QString& mode)
{
    return mode == QLatin1String("AK") || mode == QLatin1String("StsToken") || mode == QLatin1String("BearerToken");
}

// A string field: an empty error means OK; absent fields give an empty value.
QString stringField(const QJsonObject& entry, const QString& field, const QString& where, bool required, QString& value)
{
    const QJsonValue json = entry.value(field);
    if (json.isUndefined() || json.isNull() || (json.isString() && json.toString().trimmed().isEmpty())) {
        value.clear();
        return required ? AliyunConfigImporter::tr("%1: \"%2\" is missing or empty.").arg(where, field) : QString();
    }
    if (!json.isString())
        return AliyunConfigImporter::tr("%1: \"%2\" must be a string, found %3.").arg(where, field, typeName(json));
    value = json.toString().trimmed();
    return {};
}

} // namespace

QString AliyunConfigImporter::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.aliyun/config.json");
}

AliyunConfigImporter::Result AliyunConfigImporter::importFile(const QString& path)
{
    Result result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path));
        return result;
    }
    if (info.isDir()) {
        result.error = tr("%1 is a folder; give the path of the aliyun CLI config.json file.")
                           .arg(QDir::toNativeSeparators(path));
        return result;
    }
    QFile file(path);
    if (!info.isReadable() || !file.open(QIODevice::ReadOnly)) {
        result.error = tr("The file %1 cannot be read (%2).")
                           .arg(QDir::toNativeSeparators(path),
                               file.errorString().isEmpty() ? tr("permission denied") : file.errorString());
        return result;
    }
    // Read one byte past the cap, so a file that grows while being read is refused too.
    const QByteArray json = file.read(MaxFileBytes + 1);
    if (info.size() > MaxFileBytes || json.size() > MaxFileBytes) {
        result.error = tr("The file %1 is larger than %2 KiB; an aliyun CLI config.json is a few KiB. Nothing was "
                          "read.")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(MaxFileBytes / 1024);
        return result;
    }
    result = importJson(json);
    if (!result.ok())
        result.error = QDir::toNativeSeparators(path) + QStringLiteral(": ") + result.error;
    return result;
}

AliyunConfigImporter::Result AliyunConfigImporter::importJson(const QByteArray& json)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("not valid JSON (%1 at offset %2).").arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    if (!document.isObject()) {
        result.error = tr("the top level must be a JSON object with \"profiles\".");
        return result;
    }
    const QJsonObject root = document.object();
    const QJsonValue current = root.value(QStringLiteral("current"));
    if (!current.isUndefined() && !current.isNull() && !current.isString()) {
        result.error = tr("\"current\" must be a string, found %1.").arg(typeName(current));
        return result;
    }
    result.current = current.toString();
    const QJsonValue profiles = root.value(QStringLiteral("profiles"));
    if (profiles.isUndefined()) {
        result.error = tr("\"profiles\" is missing.");
        return result;
    }
    if (!profiles.isArray()) {
        result.error = tr("\"profiles\" must be an array, found %1.").arg(typeName(profiles));
        return result;
    }

    const QJsonArray entries = profiles.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("profiles[%1]").arg(i);
        if (!entries.at(i).isObject()) {
            result.error = tr("%1 must be an object, found %2.").arg(where, typeName(entries.at(i)));
            break;
        }
        result.error = checkProfile(entries.at(i).toObject(), where, result);
        if (!result.ok())
            break;
    }
    if (!result.ok()) {
        // Nothing half-done: an error anywhere means no profile is handed on.
        result.profiles.clear();
        result.skipped.clear();
    }
    return result;
}

QString AliyunConfigImporter::checkProfile(const QJsonObject& entry, const QString& where, Result& result)
{
    QString name;
    if (QString error = stringField(entry, QStringLiteral("name"), where, true, name); !error.isEmpty())
        return error;
    const QString named = QStringLiteral("%1 (\"%2\")").arg(where, name);
    QString mode;
    if (QString error = stringField(entry, QStringLiteral("mode"), named, true, mode); !error.isEmpty())
        return error;

    if (!isMappedMode(mode)) {
        result.skipped.append({ name, unsupportedReason(mode) });
        return {};
    }

    Imported imported;
    imported.mode = mode;
    imported.profile.name = name;
    QString region;
    const bool needsKey = mode != QLatin1String("BearerToken");
    const QString bearerField = QStringLiteral("bearer_token");
    if (QString e = stringField(entry, QStringLiteral("access_key_id"), named, needsKey, imported.profile.accessKeyId);
        !e.isEmpty())
        return e;
    if (QString e
        = stringField(entry, QStringLiteral("access_key_secret"), named, needsKey, imported.secrets.accessKeySecret);
        !e.isEmpty())
        return e;
    if (QString e = stringField(entry,
            QStringLiteral("sts_token"),
            named,
            mode == QLatin1String("StsToken"),
            imported.secrets.securityToken);
        !e.isEmpty())
        return e;
    if (QString e = stringField(entry, bearerField, named, !needsKey, imported.secrets.bearerToken); !e.isEmpty())
        return e;
    if (QString e = stringField(entry, QStringLiteral("region_id"), named, false, region); !e.isEmpty())
        return e;

    if (mode == QLatin1String("AK"))
        imported.secrets.securityToken.clear();
    if (needsKey)
        imported.secrets.bearerToken.clear();
    else {
        imported.profile.accessKeyId.clear();
        imported.secrets.accessKeySecret.clear();
        imported.secrets.securityToken.clear();
    }
    imported.profile.authMode = mode == QLatin1String("AK") ? Profile::AuthMode::AccessKey
        : mode == QLatin1String("StsToken")                 ? Profile::AuthMode::Sts
                                                            : Profile::AuthMode::BearerToken;
    // The same rule as --region and the profile dialog: a region ID ends up in endpoint host names.
    if (!region.isEmpty() && !ProfileRules::isRegionId(region))
        return tr("%1: \"region_id\" '%2' is not a region ID such as cn-hangzhou.").arg(named, region);
    if (!region.isEmpty())
        imported.profile.defaultRegion = region;

    if (const QString problem = ProfileStore::nameProblem(name); !problem.isEmpty()) {
        result.skipped.append({ name, problem });
        return {};
    }
    for (const Imported& earlier : std::as_const(result.profiles))
        if (earlier.profile.name == name) {
            result.skipped.append({ name, tr("a profile with this name appears earlier in the file.") });
            return {};
        }
    result.profiles.append(imported);
    return {};
}
