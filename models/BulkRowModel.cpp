#include "BulkRowModel.h"

#include "AccountText.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>

BulkRowModel::BulkRowModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BulkRowModel::setPlan(const BulkPlan& plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

void BulkRowModel::updateRow(int index, const BulkRow& row)
{
    if (index < 0 || index >= count())
        return;
    m_plan.rows[index] = row;
    emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

int BulkRowModel::countIn(BulkRow::State state) const
{
    int n = 0;
    for (const BulkRow& row : m_plan.rows)
        n += row.state == state ? 1 : 0;
    return n;
}

void BulkRowModel::setPasswordsRevealed(bool revealed)
{
    if (m_revealed == revealed)
        return;
    m_revealed = revealed;
    if (count() > 0)
        emit dataChanged(index(0, Password), index(count() - 1, Password));
}

void BulkRowModel::forgetPasswords()
{
    for (BulkRow& row : m_plan.rows) {
        row.password.clear();
        row.draft.password.clear();
    }
    if (count() > 0)
        emit dataChanged(index(0, Password), index(count() - 1, Password));
}

int BulkRowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

int BulkRowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkRowModel::stateText(const BulkRow& row)
{
    switch (row.state) {
    case BulkRow::State::Planned:
        return tr("Will be sent");
    case BulkRow::State::Skipped:
        return tr("Skipped: %1").arg(row.skipReason);
    case BulkRow::State::Sending:
        return tr("Sending…");
    case BulkRow::State::Checking:
        return tr("Reading the account to learn whether the first send applied…");
    case BulkRow::State::Succeeded:
        return row.partialText.isEmpty() ? tr("Done") : tr("Done (%1)").arg(row.partialText);
    case BulkRow::State::Failed: {
        const QString why = row.error ? row.error->userText() : QString();
        return row.partialText.isEmpty() ? tr("Failed: %1").arg(why)
                                         : tr("%1; then failed: %2").arg(row.partialText, why);
    }
    case BulkRow::State::Unknown:
        return tr("Unknown: may or may not have applied (no definite answer came back)");
    case BulkRow::State::NotSent:
        return tr("Not sent (cancelled)");
    }
    return {};
}

QString BulkRowModel::adviceText(const BulkRow& row)
{
    if (!row.error || row.state == BulkRow::State::Succeeded)
        return {};
    if (row.state == BulkRow::State::Unknown && row.action == QLatin1String("ResetAccountPassword"))
        return tr("A read cannot show a password: run a new reset for this account to be sure of its password.");
    return row.error->recommendedAction();
}

QVariant BulkRowModel::foreground(const BulkRow& row) const
{
    switch (row.state) {
    case BulkRow::State::Skipped:
    case BulkRow::State::NotSent:
        return QBrush(QColor(0x6b, 0x6b, 0x6b));
    case BulkRow::State::Failed:
        return QBrush(QColor(0xb0, 0x00, 0x20));
    case BulkRow::State::Unknown:
        return QBrush(QColor(0x9a, 0x5b, 0x00));
    default:
        return {};
    }
}

QVariant BulkRowModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= count())
        return {};
    const BulkRow& row = m_plan.rows.at(index.row());
    if (role == SecretRole)
        return row.state == BulkRow::State::Succeeded ? row.password : QString();
    if (role == StateRole)
        return int(row.state);
    if (role == Qt::ForegroundRole && index.column() == Outcome)
        return foreground(row);
    if (role == Qt::FontRole && index.column() == Password) // l, 1 and I must not look alike
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Profile:
        return row.target.profileName.isEmpty() ? row.target.profileId : row.target.profileName;
    case InstanceColumn:
        return row.target.instance.description.isEmpty()
            ? row.target.instance.id
            : tr("%1 (%2)").arg(row.target.instance.description, row.target.instance.id);
    case EngineColumn:
        return QString(ProductInfo::engineDisplayName(row.target.instance.engine) + QLatin1Char(' ')
            + row.target.instance.engineVersion);
    case AccountColumn:
        return row.accountName;
    case Call:
        return row.callText;
    case Outcome:
        return stateText(row);
    case Differences:
        return role == Qt::ToolTipRole ? row.differences.join(QLatin1Char('\n'))
                                       : AccountText::clauses(row.differences);
    case RequestId:
        return !row.requestId.isEmpty() ? row.requestId : row.error ? row.error->requestId : QString();
    case Advice:
        return adviceText(row);
    case Password:
        if (row.state != BulkRow::State::Succeeded || row.password.isEmpty())
            return {};
        if (role == Qt::ToolTipRole)
            return tr("Select the row and press Copy password; the clipboard is cleared after 30 seconds.");
        return m_revealed ? row.password : QString(12, QChar(0x2022));
    default:
        return {};
    }
}

QVariant BulkRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Profile:
        return tr("Profile");
    case InstanceColumn:
        return tr("Instance");
    case EngineColumn:
        return tr("Engine");
    case AccountColumn:
        return tr("Account");
    case Call:
        return tr("Planned call");
    case Outcome:
        return tr("Outcome");
    case Differences:
        return tr("Differences on this instance");
    case RequestId:
        return tr("RequestId");
    case Advice:
        return tr("What to do");
    case Password:
        return tr("New password");
    default:
        return {};
    }
}
