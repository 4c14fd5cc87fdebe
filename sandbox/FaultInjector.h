#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>

// Reproducible fault injection for reliability tests: a share of requests (--fault-rate) gets a fault chosen by
// a seeded generator (--fault-seed), either before the state change (the write did not happen) or after it
// (the write happened but the client cannot know).
class FaultInjector
{
public:
    enum class Kind { None, Http500, Http503, DroppedConnection, DelayedReply, TruncatedBody };
    enum class Phase { BeforeChange, AfterChange };

    struct Fault
    {
        Kind kind = Kind::None;
        Phase phase = Phase::BeforeChange;

        bool isNone() const { return kind == Kind::None; }
    };

    FaultInjector(double rate, quint32 seed);

    // The fault for the next request; a queued fault (tests) wins over the random draw.
    Fault next();
    // Tests: the next requests get exactly these faults, in order.
    void enqueue(const Fault& fault) { m_queued.append(fault); }

    static QString kindName(Kind kind);
    static QString phaseName(Phase phase);

private:
    double m_rate;
    QRandomGenerator m_random;
    QList<Fault> m_queued;
};
