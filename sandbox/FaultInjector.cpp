#include "FaultInjector.h"

FaultInjector::FaultInjector(double rate, quint32 seed)
    : m_rate(rate)
    , m_random(seed)
{
}

FaultInjector::Fault FaultInjector::next()
{
    if (!m_queued.isEmpty())
        return m_queued.takeFirst();
    if (m_rate <= 0.0)
        return {};
    // Always draw all three numbers so the sequence depends only on the seed and the request count.
    const double roll = m_random.generateDouble();
    const int kind = static_cast<int>(m_random.bounded(5));
    const bool after = m_random.bounded(2) == 1;
    if (roll >= m_rate)
        return {};
    return { static_cast<Kind>(kind + 1), after ? Phase::AfterChange : Phase::BeforeChange };
}

QString FaultInjector::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Http500:
        return QStringLiteral("HTTP 500");
    case Kind::Http503:
        return QStringLiteral("HTTP 503");
    case Kind::DroppedConnection:
        return QStringLiteral("dropped connection");
    case Kind::DelayedReply:
        return QStringLiteral("delayed reply");
    case Kind::TruncatedBody:
        return QStringLiteral("truncated body");
    }
    return {};
}

QString FaultInjector::phaseName(Phase phase)
{
    return phase == Phase::BeforeChange ? QStringLiteral("before the state change")
                                        : QStringLiteral("after the state change");
}
