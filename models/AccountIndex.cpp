#include "AccountIndex.h"

#include <algorithm>

AccountIndex::AccountIndex(QObject* parent)
    : QObject(parent)
{
}

void AccountIndex::reset(QList<IndexedAccount> rows)
{
    m_rows = std::move(rows);
    m_haystacks.clear();
    m_haystacks.reserve(m_rows.size());
    for (const IndexedAccount& row : std::as_const(m_rows))
        m_haystacks << AccountQuery::haystackOf(row);
    emit changed();
}

void AccountIndex::replaceInstance(
    const QString& profile, const QString& instanceId, const QList<IndexedAccount>& accounts)
{
    qsizetype kept = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).profile == profile && m_rows.at(i).instanceId == instanceId)
            continue;
        if (kept != i) {
            m_rows[kept] = std::move(m_rows[i]);
            m_haystacks[kept] = std::move(m_haystacks[i]);
        }
        ++kept;
    }
    m_rows.resize(kept);
    m_haystacks.resize(kept);
    for (const IndexedAccount& account : accounts) {
        m_rows << account;
        m_haystacks << AccountQuery::haystackOf(account);
    }
    emit changed();
}

void AccountIndex::removeInstance(const QString& profile, const QString& instanceId)
{
    replaceInstance(profile, instanceId, {});
}

QList<int> AccountIndex::search(const AccountQuery& query, int limit) const
{
    QList<int> exact, prefix, rest;
    const QString first = query.firstWord();
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (!query.matches(m_rows.at(row), m_haystacks.at(row)))
            continue;
        const QString& name = m_rows.at(row).name;
        if (!first.isEmpty() && name.compare(first, Qt::CaseInsensitive) == 0)
            exact << row;
        else if (!first.isEmpty() && name.startsWith(first, Qt::CaseInsensitive))
            prefix << row;
        else if (rest.size() < limit)
            rest << row;
    }
    QList<int> result = exact + prefix + rest;
    if (result.size() > limit)
        result.resize(limit);
    return result;
}
