// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace rw {

/// The user interface language: German or English, chosen from the system locale and switchable at
/// run time. Switching installs the translators and sets the default locale for numbers; widgets
/// retranslate on QEvent::LanguageChange and show their numbers again on QEvent::LocaleChange, which
/// apply() sends to the application.
class Language {
public:
    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("de")}; }
    /// "de" when the system locale is German, else "en".
    static QString systemDefault();
    /// Returns false for a language Rackwerk does not have.
    static bool apply(const QString &code);
    static QString current();
};

}  // namespace rw
