#include "RequestLog.h"

#include "Redactor.h"

RequestLog::RequestLog(QObject* parent)
    : QObject(parent)
{
}

void RequestLog::record(CallRecord record)
{
    record.id = m_nextId++;
    record.target = Redactor::redactText(record.target);
    m_records.append(record);
    emit recorded(record);
}

void RequestLog::clear()
{
    m_records.clear();
}
