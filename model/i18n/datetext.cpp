// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetext.h"

#include <QLocale>
#include <QRegularExpression>

namespace rw {

QString DateText::format()
{
    QString pattern = QLocale().dateFormat(QLocale::ShortFormat);
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)y{1,2}(?!y)"));
    pattern.replace(shortYear, QStringLiteral("yyyy"));
    return pattern;
}

QString DateText::of(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, format()) : QString();
}

QString DateText::of(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return QLocale().toString(dateTime, format() + QLatin1Char(' ') + QLocale().timeFormat(QLocale::ShortFormat));
}

}  // namespace rw
