#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>

// Installs the embedded application catalogue (:/i18n/apsara-accounts_<locale>.qm) and Qt's own catalogue for
// one locale. English needs no catalogue; a locale without one falls back to English silently.
class TranslationLoader : public QObject
{
    Q_OBJECT

public:
    explicit TranslationLoader(QObject* parent = nullptr);

    // languageCode is "zh_CN", "en", ...; empty means the system locale. Returns the locale in use.
    QLocale install(const QString& languageCode);
    bool hasApplicationCatalogue() const { return !m_app.isEmpty(); }

private:
    QTranslator m_app;
    QTranslator m_qt;
};
