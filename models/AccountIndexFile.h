#pragma once

#include "IndexedAccount.h"

#include <QList>
#include <QString>

// The account index on disk, in the app's data folder: a binary file with a magic number and a format version,
// readable and writable by the owner only. It holds no secret (IndexedAccount has no such field), yet it maps a
// company's databases, hence the permissions. A file that cannot be read is set aside (renamed, never deleted)
// and the index is rebuilt from the cloud.
class AccountIndexFile
{
public:
    static constexpr quint32 Magic = 0x41414958; // "AAIX"
    static constexpr quint16 FormatVersion = 1;

    struct Loaded
    {
        QList<IndexedAccount> rows;
        QString setAsidePath; // where an unreadable file was moved; empty when none
        QString error; // why it was unreadable
    };

    explicit AccountIndexFile(QString path);

    // The default place: <AppDataLocation>/account-index.bin.
    static QString defaultPath();

    QString path() const { return m_path; }
    // A missing file loads as an empty index without error.
    Loaded load() const;
    // Writes atomically with owner-only permissions (the folder too); false with errorString() on failure.
    bool save(const QList<IndexedAccount>& rows);
    QString errorString() const { return m_error; }

private:
    QString m_path;
    QString m_error;
};
