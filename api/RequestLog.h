#pragma once

#include "CallRecord.h"

#include <QList>
#include <QObject>

// The session's API calls for the activity panel. Records never hold secrets (CallRecord has no such field and
// the target is passed through Redactor).
class RequestLog : public QObject
{
    Q_OBJECT

public:
    explicit RequestLog(QObject* parent = nullptr);

    // Assigns the next id, stores the record and emits recorded().
    void record(CallRecord record);
    QList<CallRecord> records() const { return m_records; }
    void clear();

signals:
    void recorded(const CallRecord& record);

private:
    QList<CallRecord> m_records;
    quint64 m_nextId = 1;
};
