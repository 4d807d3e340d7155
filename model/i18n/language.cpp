// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rw {
namespace {

QString gCurrent = QStringLiteral("en");

QTranslator &appTranslator()
{
    static QTranslator translator;
    return translator;
}

QTranslator &qtTranslator()
{
    static QTranslator translator;
    return translator;
}

}  // namespace

QString Language::systemDefault()
{
    return QLocale::system().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

bool Language::apply(const QString &code)
{
    if (!available().contains(code))
        return false;
    QCoreApplication::removeTranslator(&appTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    // Germany's conventions for German (1.234,5), and British English's unit-friendly ones for English.
    const QLocale locale(code == QLatin1String("de") ? QLocale(QLocale::German, QLocale::Germany)
                                                     : QLocale(QLocale::English, QLocale::UnitedKingdom));
    QLocale::setDefault(locale);
    // Widgets keep the locale they were created with; this event makes them take the new default and
    // show their numbers again (QApplication passes it to every window and its children).
    if (QCoreApplication *app = QCoreApplication::instance()) {
        QEvent localeChange(QEvent::LocaleChange);
        QCoreApplication::sendEvent(app, &localeChange);
    }
    // English has a translation too, of its plural forms only: "%n year(s)" reads "1 year", "2 years".
    if (appTranslator().load(QStringLiteral(":/rackwerk/i18n/rackwerk_%1.qm").arg(code)))
        QCoreApplication::installTranslator(&appTranslator());
    if (code != QLatin1String("en")
        && qtTranslator().load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator());
    gCurrent = code;
    return true;
}

QString Language::current()
{
    return gCurrent;
}

}  // namespace rw
