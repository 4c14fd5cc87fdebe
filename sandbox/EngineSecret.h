#pragma once

#include <QByteArray>
#include <QRandomGenerator>

// Passwords the sandbox gives engine accounts nobody has asked for yet, and its own admin password: random,
// held in memory only.
namespace EngineSecret {

inline QByteArray random()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return bytes.toHex();
}

} // namespace EngineSecret
