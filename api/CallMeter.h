#pragma once

#include "CallUsage.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>

#include <functional>

class QSettings;

// Counts API requests per action, this session and this calendar month (UTC), with the seed's price and free
// tier. Month counts persist in QSettings under "callMeter/<yyyy-MM>/<product>/<action>" (counts only, no
// secrets); a new month starts from zero.
class CallMeter : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>; // UTC now

    // settings may be null (nothing persisted); it is not owned.
    explicit CallMeter(QSettings* settings, QObject* parent = nullptr, Clock clock = {});

    // One billed request (failed ones are billed too).
    void count(const QString& product, const QString& action);
    QList<CallUsage> usage() const; // sorted by product, then action
    double monthCostCny() const;

signals:
    void changed();

private:
    QString monthKey() const;
    void load();

    QSettings* m_settings;
    Clock m_clock;
    QString m_month;
    QMap<QPair<QString, QString>, int> m_session;
    QMap<QPair<QString, QString>, int> m_monthCounts;
};
