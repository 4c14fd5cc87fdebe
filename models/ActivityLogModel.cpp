#include "ActivityLogModel.h"

#include "ModelRoles.h"
#include "SecretMask.h"

#include <QStringList>

ActivityLogModel::ActivityLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int ActivityLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ActivityLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallRecord& record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(record, index.column());
    case Qt::ToolTipRole:
        return index.column() == Outcome && !record.ok ? record.errorCode : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == HttpStatus || index.column() == Duration || index.column() == Retries)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ModelRoles::DomainObjectRole:
        return QVariant::fromValue(record);
    case ModelRoles::SortRole:
        return index.column() == Time ? QVariant(record.time) : QVariant(displayText(record, index.column()));
    default:
        return {};
    }
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time (UTC)");
    case ProductColumn:
        return tr("Product");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Outcome:
        return tr("Outcome");
    case HttpStatus:
        return tr("HTTP");
    case Duration:
        return tr("Duration (ms)");
    case RequestId:
        return tr("RequestId");
    case Retries:
        return tr("Retries");
    case Ticket:
        return tr("Ticket");
    default:
        return {};
    }
}

void ActivityLogModel::append(const CallRecord& record)
{
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    endInsertRows();
}

void ActivityLogModel::clear()
{
    beginResetModel();
    m_records.clear();
    endResetModel();
}

CallRecord ActivityLogModel::recordAt(int row) const
{
    return m_records.value(row);
}

QString ActivityLogModel::outcomeText(const CallRecord& record) const
{
    if (record.ok)
        return tr("OK");
    return record.errorCode.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(record.errorCode);
}

QString ActivityLogModel::displayText(const CallRecord& record, int column) const
{
    switch (column) {
    case Time:
        return record.time.toUTC().toString(Qt::ISODate);
    case ProductColumn:
        return record.product;
    case Action:
        return record.action;
    case Target:
        return record.target;
    case Outcome:
        return outcomeText(record);
    case HttpStatus:
        return record.httpStatus > 0 ? QString::number(record.httpStatus) : QString();
    case Duration:
        return QString::number(record.durationMs);
    case RequestId:
        return record.requestId;
    case Retries:
        return QString::number(record.retries);
    case Ticket:
        return record.ticket;
    default:
        return {};
    }
}

QString ActivityLogModel::csvField(const QString& text)
{
    // A spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a formula: make it plain text. Any
    // secret a server echoed into a message is masked too.
    QString value = SecretMask::maskText(text);
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStart.contains(value.front()))
        value.prepend(QLatin1Char('\''));
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (const QChar c : value)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool ActivityLogModel::setTicket(const QString& requestId, const QString& ticket)
{
    for (int row = 0; row < int(m_records.size()); ++row) {
        if (requestId.isEmpty() || m_records.at(row).requestId != requestId)
            continue;
        m_records[row].ticket = ticket;
        emit dataChanged(index(row, Ticket), index(row, Ticket));
        return true;
    }
    return false;
}

QString ActivityLogModel::toCsv() const
{
    QString csv;
    QStringList fields;
    for (int column = 0; column < ColumnCount; ++column)
        fields << csvField(headerData(column, Qt::Horizontal).toString());
    csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const CallRecord& record : m_records) {
        fields.clear();
        for (int column = 0; column < ColumnCount; ++column)
            fields << csvField(displayText(record, column));
        csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv;
}
