#include "ThrottleGate.h"

namespace {
constexpr qint64 WindowMs = 1000;
}

ThrottleGate::ThrottleGate(int requestsPerSecond, int operatorRequestsPerSecond)
    : m_limit(requestsPerSecond)
    , m_operatorLimit(operatorRequestsPerSecond)
{
}

bool ThrottleGate::isOperatorAction(const QString& action)
{
    return action == QLatin1String("GrantOperatorPermission") || action == QLatin1String("RevokeOperatorPermission");
}

ThrottleGate::Decision ThrottleGate::admitInto(QList<qint64>& window, int limit, qint64 nowMs)
{
    while (!window.isEmpty() && window.constFirst() <= nowMs - WindowMs)
        window.removeFirst();
    if (window.size() >= limit)
        return { false, std::max<qint64>(1, window.constFirst() + WindowMs - nowMs) };
    return { true, 0 };
}

ThrottleGate::Decision ThrottleGate::admit(const QString& identity, bool operatorAction, qint64 nowMs)
{
    if (m_limit <= 0)
        return {};
    QList<qint64>& window = m_windows[identity];
    const Decision general = admitInto(window, m_limit, nowMs);
    if (!general.admitted)
        return general;
    if (operatorAction && m_operatorLimit > 0) {
        QList<qint64>& operatorWindow = m_operatorWindows[identity];
        const Decision special = admitInto(operatorWindow, m_operatorLimit, nowMs);
        if (!special.admitted)
            return special;
        operatorWindow.append(nowMs);
    }
    window.append(nowMs);
    return {};
}
