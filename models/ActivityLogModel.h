#pragma once

#include "CallRecord.h"

#include <QAbstractTableModel>
#include <QList>

// Every API call of the session, newest last, for the activity dock. CallRecord never holds a secret, and this
// model shows nothing beyond its fields.
class ActivityLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Time,
        ProductColumn,
        Action,
        Target,
        Outcome,
        HttpStatus,
        Duration,
        RequestId,
        Retries,
        Ticket,
        ColumnCount
    };

    explicit ActivityLogModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const CallRecord& record);
    void clear();
    // Records the helpdesk ticket reference on the call with this RequestId; false when no such call is listed.
    bool setTicket(const QString& requestId, const QString& ticket);
    CallRecord recordAt(int row) const;
    const QList<CallRecord>& records() const { return m_records; }

    // RFC 4180 CSV of every record with a header line; fields with commas, quotes or line breaks are quoted.
    QString toCsv() const;
    static QString csvField(const QString& value);

private:
    QString displayText(const CallRecord& record, int column) const;
    QString outcomeText(const CallRecord& record) const;

    QList<CallRecord> m_records;
};
