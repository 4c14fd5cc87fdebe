#include "TranslationLoader.h"

#include "AppLogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>

QLocale TranslationLoader::install(const QString& languageCode)
{
    const QLocale locale = languageCode.isEmpty() ? QLocale::system() : QLocale(languageCode);
    QLocale::setDefault(locale);
    if (m_app.load(locale, QStringLiteral("apsara-accounts"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&m_app);
    else
        qCDebug(lcApp) << "no application catalogue for" << locale.name();
    if (m_qt.load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    return locale;
}
