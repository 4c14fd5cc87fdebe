#include "AccountIndexFile.h"

#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_4;

void write(QDataStream& out, const IndexedAccount& a)
{
    out << a.profile << a.region << a.product << a.engine << a.instanceId << a.instanceDescription << a.name << a.type
        << a.status << a.description << a.seen.toMSecsSinceEpoch() << quint32(a.privileges.size());
    for (const DatabasePrivilege& p : a.privileges)
        out << p.dbName << p.privilege;
}

// Rows are stored instance by instance and repeat their profile, region, engine, instance, type and status:
// share the previous row's copy when equal (QString is implicitly shared), which roughly halves the memory.
void shareWithPrevious(IndexedAccount& a, const IndexedAccount* previous)
{
    if (!previous)
        return;
    auto share = [](QString& value, const QString& before) {
        if (value == before)
            value = before;
    };
    share(a.profile, previous->profile);
    share(a.region, previous->region);
    share(a.product, previous->product);
    share(a.engine, previous->engine);
    share(a.instanceId, previous->instanceId);
    share(a.instanceDescription, previous->instanceDescription);
    share(a.type, previous->type);
    share(a.status, previous->status);
}

bool read(QDataStream& in, IndexedAccount& a)
{
    qint64 seen = 0;
    quint32 privileges = 0;
    in >> a.profile >> a.region >> a.product >> a.engine >> a.instanceId >> a.instanceDescription >> a.name >> a.type
        >> a.status >> a.description >> seen >> privileges;
    if (in.status() != QDataStream::Ok || privileges > 100000)
        return false;
    a.seen = QDateTime::fromMSecsSinceEpoch(seen, Qt::UTC);
    a.privileges.reserve(privileges);
    for (quint32 i = 0; i < privileges; ++i) {
        DatabasePrivilege p;
        in >> p.dbName >> p.privilege;
        a.privileges << p;
    }
    return in.status() == QDataStream::Ok;
}

} // namespace

AccountIndexFile::AccountIndexFile(QString path)
    : m_path(std::move(path))
{
}

QString AccountIndexFile::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("account-index.bin"));
}

AccountIndexFile::Loaded AccountIndexFile::load() const
{
    Loaded loaded;
    QFile file(m_path);
    if (!file.exists())
        return loaded;
    auto setAside = [this, &loaded](const QString& why) {
        loaded.rows.clear();
        loaded.error = why;
        loaded.setAsidePath = m_path + QStringLiteral(".unreadable-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
        if (!QFile::rename(m_path, loaded.setAsidePath))
            loaded.setAsidePath.clear();
        return loaded;
    };
    if (!file.open(QIODevice::ReadOnly))
        return setAside(file.errorString());
    QDataStream in(&file);
    in.setVersion(StreamVersion);
    quint32 magic = 0;
    quint16 version = 0;
    quint32 count = 0;
    in >> magic >> version >> count;
    if (in.status() != QDataStream::Ok || magic != Magic)
        return setAside(QStringLiteral("not an account index"));
    if (version != FormatVersion)
        return setAside(QStringLiteral("format version %1, expected %2").arg(version).arg(FormatVersion));
    if (count > 10000000)
        return setAside(QStringLiteral("implausible row count"));
    loaded.rows.resize(count);
    for (qsizetype i = 0; i < loaded.rows.size(); ++i) {
        if (!read(in, loaded.rows[i]))
            return setAside(QStringLiteral("truncated or damaged"));
        shareWithPrevious(loaded.rows[i], i > 0 ? &loaded.rows.at(i - 1) : nullptr);
    }
    if (!in.atEnd())
        return setAside(QStringLiteral("trailing data"));
    return loaded;
}

bool AccountIndexFile::save(const QList<IndexedAccount>& rows)
{
    const QFileInfo info(m_path);
    QDir folder = info.dir();
    if (!folder.exists() && !folder.mkpath(QStringLiteral("."))) {
        m_error = QStringLiteral("cannot create %1").arg(folder.path());
        return false;
    }
    QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QDataStream out(&file);
    out.setVersion(StreamVersion);
    out << Magic << FormatVersion << quint32(rows.size());
    for (const IndexedAccount& row : rows)
        write(out, row);
    if (out.status() != QDataStream::Ok || !file.commit()) {
        m_error = file.errorString();
        return false;
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_error.clear();
    return true;
}
