// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace rw {

/// Dates as the current locale writes them (QLocale()), always with four-digit years: QLocale's short
/// formats give two-digit years in German ("01.07.26"), which a reviewer cannot sign.
class DateText {
public:
    /// The locale's short date format with the year in four digits: "dd.MM.yyyy", "dd/MM/yyyy".
    static QString format();
    static QString of(const QDate &date);
    /// Date and time to the minute.
    static QString of(const QDateTime &dateTime);
};

}  // namespace rw
