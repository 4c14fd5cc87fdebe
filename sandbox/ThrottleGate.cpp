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
    // Each limit on its own: --rate-limit 0 lifts the 100/s limit but leaves the 10/s operator limit alone.
    const bool general = m_limit > 0;
    const bool special = operatorAction && m_operatorLimit > 0;
    if (general) {
        const Decision decision = admitInto(m_windows[identity], m_limit, nowMs);
        if (!decision.admitted)
            return decision;
    }
    if (special) {
        QList<qint64>& operatorWindow = m_operatorWindows[identity];
        const Decision decision = admitInto(operatorWindow, m_operatorLimit, nowMs);
        if (!decision.admitted)
            return decision;
        operatorWindow.append(nowMs);
    }
    if (general)
        m_windows[identity].append(nowMs);
    return {};
}
