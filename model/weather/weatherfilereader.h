// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/entities.h"
#include "projection/weatheryear.h"

#include <QCoreApplication>

namespace rw {

/// An hourly weather year as read from a file, with what the file says about itself.
struct WeatherFile {
    WeatherYear year;
    WeatherFormat format = WeatherFormat::Epw;
    QString station;  ///< the place named in the header; empty for an hourly CSV
};

/// Reads the weather files planners get for a site: EnergyPlus weather files (EPW, 8,760 or 8,784 hours: dry
/// bulb, dew point or relative humidity, pressure), the German DWD test reference years (TRY 2015 and 2045,
/// .dat: temperature, pressure, mixing ratio), and the plain hourly CSV of dry-bulb temperatures. Strict: a
/// missing hour, an hour out of order, a value outside its range or a missing value is refused with a
/// translated one-line error that names the line; nothing is guessed.
class WeatherFileReader {
    Q_DECLARE_TR_FUNCTIONS(rw::WeatherFileReader)
public:
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

    /// Recognises the format from the content: "LOCATION," opens an EPW, a "***" line ends a TRY header,
    /// anything else is read as an hourly CSV.
    static bool read(const QByteArray &bytes, const QString &name, WeatherFile *out, QString *error);
    static bool readFile(const QString &path, WeatherFile *out, QString *error);

    static bool readEpw(const QByteArray &bytes, const QString &name, WeatherFile *out, QString *error);
    static bool readDwdTry(const QByteArray &bytes, const QString &name, WeatherFile *out, QString *error);
};

}  // namespace rw
