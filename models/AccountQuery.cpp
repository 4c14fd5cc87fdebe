#include "AccountQuery.h"

#include <algorithm>

namespace {

// Splits at spaces outside double quotes; quotes are dropped.
QStringList tokens(const QString& text)
{
    QStringList result;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                result << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        result << current;
    return result;
}

bool anyPrefix(const QStringList& wanted, const QString& value)
{
    if (wanted.isEmpty())
        return true;
    return std::any_of(wanted.cbegin(), wanted.cend(), [&value](const QString& w) {
        return value.startsWith(w, Qt::CaseInsensitive);
    });
}

// "product:redis" and "product:kvstore" name the Redis product whose code is r-kvstore.
QString productAlias(const QString& value)
{
    if (value == QLatin1String("redis") || value == QLatin1String("kvstore"))
        return QStringLiteral("r-kvstore");
    return value;
}

} // namespace

AccountQuery AccountQuery::parse(const QString& text)
{
    AccountQuery query;
    for (const QString& token : tokens(text)) {
        const qsizetype colon = token.indexOf(QLatin1Char(':'));
        const QString key = colon > 0 ? token.left(colon).toLower() : QString();
        const QString value = colon > 0 ? token.mid(colon + 1).toLower() : token.toLower();
        if (colon <= 0 || value.isEmpty()) {
            if (colon <= 0)
                query.m_words << value;
            continue; // "engine:" while typing: no filter yet
        }
        if (key == QLatin1String("engine"))
            query.m_engines << value;
        else if (key == QLatin1String("product"))
            query.m_products << productAlias(value);
        else if (key == QLatin1String("profile"))
            query.m_profiles << value;
        else if (key == QLatin1String("region"))
            query.m_regions << value;
        else if (key == QLatin1String("status"))
            query.m_statuses << value;
        else if (key == QLatin1String("type"))
            query.m_types << value;
        else if (key == QLatin1String("db"))
            query.m_databases << value;
        else if (key == QLatin1String("priv") || key == QLatin1String("privilege") || key == QLatin1String("role"))
            query.m_privileges << value;
        else
            query.m_unknown << key;
    }
    return query;
}

bool AccountQuery::isEmpty() const
{
    return m_words.isEmpty() && m_engines.isEmpty() && m_products.isEmpty() && m_profiles.isEmpty()
        && m_regions.isEmpty() && m_statuses.isEmpty() && m_types.isEmpty() && m_databases.isEmpty()
        && m_privileges.isEmpty();
}

namespace {
const QChar Gap(0x1f); // a word never spans two fields
}

QString AccountQuery::ownTextOf(const IndexedAccount& account)
{
    return (account.name + Gap + account.description).toLower();
}

QString AccountQuery::placeTextOf(const IndexedAccount& account)
{
    return (account.instanceId + Gap + account.instanceDescription + Gap + account.region + Gap + account.profile)
        .toLower();
}

bool AccountQuery::matchesPrivileges(const IndexedAccount& account) const
{
    if (m_databases.isEmpty() && m_privileges.isEmpty())
        return true;
    // One privilege row must satisfy both filters: "db:orders priv:readwrite" is ReadWrite on orders.
    return std::any_of(account.privileges.cbegin(), account.privileges.cend(), [this](const DatabasePrivilege& p) {
        const bool database
            = m_databases.isEmpty() || std::any_of(m_databases.cbegin(), m_databases.cend(), [&p](const QString& db) {
                  return p.dbName.compare(db, Qt::CaseInsensitive) == 0;
              });
        return database && anyPrefix(m_privileges, p.privilege);
    });
}

bool AccountQuery::matches(const IndexedAccount& account, const QString& ownText, const QString& placeText) const
{
    for (const QString& word : m_words) {
        if (!ownText.contains(word) && !placeText.contains(word))
            return false;
    }
    return anyPrefix(m_engines, account.engine) && anyPrefix(m_products, account.product)
        && anyPrefix(m_profiles, account.profile) && anyPrefix(m_regions, account.region)
        && anyPrefix(m_statuses, account.status) && anyPrefix(m_types, account.type) && matchesPrivileges(account);
}
