#pragma once

#include <QMetaType>
#include <QString>

// How one enabled profile's connection stands, shown on its node in the instance tree: still loading, loaded, or
// stopped with the reason (a failed call with its Code and RequestId, or a secret the keychain does not hold).
struct ConnectionStatus
{
    enum class Phase { Loading, Ready, Failed, MissingSecret };

    Phase phase = Phase::Loading;
    QString message; // the user's words; empty while loading or when ready
    QString code; // the error's Code, when a call failed
    QString requestId; // the failed call's RequestId, when the service sent one

    bool isProblem() const { return phase == Phase::Failed || phase == Phase::MissingSecret; }
    bool operator==(const ConnectionStatus&) const = default;
};
Q_DECLARE_METATYPE(ConnectionStatus)
