#pragma once

#include "AccountQuery.h"
#include "IndexedAccount.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

// Every account of every loaded profile and instance, for Find: non-secret metadata only (IndexedAccount), with
// a precomputed lowercase text per row so a query over 100,000 accounts stays under a keystroke's budget.
// AccountIndexFile persists it, so search works the moment the app starts; the app refreshes it per instance.
class AccountIndex : public QObject
{
    Q_OBJECT

public:
    explicit AccountIndex(QObject* parent = nullptr);

    int size() const { return int(m_rows.size()); }
    const IndexedAccount& at(int row) const { return m_rows.at(row); }
    const QList<IndexedAccount>& rows() const { return m_rows; }

    // Replaces everything (a load from disk).
    void reset(QList<IndexedAccount> rows);
    // Replaces one instance's accounts as one profile saw them.
    void replaceInstance(const QString& profile, const QString& instanceId, const QList<IndexedAccount>& accounts);
    void removeInstance(const QString& profile, const QString& instanceId);

    // Rows matching the query, best first (exact name, then name prefix, then the rest), at most limit of them.
    QList<int> search(const AccountQuery& query, int limit) const;

signals:
    void changed();

private:
    QList<IndexedAccount> m_rows;
    QString placeText(const IndexedAccount& row); // shared with the instance's other rows

    QStringList m_ownTexts; // AccountQuery::ownTextOf(m_rows[i])
    QStringList m_placeTexts; // AccountQuery::placeTextOf(m_rows[i]), one shared string per instance
    QHash<QString, QString> m_places; // profile + instance ID -> its place text, so rows share it
};
