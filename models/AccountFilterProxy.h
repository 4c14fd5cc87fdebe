#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

class AccountTableModel;

// Filters AccountTableModel rows by instance (one instance's accounts, or all) and by text (case-insensitive
// substring of name, description, privilege or status), applied as the user types; sorts by ModelRoles::SortRole.
class AccountFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AccountFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* sourceModel) override;

    // Empty: accounts of every instance.
    void setInstanceFilter(const QString& instanceId);
    QString instanceFilter() const { return m_instanceId; }
    void setTextFilter(const QString& text);
    QString textFilter() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString instanceIdOf(int sourceRow) const;
    QString filterTextOf(int sourceRow) const;

    QPointer<AccountTableModel> m_accounts; // set when the source is an AccountTableModel: skips QVariant
    QString m_instanceId;
    QString m_text; // lowercase
};
