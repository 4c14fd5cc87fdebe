#include "CallMeter.h"

#include "CallPrice.h"

#include <QSettings>

CallMeter::CallMeter(QSettings* settings, QObject* parent, Clock clock)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    load();
}

QString CallMeter::monthKey() const
{
    return m_clock().toUTC().toString(QStringLiteral("yyyy-MM"));
}

void CallMeter::load()
{
    m_month = monthKey();
    m_monthCounts.clear();
    if (!m_settings)
        return;
    m_settings->beginGroup(QStringLiteral("callMeter/") + m_month);
    for (const QString& product : m_settings->childGroups()) {
        m_settings->beginGroup(product);
        for (const QString& action : m_settings->childKeys())
            m_monthCounts.insert({ product, action }, m_settings->value(action).toInt());
        m_settings->endGroup();
    }
    m_settings->endGroup();
}

void CallMeter::count(const QString& product, const QString& action)
{
    if (monthKey() != m_month)
        load(); // a new calendar month started while the app ran
    const QPair<QString, QString> key { product, action };
    m_session[key] += 1;
    const int month = ++m_monthCounts[key];
    if (m_settings) {
        m_settings->setValue(QStringLiteral("callMeter/%1/%2/%3").arg(m_month, product, action), month);
    }
    emit changed();
}

QList<CallUsage> CallMeter::usage() const
{
    auto keys = m_monthCounts.keys();
    for (const auto& key : m_session.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    std::sort(keys.begin(), keys.end());
    QList<CallUsage> out;
    for (const auto& key : keys) {
        const CallPrice price = CallPrice::forAction(key.first, key.second);
        CallUsage usage;
        usage.product = key.first;
        usage.action = key.second;
        usage.sessionCalls = m_session.value(key);
        usage.monthCalls = m_monthCounts.value(key);
        usage.unitPriceCny = price.unitPriceCny();
        usage.freeCallsPerMonth = price.freeCallsPerMonth;
        out.append(usage);
    }
    return out;
}

double CallMeter::monthCostCny() const
{
    double total = 0;
    for (const CallUsage& usage : usage())
        total += usage.monthCostCny();
    return total;
}
