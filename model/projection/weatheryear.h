// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace rw {

/// Outdoor dry-bulb temperature for each hour of a 365-day year (8,760 values, from 1 January 00:00).
/// Either the bundled typical year for Munich (docs/weather-munich.md tells how it is built) or the user's own
/// hourly series.
class WeatherYear {
    Q_DECLARE_TR_FUNCTIONS(rw::WeatherYear)
public:
    static constexpr int kHours = 8760;
    static constexpr double kLowestC = -60.0;  ///< values outside are refused as typing errors
    static constexpr double kHighestC = 60.0;

    /// The typical Munich year: monthly normals of the daily minimum and maximum, a diurnal cycle and
    /// day-to-day weather noise from a fixed seed (the same year on every run).
    static WeatherYear munichTypical();

    /// Reads an hourly CSV: 8,760 rows (8,784 for a leap year: 29 February is dropped), one temperature in °C
    /// per row, either alone or as the last column after a time stamp; an optional header line; comma or
    /// semicolon separated; '.' as decimal point. On a bad file returns false and a translated error that
    /// names the line; *out is left as it was.
    static bool fromCsv(const QByteArray &bytes, const QString &name, WeatherYear *out, QString *error);
    static bool fromCsvFile(const QString &path, WeatherYear *out, QString *error);

    /// A year from hourly series read elsewhere (an EPW, a test reference year, a plan). wetBulbC is empty
    /// where the source has no humidity, or holds one value per hour. The caller checks the lengths.
    static WeatherYear fromHours(std::vector<float> dryBulbC, std::vector<float> wetBulbC, const QString &source);

    const std::vector<float> &temperatureC() const { return mTemperatureC; }
    /// Wet-bulb temperature per hour; empty where the source gave no humidity (the hourly CSV, the Munich year).
    const std::vector<float> &wetBulbC() const { return mWetBulbC; }
    QString source() const { return mSource; }
    double meanC() const;
    /// Temperature exceeded in the given share of hours (0.004 = ASHRAE 0.4 % cooling design).
    double exceededInShare(double share) const;
    /// The same for the wet bulb; 0 without wet-bulb values.
    double wetBulbExceededInShare(double share) const;

private:
    std::vector<float> mTemperatureC;
    std::vector<float> mWetBulbC;
    QString mSource;
};

}  // namespace rw
