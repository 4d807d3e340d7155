// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rw::fmt {

/// Numbers with units in the current locale (QLocale() follows the chosen UI language).
QString kilowatts(double kw, int decimals = 1);
QString megawatts(double kw, int decimals = 2);
QString kilograms(double kg);
QString integer(qint64 value);
QString percent(double share, int decimals = 0);
QString celsius(double c, int decimals = 1);

}  // namespace rw::fmt
