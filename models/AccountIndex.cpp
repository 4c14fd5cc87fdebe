#include "AccountIndex.h"

#include <algorithm>

AccountIndex::AccountIndex(QObject* parent)
    : QObject(parent)
{
}

void AccountIndex::reset(QList<IndexedAccount> rows)
{
    m_rows = std::move(rows);
    m_ownTexts.clear();
    m_placeTexts.clear();
    m_places.clear();
    m_ownTexts.reserve(m_rows.size());
    m_placeTexts.reserve(m_rows.size());
    for (const IndexedAccount& row : std::as_const(m_rows)) {
        m_ownTexts << AccountQuery::ownTextOf(row);
        m_placeTexts << placeText(row);
    }
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
            m_ownTexts[kept] = std::move(m_ownTexts[i]);
            m_placeTexts[kept] = std::move(m_placeTexts[i]);
        }
        ++kept;
    }
    m_rows.resize(kept);
    m_ownTexts.resize(kept);
    m_placeTexts.resize(kept);
    m_places.remove(profile + QLatin1Char('/') + instanceId); // its description may have changed
    for (const IndexedAccount& account : accounts) {
        m_rows << account;
        m_ownTexts << AccountQuery::ownTextOf(account);
        m_placeTexts << placeText(account);
    }
    emit changed();
}

QString AccountIndex::placeText(const IndexedAccount& row)
{
    // Rows come instance by instance: the previous row's text is usually the one.
    if (!m_rows.isEmpty() && !m_placeTexts.isEmpty()) {
        const IndexedAccount& last = m_rows.at(m_placeTexts.size() - 1);
        if (last.instanceId == row.instanceId && last.profile == row.profile)
            return m_placeTexts.constLast();
    }
    const QString key = row.profile + QLatin1Char('/') + row.instanceId;
    auto it = m_places.constFind(key);
    if (it == m_places.cend())
        it = m_places.insert(key, AccountQuery::placeTextOf(row));
    return it.value();
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
        if (!query.matches(m_rows.at(row), m_ownTexts.at(row), m_placeTexts.at(row)))
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
