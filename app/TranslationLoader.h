#pragma once

#include <QLocale>
#include <QTranslator>

// Installs the embedded application catalogue (:/i18n/apsara-accounts_<locale>.qm) and Qt's own catalogue for
// one locale. English needs no catalogue; a locale without one falls back to English silently. The catalogues are
// installed while the loader lives: keep it until the application ends.
class TranslationLoader
{
public:
    // languageCode is "zh_CN", "en", ...; empty means the system locale. Returns the locale in use.
    QLocale install(const QString& languageCode);

private:
    QTranslator m_app;
    QTranslator m_qt;
};
