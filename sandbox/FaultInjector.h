#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>

// Reproducible fault injection for reliability tests: a share of requests (--fault-rate) gets a fault chosen by
// a seeded generator (--fault-seed), either before the state change (the write did not happen) or after it
// (the write happened but the client cannot know). A plan (--fault-plan) gives the first requests of named
// actions a chosen fault, so a user can replay one failure on purpose.
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

    // One entry of a plan: the next request of this action gets this fault.
    struct Planned
    {
        QString action;
        Fault fault;
    };

    FaultInjector(double rate, quint32 seed);

    // The fault for the next request; a queued fault (tests) wins over the random draw.
    Fault next();
    // The same for a request of this action: a planned fault for it wins over next().
    Fault next(const QString& action);
    void setPlan(const QList<Planned>& plan) { m_plan = plan; }
    // "CreateAccount=500,ResetAccountPassword=drop@after": ACTION=KIND[@before|@after], KIND one of 500, 503,
    // drop, delay, truncate; before (the default) means the write did not happen. False with *error when malformed.
    static bool parsePlan(const QString& text, QList<Planned>* plan, QString* error);
    // Tests: the next requests get exactly these faults, in order.
    void enqueue(const Fault& fault) { m_queued.append(fault); }

    static QString kindName(Kind kind);
    static QString phaseName(Phase phase);

private:
    double m_rate;
    QRandomGenerator m_random;
    QList<Fault> m_queued;
    QList<Planned> m_plan;
};
