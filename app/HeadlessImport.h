#pragma once

#include <QObject>
#include <QString>

class AppProfileService;
class QTextStream;

// `apsara-accounts --import-aliyun-config [FILE]` without a window: checks the keychain, imports the aliyun CLI
// profiles into it, prints the names and modes imported and the profiles skipped (never a secret), then emits
// finished(exitCode). Runs on the caller's event loop; start() returns at once.
class HeadlessImport : public QObject
{
    Q_OBJECT

public:
    enum ExitCode {
        Success = 0,
        Failure = 1, // file missing, unreadable, not valid, nothing importable, keychain write error
        Usage = 2, // FILE is a folder
        KeychainUnavailable = 3, // no Secret Service, locked, or access denied: nothing written
    };

    HeadlessImport(AppProfileService* service, QTextStream& out, QTextStream& err, QObject* parent = nullptr);

    // filePath empty: ~/.aliyun/config.json.
    void start(const QString& filePath);

signals:
    void finished(int exitCode);

private:
    void run(const QString& filePath);
    void writeProfiles();
    void finish(int exitCode, const QString& message = {});

    AppProfileService* m_service;
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_path;
    bool m_waitingForKeychain = false;
};
