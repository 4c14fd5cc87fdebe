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

FaultInjector::Fault FaultInjector::next(const QString& action)
{
    for (qsizetype i = 0; i < m_plan.size(); ++i) {
        if (m_plan.at(i).action == action) {
            next(); // keep the random sequence a function of the request count
            return m_plan.takeAt(i).fault;
        }
    }
    return next();
}

bool FaultInjector::parsePlan(const QString& text, QList<Planned>* plan, QString* error)
{
    static const QList<std::pair<QString, Kind>> kinds = { { QStringLiteral("500"), Kind::Http500 },
        { QStringLiteral("503"), Kind::Http503 },
        { QStringLiteral("drop"), Kind::DroppedConnection },
        { QStringLiteral("delay"), Kind::DelayedReply },
        { QStringLiteral("truncate"), Kind::TruncatedBody } };
    plan->clear();
    for (const QString& entry : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList sides = entry.trimmed().split(QLatin1Char('='));
        const QStringList kindAndPhase = sides.value(1).split(QLatin1Char('@'));
        const QString phase = kindAndPhase.value(1, QStringLiteral("before"));
        Planned planned { sides.value(0), {} };
        for (const auto& [name, kind] : kinds) {
            if (kindAndPhase.value(0) == name)
                planned.fault.kind = kind;
        }
        if (sides.size() != 2 || planned.action.isEmpty() || planned.fault.isNone() || kindAndPhase.size() > 2
            || (phase != QLatin1String("before") && phase != QLatin1String("after"))) {
            *error = QStringLiteral("'%1' is not ACTION=KIND[@before|@after] with KIND 500, 503, drop, delay or "
                                    "truncate")
                         .arg(entry);
            return false;
        }
        planned.fault.phase = phase == QLatin1String("after") ? Phase::AfterChange : Phase::BeforeChange;
        plan->append(planned);
    }
    return true;
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
