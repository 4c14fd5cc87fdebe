#pragma once

#include <QHash>
#include <QList>
#include <QString>

// Rate limits per Alibaba Cloud account, as the service applies them (the RDS seed: "100 QPS per Alibaba Cloud
// account"; "Service account operations: 10 requests per second"): at most `limit` requests in any one-second window
// (sliding), and a lower limit for the operator-permission actions. The identity is the account every credential
// of it maps to. A limit of 0 turns that limit off, and only that one. Time is passed in so tests can pin it.
class ThrottleGate
{
public:
    ThrottleGate(int requestsPerSecond, int operatorRequestsPerSecond);

    struct Decision
    {
        bool admitted = true;
        qint64 retryAfterMs = 0; // when refused: how long until a slot frees up
    };

    Decision admit(const QString& identity, bool operatorAction, qint64 nowMs);

    static bool isOperatorAction(const QString& action);

private:
    static Decision admitInto(QList<qint64>& window, int limit, qint64 nowMs);

    int m_limit;
    int m_operatorLimit;
    QHash<QString, QList<qint64>> m_windows; // identity -> times of admitted requests, oldest first
    QHash<QString, QList<qint64>> m_operatorWindows;
};
