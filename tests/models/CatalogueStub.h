#pragma once

#include <QHash>
#include <QString>
#include <QTranslator>

// A translation catalogue held in memory, for tests that check what reaches the translator: a sentence a
// translator can reorder only if it is looked up whole, and a separator only if it is looked up at all.
// Install it with QCoreApplication::installTranslator; texts it does not hold stay in English.
class CatalogueStub : public QTranslator
{
public:
    void add(const char* context, const char* source, const QString& translation)
    {
        m_texts.insert(key(context, source), translation);
    }

    bool isEmpty() const override { return m_texts.isEmpty(); }

    QString translate(const char* context, const char* source, const char* /*disambiguation*/, int /*n*/) const override
    {
        return m_texts.value(key(context, source));
    }

private:
    static QString key(const char* context, const char* source)
    {
        return QString::fromUtf8(context) + QLatin1Char('|') + QString::fromUtf8(source);
    }

    QHash<QString, QString> m_texts;
};
