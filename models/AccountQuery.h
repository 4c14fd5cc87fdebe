#pragma once

#include "IndexedAccount.h"

#include <QString>
#include <QStringList>

// A Find query: free words (all must match name, description, instance ID or description, region or profile)
// and filters "engine:", "product:", "profile:", "region:", "status:", "type:", "db:" and "priv:". Filter values
// match case-insensitively as a prefix ("engine:postgres", "status:lock"); "db:orders priv:readwrite" means
// ReadWrite on the database orders itself. Quotes keep spaces in one word ("profile:\"prod east\"").
class AccountQuery
{
public:
    static AccountQuery parse(const QString& text);

    bool isEmpty() const;
    // The first free word (lowercase), to rank name matches first; empty when there is none.
    QString firstWord() const { return m_words.value(0); }
    // What the query could not use (unknown filter names), to tell the user; empty when all is understood.
    QStringList unknownFilters() const { return m_unknown; }

    // The account's lowercase free-text fields in two parts, as AccountIndex keeps them per row: its own (name,
    // description) and its place's (instance ID and description, region, profile), which rows of one instance
    // share. A free word matches when either part contains it.
    bool matches(const IndexedAccount& account, const QString& ownText, const QString& placeText) const;
    static QString ownTextOf(const IndexedAccount& account);
    static QString placeTextOf(const IndexedAccount& account);

private:
    bool matchesPrivileges(const IndexedAccount& account) const;

    QStringList m_words;
    QStringList m_engines, m_products, m_profiles, m_regions, m_statuses, m_types, m_databases, m_privileges;
    QStringList m_unknown;
};
