#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

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

    // Asked before profiles of the same names are replaced; true replaces them, false imports nothing. The default
    // asks on the terminal, and answers no when stdin is not one (a script never replaces by accident).
    using ReplaceQuestion = std::function<bool(const QStringList& existingNames)>;
    void setReplaceQuestion(ReplaceQuestion question) { m_askReplace = std::move(question); }

signals:
    void finished(int exitCode);

private:
    void run(const QString& filePath);
    void writeProfiles();
    void finish(int exitCode, const QString& message = {});
    bool askOnTerminal(const QStringList& existingNames);

    AppProfileService* m_service;
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_path;
    bool m_waitingForKeychain = false;
    ReplaceQuestion m_askReplace;
};
